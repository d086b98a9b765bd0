"""`Hamilton City Council has voted … City Council Member Aroha Tane said`: the body a tier's
title names is the one the article names before the title whose name ends in the title's body
words, not the title's own words tagged a body. Frozen parse of a sentence written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Hamilton City Council has voted to close two public pools. "It is a sad day for families," City Council
# Member Aroha Tane said.
_HAMILTON = """
Hamilton PROPN NNP compound 2 B-ORG Hamilton
City PROPN NNP compound 2 I-ORG City
Council PROPN NNP nsubj 4 I-ORG Council
has AUX VBZ aux 4 O have
voted VERB VBN ROOT 4 O vote
to PART TO aux 6 O to
close VERB VB xcomp 4 O close
two NUM CD nummod 9 B-CARDINAL two
public ADJ JJ amod 9 O public
pools NOUN NNS dobj 6 O pool _
. PUNCT . punct 4 O .
" PUNCT `` punct 26 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 26 O be
a DET DT det 16 O a
sad ADJ JJ amod 16 O sad
day NOUN NN attr 13 O day
for ADP IN prep 16 O for
families NOUN NNS pobj 17 O family _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
City PROPN NNP compound 22 B-ORG City
Council PROPN NNP compound 23 I-ORG Council
Member PROPN NNP compound 25 O Member
Aroha PROPN NNP compound 25 B-PERSON Aroha
Tane PROPN NNP nsubj 26 I-PERSON Tane
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_a_city_council_member_of_the_council_named_before() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_HAMILTON))]
    assert rows == [("Aroha Tane", "City Council Member", "Hamilton City Council")]
