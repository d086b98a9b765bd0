"""`The Harbour Competition Commission has fined … Commissioner Ama Reid said`: `Commissioner`
standing alone as the role is a post in the body the sentence before has act (ROLES.md 5, an
adjacent sentence), a commission's as well as a police force's; it was read as a police rank
only, which goes with a police force alone. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Harbour Competition Commission has fined three banks R1.2 billion. Commissioner Ama Reid
# said: "Collusion harms consumers."
_COMMISSIONER = """
The DET DT det 3 B-ORG the
Harbour PROPN NNP compound 3 I-ORG Harbour
Competition PROPN NNP compound 3 I-ORG Competition
Commission PROPN NNP nsubj 5 I-ORG Commission
has AUX VBZ aux 5 O have
fined VERB VBN ROOT 5 O fin
three NUM CD nummod 7 B-CARDINAL three
banks NOUN NNS dobj 5 O bank
R1.2 NOUN NN compound 9 O r1.2
billion NUM CD nummod 7 O billion _
. PUNCT . punct 5 O .
Commissioner PROPN NNP compound 13 O Commissioner
Ama PROPN NNP compound 13 B-PERSON Ama
Reid PROPN NNP nsubj 14 I-PERSON Reid
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
Collusion NOUN NN nsubj 18 O collusion
harms VERB VBZ ccomp 14 O harm
consumers NOUN NNS dobj 18 O consumer _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


def test_a_commissioner_of_the_body_that_acted() -> None:
    rows = Extractor().rows(frozen(_COMMISSIONER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ama Reid", "Commissioner", "Harbour Competition Commission"),
    ]
