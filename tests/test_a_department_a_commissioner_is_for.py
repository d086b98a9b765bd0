"""`commissioner for the Department of Labour`: after `commissioner`, `for` opens the portfolio
(`Commissioner for Trade`) unless what follows is a body; a body's name whose head is a body's
noun (`Department`), whatever its last word, is the body the commissioner works for (ROLES.md 5:
`for`), not a portfolio. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The rules are clear," said Mary Dlamini, commissioner for the Department of Labour.
_DEPARTMENT = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
rules NOUN NNS nsubj 3 O rule
are AUX VBP ccomp 7 O be
clear ADJ JJ acomp 3 O clear _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Mary PROPN NNP compound 9 B-PERSON Mary
Dlamini PROPN NNP nsubj 7 I-PERSON Dlamini _
, PUNCT , punct 9 O ,
commissioner NOUN NN appos 9 O commissioner
for ADP IN prep 11 O for
the DET DT det 14 B-ORG the
Department PROPN NNP pobj 12 I-ORG Department
of ADP IN prep 14 I-ORG of
Labour PROPN NNP pobj 15 I-ORG Labour _
. PUNCT . punct 7 O . _
"""

# "The rules are clear," said Mary Dlamini, Commissioner for Physical Planning.
_PORTFOLIO = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
rules NOUN NNS nsubj 3 O rule
are AUX VBP ccomp 7 O be
clear ADJ JJ acomp 3 O clear _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Mary PROPN NNP compound 9 B-PERSON Mary
Dlamini PROPN NNP nsubj 7 I-PERSON Dlamini _
, PUNCT , punct 9 O ,
Commissioner PROPN NNP appos 9 O Commissioner
for ADP IN prep 11 O for
Physical PROPN NNP compound 14 B-ORG Physical
Planning PROPN NNP pobj 12 I-ORG Planning _
. PUNCT . punct 7 O . _
"""


def test_a_department_after_commissioner_for_is_the_body() -> None:
    rows = Extractor().rows(frozen(_DEPARTMENT))
    assert [(r.speaker, r.organization) for r in rows] == [("Mary Dlamini", "Department of Labour")]


def test_a_portfolio_after_commissioner_for_is_no_body() -> None:
    rows = Extractor().rows(frozen(_PORTFOLIO))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Mary Dlamini", "Commissioner for Physical Planning", "")
    ]
