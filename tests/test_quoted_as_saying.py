"""`The finance minister was quoted as saying that …`, `The Standard quoted the chief executive
as saying …` (no quote marks, as UK, Irish, Indian and African papers pass on another paper's
report): the saying under the `as` of a verb of quoting is the quoted person's own report,
weighed as the verb of quoting (a finite verb), not as a participle under `as` (the model keeps
those below its bar); with the verb active, its object speaks, not the paper. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The finance minister was quoted as saying that the county would clear its debts by June.
_QUOTED_AS = """
The DET DT det 2 O the
finance NOUN NN compound 2 O finance
minister NOUN NN nsubjpass 4 O minister
was AUX VBD auxpass 4 O be
quoted VERB VBN ROOT 4 O quote
as ADP IN prep 4 O as
saying VERB VBG pcomp 5 O say
that SCONJ IN mark 11 O that
the DET DT det 9 O the
county NOUN NN nsubj 11 O county
would AUX MD aux 11 O would
clear VERB VB ccomp 6 O clear
its PRON PRP$ poss 13 O its
debts NOUN NNS dobj 11 O debt
by ADP IN prep 11 O by
June PROPN NNP pobj 14 B-DATE June _
. PUNCT . punct 4 O . _
"""

# The Standard quoted the chief executive as saying the mine would stay open.
_QUOTED_BY_A_PAPER = """
The DET DT det 1 O the
Standard PROPN NNP nsubj 2 O Standard
quoted VERB VBD ROOT 2 O quote
the DET DT det 5 O the
chief ADJ JJ amod 5 O chief
executive NOUN NN dobj 2 O executive
as ADP IN prep 2 O as
saying VERB VBG pcomp 6 O say
the DET DT det 9 O the
mine NOUN NN nsubj 11 O mine
would AUX MD aux 11 O would
stay VERB VB ccomp 7 O stay
open ADJ JJ acomp 11 O open _
. PUNCT . punct 2 O . _
"""


def test_quoted_as_saying_is_the_quoted_persons_report() -> None:
    rows = Extractor(indirect=True).rows(frozen(_QUOTED_AS))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("The finance minister", "saying", "the county would clear its debts by June")
    ]


def test_the_object_of_the_quoting_verb_speaks() -> None:
    rows = Extractor(indirect=True).rows(frozen(_QUOTED_BY_A_PAPER))
    assert [(r.speaker, r.role, r.cue, r.quote) for r in rows] == [
        ("the chief executive", "chief executive", "saying", "the mine would stay open")
    ]
