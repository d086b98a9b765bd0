"""Wire copy names the agency a source speaks to (`told Reuters`, `told AFP`): a body named only
as whom words were told is the listener, nobody's employer, and never what a spokesperson speaks
for. Frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# A spokesperson for the finance ministry told Reuters the government backed the move. "We
# support the decision," the spokesperson said.
_TOLD = """
A DET DT det 1 O a
spokesperson NOUN NN nsubj 6 O spokesperson
for ADP IN prep 1 O for
the DET DT det 5 O the
finance NOUN NN compound 5 O finance
ministry PROPN NNP pobj 2 O ministry
told VERB VBD ROOT 6 O tell
Reuters PROPN NNP dobj 6 B-ORG Reuters
the DET DT det 9 O the
government NOUN NN nsubj 10 O government
backed VERB VBD ccomp 6 O back
the DET DT det 12 O the
move NOUN NN dobj 10 O move _
. PUNCT . punct 6 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 16 O we
support VERB VBP ccomp 23 O support
the DET DT det 18 O the
decision NOUN NN dobj 16 O decision _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
the DET DT det 22 O the
spokesperson NOUN NN nsubj 23 O spokesperson
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_the_agency_told_is_no_employer() -> None:
    rows = who(_TOLD)
    # (Not *Reuters*: the body the spokesperson speaks for is the one `for` gives.)
    assert [r[2] for r in rows] == ["finance ministry"]
    assert rows[0][1] == "spokesperson for the finance ministry"
