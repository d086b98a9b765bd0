"""An accolade for a span of play is no post (issue 10): `Tom Hale was named player of the match`
gives no role, where `was named captain of the club` does. Frozen parses of sentences written for
this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen


def roles(spec: str) -> list[str]:
    doc = frozen(spec)
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), frozenset())
    return [d.role for d in describer.describe(0, 2) if d.role]


# Tom Hale was named player of the match.
_PLAYER_OF_THE_MATCH = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubjpass 3 I-PERSON Hale
was AUX VBD auxpass 3 O be
named VERB VBN ROOT 3 O name
player NOUN NN oprd 3 O player
of ADP IN prep 4 O of
the DET DT det 7 O the
match NOUN NN pobj 5 O match _
. PUNCT . punct 3 O . _
"""

# Tom Hale was named captain of the club.
_CAPTAIN = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubjpass 3 I-PERSON Hale
was AUX VBD auxpass 3 O be
named VERB VBN ROOT 3 O name
captain NOUN NN oprd 3 O captain
of ADP IN prep 4 O of
the DET DT det 7 O the
club NOUN NN pobj 5 O club _
. PUNCT . punct 3 O . _
"""


def test_player_of_the_match_is_no_post() -> None:
    assert roles(_PLAYER_OF_THE_MATCH) == []


def test_captain_of_the_club_is_a_post() -> None:
    assert roles(_CAPTAIN) == ["captain of the club"]
