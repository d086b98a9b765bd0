"""`Secretary for Environment and Ecology X said` (Hong Kong's style), `Minister for Women and
Equalities X` (the UK's): ecology, equality and equalities are briefs of a government's offices, so
the portfolio after `for` is the holder's title. Before, `Ecology` and `Equalities` were no brief's
words and the holder had no role. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Secretary for Environment and Ecology Tse Chin-wan said the levy would start in April. "Every
# household will pay," he said.
_ENVIRONMENT_AND_ECOLOGY = """
Secretary PROPN NNP nmod 8 O Secretary
for ADP IN prep 0 O for
Environment PROPN NNP pobj 1 O Environment
and CCONJ CC cc 2 O and
Ecology PROPN NNP conj 0 O Ecology
Tse PROPN NNP compound 8 B-PERSON Tse
Chin PROPN NNP compound 8 I-PERSON Chin _
- PUNCT HYPH punct 8 I-PERSON - _
wan PROPN NNP nsubj 9 I-PERSON wan
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
levy NOUN NN nsubj 13 O levy
would AUX MD aux 13 O would
start VERB VB ccomp 9 O start
in ADP IN prep 13 O in
April PROPN NNP pobj 14 B-DATE April _
. PUNCT . punct 9 O .
" PUNCT `` punct 25 O " _
Every DET DT det 19 O every
household NOUN NN nsubj 21 O household
will AUX MD aux 21 O will
pay VERB VB ccomp 25 O pay _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
he PRON PRP nsubj 25 O he
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# Minister for Women and Equalities Jane Hart said the review was overdue. "We will publish it in
# full," she said.
_WOMEN_AND_EQUALITIES = """
Minister PROPN NNP nsubj 7 O Minister
for ADP IN prep 0 O for
Women PROPN NNPS pobj 1 O Women
and CCONJ CC cc 2 O and
Equalities PROPN NNP compound 6 O Equalities
Jane PROPN NNP compound 6 B-PERSON Jane
Hart PROPN NNP conj 2 I-PERSON Hart
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
review NOUN NN nsubj 10 O review
was AUX VBD ccomp 7 O be
overdue ADJ JJ acomp 10 O overdue _
. PUNCT . punct 7 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
publish VERB VB ccomp 23 O publish
it PRON PRP dobj 16 O it
in ADP IN prep 16 O in
full ADJ JJ amod 18 O full _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
she PRON PRP nsubj 23 O she
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_environment_and_ecology_is_the_secretarys_portfolio() -> None:
    rows = Extractor().rows(frozen(_ENVIRONMENT_AND_ECOLOGY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tse Chin-wan", "Secretary for Environment and Ecology", "")
    ]


def test_women_and_equalities_is_the_ministers_portfolio() -> None:
    rows = Extractor().rows(frozen(_WOMEN_AND_EQUALITIES))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Jane Hart", "Minister for Women and Equalities", "")
    ]
