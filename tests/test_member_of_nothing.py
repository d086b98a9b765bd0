"""A member of no body the words name holds no post (issue 10; ROLES.md: supporters and the like
are no role): `Long-time member Jenny Hale said` gives no role, `Board member Jenny Hale` keeps
hers. Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen


def roles(spec: str, start: int) -> list[str]:
    """The roles the article gives the two-word name at token ``start``."""
    doc = frozen(spec)
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), frozenset())
    return [d.role for d in describer.describe(start, start + 2) if d.role]


# Long-time member Jenny Hale said the club had failed.
_LONG_TIME = """
Long ADJ JJ amod 2 O long _
- PUNCT HYPH punct 2 O - _
time NOUN NN compound 3 O time
member NOUN NN compound 5 O member
Jenny PROPN NNP compound 5 B-PERSON Jenny
Hale PROPN NNP nsubj 6 I-PERSON Hale
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
club NOUN NN nsubj 10 O club
had AUX VBD aux 10 O have
failed VERB VBN ccomp 6 O fail _
. PUNCT . punct 6 O . _
"""

# Board member Jenny Hale said the club had failed.
_BOARD = """
Board NOUN NN compound 1 O board
member NOUN NN compound 3 O member
Jenny PROPN NNP compound 3 B-PERSON Jenny
Hale PROPN NNP nsubj 4 I-PERSON Hale
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
club NOUN NN nsubj 8 O club
had AUX VBD aux 8 O have
failed VERB VBN ccomp 4 O fail _
. PUNCT . punct 4 O . _
"""


def test_a_long_time_member_holds_no_post() -> None:
    assert roles(_LONG_TIME, 4) == []


def test_a_board_member_keeps_the_role() -> None:
    assert roles(_BOARD, 2) == ["Board member"]
