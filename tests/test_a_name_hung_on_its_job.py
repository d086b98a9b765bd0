"""A name set off after a description with a job before it (`Maroo's colleague, engineer Thabo
Nkosi, put it differently: "…"`), which the parser reads as a verb with the name its object, is
who speaks, not the description. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Maroo's colleague, engineer Thabo Nkosi, put it differently: "Safe for now."
_A_NAME_HUNG_ON_ITS_JOB = """
Maroo PROPN NNP poss 2 B-PERSON Maroo _
's PART POS case 0 O 's
colleague NOUN NN nsubj 8 O colleague _
, PUNCT , punct 2 O ,
engineer NOUN NN appos 2 O engineer
Thabo PROPN NNP compound 6 B-ORG Thabo
Nkosi PROPN NNP dobj 4 I-ORG Nkosi _
, PUNCT , punct 2 O ,
put VERB VBD ROOT 8 O put
it PRON PRP dobj 8 O it
differently ADV RB advmod 8 O differently _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
Safe ADJ JJ appos 9 O safe
for ADP IN prep 13 O for
now ADV RB pcomp 14 O now _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""


def test_a_name_the_parser_hung_on_its_job_speaks() -> None:
    rows = Extractor().rows(frozen(_A_NAME_HUNG_ON_ITS_JOB))
    assert [(r.speaker, r.role) for r in rows] == [("Thabo Nkosi", "engineer")]
