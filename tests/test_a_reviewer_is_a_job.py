"""`One reviewer called the novel "…"`: one who reviews books, films or plays for a publication
holds a job (models/role_nouns.txt), as a columnist or an editor does, so an unnamed reviewer's
row has the role *reviewer*. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# One reviewer called the novel "a book that smells of rain and diesel".
_ONE_REVIEWER = """
One NUM CD nummod 1 B-CARDINAL one
reviewer NOUN NN nsubj 2 O reviewer
called VERB VBD ROOT 2 O call
the DET DT det 4 O the
novel NOUN NN dobj 2 O novel
" PUNCT `` punct 7 O " _
a DET DT det 7 O a
book NOUN NN oprd 2 O book
that PRON WDT nsubj 9 O that
smells VERB VBZ relcl 7 O smell
of ADP IN prep 9 O of
rain NOUN NN pobj 10 O rain
and CCONJ CC cc 11 O and
diesel NOUN NN conj 11 O diesel _
" PUNCT '' punct 2 O " _
. PUNCT . punct 2 O . _
"""

# "It is a brave and angry book," wrote one reviewer in The Nation.
_REVIEWER_IN = """
" PUNCT `` punct 10 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 10 O be
a DET DT det 7 O a
brave ADJ JJ amod 7 O brave
and CCONJ CC cc 4 O and
angry ADJ JJ conj 4 O angry
book NOUN NN attr 2 O book _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
wrote VERB VBD ROOT 10 O write
one NUM CD nummod 12 B-CARDINAL one
reviewer NOUN NN dobj 10 O reviewer
in ADP IN prep 10 O in
The DET DT det 15 B-ORG the
Nation NOUN NN pobj 13 I-ORG nation _
. PUNCT . punct 10 O . _
"""


def test_one_reviewer_has_the_role_reviewer() -> None:
    rows = Extractor().rows(frozen(_ONE_REVIEWER))
    assert [(r.speaker, r.role) for r in rows] == [("One reviewer", "reviewer")]


def test_a_reviewer_after_the_quote_has_the_role_reviewer() -> None:
    rows = Extractor().rows(frozen(_REVIEWER_IN))
    assert [(r.speaker, r.role) for r in rows] == [("one reviewer", "reviewer")]
