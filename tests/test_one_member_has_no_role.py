"""A member of no body the words name, standing for the speaker, holds no post (issue 10): `one
member described it as "…"` gives no role. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Councillors rejected the plan after a meeting that one member described as "the most
# bad-tempered in years".
_ONE_MEMBER = """
Councillors NOUN NNS nsubj 1 O councillor
rejected VERB VBD ROOT 1 O reject
the DET DT det 3 O the
plan NOUN NN dobj 1 O plan
after ADP IN prep 1 O after
a DET DT det 6 O a
meeting NOUN NN pobj 4 O meeting
that SCONJ IN dobj 10 O that
one NUM CD nummod 9 B-CARDINAL one
member NOUN NN nsubj 10 O member
described VERB VBD relcl 6 O describe
as ADP IN prep 10 O as
" PUNCT `` punct 11 O " _
the DET DT det 17 O the
most ADV RBS advmod 15 O most
bad ADV RB advmod 17 O bad _
- PUNCT HYPH punct 17 O - _
tempered VERB VBN pobj 11 O temper
in ADP IN prep 17 O in
years NOUN NNS pobj 18 B-DATE year _
" PUNCT '' punct 1 O " _
. PUNCT . punct 1 O . _
"""


def test_one_member_speaks_with_no_role() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_ONE_MEMBER))]
    assert rows == [("one member", "")]
