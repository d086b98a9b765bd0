"""A substitute is a player's role in a team sport (issue 10): `a late header by substitute Karim
Haddad` gives the role. Frozen parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen

# The winner came from a late header by substitute Karim Haddad.
_SUBSTITUTE = """
The DET DT det 1 O the
winner NOUN NN nsubj 2 O winner
came VERB VBD ROOT 2 O come
from ADP IN prep 2 O from
a DET DT det 6 O a
late ADJ JJ amod 6 O late
header NOUN NN pobj 3 O header
by ADP IN prep 2 O by
substitute NOUN NN compound 10 O substitute
Karim PROPN NNP compound 10 B-PERSON Karim
Haddad PROPN NNP pobj 7 I-PERSON Haddad _
. PUNCT . punct 2 O . _
"""


def test_a_substitute_is_a_players_role() -> None:
    doc = frozen(_SUBSTITUTE)
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), frozenset())
    assert [d.role for d in describer.describe(9, 11) if d.role] == ["substitute"]
