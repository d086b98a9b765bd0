"""A seat's letters after an article or a number describe a member, whatever words come between
(`an opposition MSP has said`, `a Labour MP said`): the speaker is that description, with the
seat for role, never a body called *MSP* nor a name *Labour MP*; and a party before a seat's
letters is a side taken, no body (ROLES.md). Frozen parse of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Delays to the new bridge are "a national disgrace", an opposition MSP has said. "It is a scandal
# and a waste," a Labour MP said.
_MEMBERS = """
Delays NOUN NNS nsubj 5 O delay
to ADP IN prep 0 O to
the DET DT det 4 O the
new ADJ JJ amod 4 O new
bridge NOUN NN pobj 1 O bridge
are AUX VBP ccomp 16 O be
" PUNCT `` punct 5 O " _
a DET DT det 9 O a
national ADJ JJ amod 9 O national
disgrace NOUN NN attr 5 O disgrace _
" PUNCT '' punct 5 O " _
, PUNCT , punct 16 O ,
an DET DT det 14 O an
opposition NOUN NN compound 14 O opposition
MSP PROPN NNP nsubj 16 B-ORG MSP
has AUX VBZ aux 16 O have
said VERB VBN ROOT 16 O say _
. PUNCT . punct 16 O .
" PUNCT `` punct 31 O " _
It PRON PRP nsubj 20 O it
is AUX VBZ ccomp 31 O be
a DET DT det 22 O a
scandal NOUN NN attr 20 O scandal
and CCONJ CC cc 22 O and
a DET DT det 25 O a
waste NOUN NN conj 22 O waste _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
a DET DT det 30 O a
Labour PROPN NNP compound 30 B-ORG Labour
MP PROPN NNP nsubj 31 O MP
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""



def test_a_seats_letters_after_an_article_describe_a_member() -> None:
    rows = Extractor().rows(frozen(_MEMBERS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("an opposition MSP", "opposition MSP", ""),
        ("a Labour MP", "Labour MP", ""),
    ]
