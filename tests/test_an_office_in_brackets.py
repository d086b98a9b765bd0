"""`Mr. GREENWOOD (Minister of Health), moving the second reading, said`: an office in capitals
alone in brackets after a name, as parliamentary reports set it, is the role; a party in
brackets (`Mr. HALL (Labour)`) is a label and no role. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mr. GREENWOOD (Minister of Health), moving the second reading, said the measure was urgent. "We
# cannot wait," he declared.
_HANSARD = """
Mr. PROPN NNP compound 1 O Mr.
GREENWOOD PROPN NNP nsubj 8 B-PERSON GREENWOOD
( PUNCT -LRB- punct 1 O ( _
Minister PROPN NNP appos 1 O Minister
of ADP IN prep 3 O of
Health PROPN NNP pobj 4 O Health _
) PUNCT -RRB- punct 1 O ) _
, PUNCT , punct 1 O ,
moving VERB VBG advcl 13 O move
the DET DT det 11 O the
second ADJ JJ amod 11 B-ORDINAL second
reading NOUN NN dobj 8 O reading _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
measure NOUN NN nsubj 16 O measure
was AUX VBD ccomp 13 O be
urgent ADJ JJ acomp 16 O urgent _
. PUNCT . punct 13 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 23 O we
can AUX MD aux 23 O can _
not PART RB neg 23 O not
wait VERB VB ccomp 27 O wait _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
declared VERB VBD ROOT 27 O declare _
. PUNCT . punct 27 O . _
"""

# Mr. HALL (Labour) said: "The Bill is a poor thing."
_PARTY = """
Mr. PROPN NNP compound 1 O Mr.
HALL PROPN NNP nsubj 5 B-PERSON HALL
( PUNCT -LRB- punct 1 O ( _
Labour PROPN NNP appos 1 B-ORG Labour _
) PUNCT -RRB- punct 1 O )
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
The DET DT det 9 O the
Bill PROPN NNP nsubj 10 B-PERSON Bill
is AUX VBZ ccomp 5 O be
a DET DT det 13 O a
poor ADJ JJ amod 13 O poor
thing NOUN NN attr 10 O thing _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""


def test_an_office_in_brackets_after_the_name_is_the_role() -> None:
    rows = Extractor().rows(frozen(_HANSARD))
    assert [(r.speaker, r.role) for r in rows] == [("Greenwood", "Minister of Health")]


def test_a_party_in_brackets_is_no_role() -> None:
    rows = Extractor().rows(frozen(_PARTY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Hall", "", "")]
