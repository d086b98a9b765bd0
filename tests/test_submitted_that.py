"""`Counsel for the defence submitted that there was no case to answer`: court reports write a
barrister's argument with `submitted that`, a verb of saying for the clause it governs; its
object is a thing handed in (`submitted his resignation`), no words, and no report. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Counsel for the defence submitted that there was no case to answer, and the magistrate agreed.
_SUBMITTED_THAT = """
Counsel NOUN NN nsubj 4 O counsel
for ADP IN prep 0 O for
the DET DT det 3 O the
defence NOUN NN pobj 1 O defence
submitted VERB VBD ROOT 4 O submit
that SCONJ IN mark 7 O that
there PRON EX expl 7 O there
was VERB VBD ccomp 4 O be
no DET DT det 9 O no
case NOUN NN attr 7 O case
to PART TO aux 11 O to
answer VERB VB relcl 9 O answer _
, PUNCT , punct 4 O ,
and CCONJ CC cc 4 O and
the DET DT det 15 O the
magistrate NOUN NN nsubj 16 O magistrate
agreed VERB VBD conj 4 O agree _
. PUNCT . punct 16 O . _
"""

# Mr Okafor submitted his resignation to the board on Friday.
_SUBMITTED_A_THING = """
Mr PROPN NNP compound 1 O Mr
Okafor PROPN NNP nsubj 2 B-PERSON Okafor
submitted VERB VBD ROOT 2 O submit
his PRON PRP$ poss 4 O his
resignation NOUN NN dobj 2 O resignation
to ADP IN prep 2 O to
the DET DT det 7 O the
board NOUN NN pobj 5 O board
on ADP IN prep 2 O on
Friday PROPN NNP pobj 8 B-DATE Friday _
. PUNCT . punct 2 O . _
"""


def test_submitted_that_reports_the_clause() -> None:
    rows = Extractor(indirect=True).rows(frozen(_SUBMITTED_THAT))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Counsel for the defence", "submitted", "there was no case to answer")
    ]


def test_a_thing_submitted_is_no_report() -> None:
    assert Extractor(indirect=True).rows(frozen(_SUBMITTED_A_THING)) == []
