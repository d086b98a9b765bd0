"""`Secretary to the Cabinet Mercy Wambua said`, `said Secretary to the Government of the Federation
George Akume`: a title in capitals `to the` body it serves, named by a body's noun in capitals
(Kenya's and Nigeria's cabinet secretaries, a Nigerian state's secretary to the state government),
is one title as `Secretary of the Cabinet` is, the body its organisation; after the verb the
parser hangs the name on the body's `of`, and the person named speaks, not *Secretary*. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The directive takes effect immediately," Secretary to the Cabinet Mercy Wambua said.
_CABINET = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
directive NOUN NN nsubj 3 O directive
takes VERB VBZ ccomp 14 O take
effect NOUN NN dobj 3 O effect
immediately ADV RB advmod 3 O immediately _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Secretary PROPN NNP nsubj 14 O Secretary
to ADP IN prep 8 O to
the DET DT det 13 B-ORG the
Cabinet PROPN NNP compound 13 I-ORG Cabinet
Mercy PROPN NNP compound 13 I-ORG Mercy
Wambua PROPN NNP pobj 9 I-ORG Wambua
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# "We will pay the arrears," said Secretary to the Government of the Federation George Akume.
_FEDERATION = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
pay VERB VB ccomp 8 O pay
the DET DT det 5 O the
arrears NOUN NNS dobj 3 O arrear _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Secretary PROPN NNP nsubj 8 O Secretary
to ADP IN prep 8 O to
the DET DT det 12 B-ORG the
Government PROPN NNP pobj 10 I-ORG Government
of ADP IN prep 12 I-ORG of
the DET DT det 17 I-ORG the
Federation PROPN NNP compound 17 I-ORG Federation
George PROPN NNP compound 17 I-ORG George
Akume PROPN NNP pobj 13 I-ORG Akume _
. PUNCT . punct 8 O . _
"""

# "The state will pay," Secretary to the State Government Ibrahim Lawal said.
_STATE_GOVERNMENT = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
state NOUN NN nsubj 4 O state
will AUX MD aux 4 O will
pay VERB VB ccomp 14 O pay _
, PUNCT , punct 4 O , _
" PUNCT '' punct 14 O "
Secretary PROPN NNP nmod 13 O Secretary
to ADP IN prep 7 O to
the DET DT det 11 B-ORG the
State PROPN NNP compound 11 I-ORG State
Government PROPN NNP pobj 8 I-ORG Government
Ibrahim PROPN NNP compound 13 I-ORG Ibrahim
Lawal PROPN NNP nsubj 14 I-ORG Lawal
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""


def test_a_secretary_to_the_cabinet() -> None:
    rows = Extractor().rows(frozen(_CABINET))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Mercy Wambua", "Secretary to the Cabinet", "Cabinet")
    ]


def test_a_secretary_to_the_government_of_the_federation_after_the_verb() -> None:
    rows = Extractor().rows(frozen(_FEDERATION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("George Akume", "Secretary to the Government of the Federation", "Government of the Federation")
    ]


def test_a_secretary_to_a_state_government() -> None:
    rows = Extractor().rows(frozen(_STATE_GOVERNMENT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ibrahim Lawal", "Secretary to the State Government", "State Government")
    ]
