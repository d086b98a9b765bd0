"""`Punjab Chief Minister Mian Shahid Iqbal said … "…," Mian Shahid said.` (Pakistani house
style, issue 10), from a frozen parse of a sentence written for this file: `Mian`, a Punjabi and
Urdu man's form of address for a notable (models/titles.txt), is no part of the name, so the
later `Mian Shahid` is the minister called by his given name."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_MIAN = """
Punjab ADJ JJ amod 2 O punjab
Chief PROPN NNP compound 2 O Chief
Minister PROPN NNP compound 5 O Minister
Mian PROPN NNP compound 5 B-PERSON Mian
Shahid PROPN NNP compound 5 I-PERSON Shahid
Iqbal PROPN NNP nsubj 6 I-PERSON Iqbal
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
canal NOUN NN nsubjpass 11 O canal
would AUX MD aux 11 O would
be AUX VB auxpass 11 O be
repaired VERB VBN ccomp 6 O repair _
. PUNCT . punct 6 O .
" PUNCT `` punct 21 O " _
Farmers NOUN NNS nsubj 15 O farmer
need VERB VBP ccomp 21 O need
water NOUN NN dobj 15 O water _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Mian PROPN NNP compound 20 B-PERSON Mian
Shahid PROPN NNP nsubj 21 I-PERSON Shahid
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_mian_is_a_form_of_address_no_part_of_the_name() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_MIAN))]
    assert rows == [("Shahid Iqbal", "Punjab Chief Minister")]
