"""A post a person has held since some time, or has taken up, said by the verb of the name's
clause (issue 10): `X has been the union's chief negotiator for six years`, `X became the union's
chief negotiator in 2019`; not one hoped for (`hopes to become`) nor denied (`has never been`).
Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen


def described(spec: str) -> list[tuple[str, str]]:
    """The (role, organisation) the copula gives `Dara Quinn`, the sentence's first two words."""
    doc = frozen(spec)
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), frozenset())
    return [(d.role, d.organization) for d in describer.describe(0, 2) if d.source == "copula"]


# Dara Quinn has been the union's chief negotiator for six years.
_HAS_BEEN = """
Dara PROPN NNP compound 1 B-PERSON Dara
Quinn PROPN NNP nsubj 3 I-PERSON Quinn
has AUX VBZ aux 3 O have
been AUX VBN ROOT 3 O be
the DET DT det 5 O the
union NOUN NN poss 8 O union _
's PART POS case 5 O 's
chief ADJ JJ amod 8 O chief
negotiator NOUN NN attr 3 O negotiator
for ADP IN prep 3 O for
six NUM CD nummod 11 B-DATE six
years NOUN NNS pobj 9 I-DATE year _
. PUNCT . punct 3 O . _
"""

# Dara Quinn became the union's chief negotiator in 2019.
_BECAME = """
Dara PROPN NNP compound 1 B-PERSON Dara
Quinn PROPN NNP nsubj 2 I-PERSON Quinn
became VERB VBD ROOT 2 O become
the DET DT det 4 O the
union NOUN NN poss 7 O union _
's PART POS case 4 O 's
chief ADJ JJ amod 7 O chief
negotiator NOUN NN attr 2 O negotiator
in ADP IN prep 2 O in
2019 NUM CD pobj 8 B-DATE 2019 _
. PUNCT . punct 2 O . _
"""

# Dara Quinn hopes to become the union's chief negotiator.
_HOPES_TO_BECOME = """
Dara PROPN NNP compound 1 B-PERSON Dara
Quinn PROPN NNP nsubj 2 I-PERSON Quinn
hopes VERB VBZ ROOT 2 O hope
to PART TO aux 4 O to
become VERB VB xcomp 2 O become
the DET DT det 6 O the
union NOUN NN poss 9 O union _
's PART POS case 6 O 's
chief ADJ JJ amod 9 O chief
negotiator NOUN NN attr 4 O negotiator _
. PUNCT . punct 2 O . _
"""

# Dara Quinn has never been the union's chief negotiator.
_NEVER_BEEN = """
Dara PROPN NNP compound 1 B-PERSON Dara
Quinn PROPN NNP nsubj 4 I-PERSON Quinn
has AUX VBZ aux 4 O have
never ADV RB neg 4 O never
been AUX VBN ROOT 4 O be
the DET DT det 6 O the
union NOUN NN poss 9 O union _
's PART POS case 6 O 's
chief ADJ JJ amod 9 O chief
negotiator NOUN NN attr 4 O negotiator _
. PUNCT . punct 4 O . _
"""


def test_a_post_held_for_years_is_the_role_now() -> None:
    assert [role for role, _ in described(_HAS_BEEN)] == ["chief negotiator"]


def test_a_post_taken_up_is_the_role_now() -> None:
    assert [role for role, _ in described(_BECAME)] == ["chief negotiator"]


def test_a_post_hoped_for_or_never_held_is_none() -> None:
    assert described(_HOPES_TO_BECOME) == []
    assert described(_NEVER_BEEN) == []
