"""`Nurses Organisation kaiwhakahaere Aroha Nuku said`: offices New Zealand news writes in Māori
(models/role_nouns.txt) are roles, and the words in capitals before one the body. Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# New Zealand Nurses Organisation kaiwhakahaere Aroha Nuku said members had run out of patience.
# "Our nurses are exhausted," she said.
_KAI = """
New PROPN NNP compound 1 B-ORG New
Zealand PROPN NNP compound 3 I-ORG Zealand
Nurses PROPN NNPS compound 3 I-ORG Nurses
Organisation PROPN NNP compound 6 I-ORG Organisation
kaiwhakahaere PROPN NNP compound 6 O kaiwhakahaere
Aroha PROPN NNP compound 6 B-PERSON Aroha
Nuku PROPN NNP nsubj 7 I-PERSON Nuku
said VERB VBD ROOT 7 O say
members NOUN NNS nsubj 10 O member
had AUX VBD aux 10 O have
run VERB VBN ccomp 7 O run
out ADP IN prep 10 O out
of ADP IN prep 11 O of
patience NOUN NN pobj 12 O patience _
. PUNCT . punct 7 O .
" PUNCT `` punct 23 O " _
Our PRON PRP$ poss 17 O our
nurses NOUN NNS nsubj 18 O nurse
are AUX VBP ccomp 23 O be
exhausted VERB VBN acomp 18 O exhaust _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
she PRON PRP nsubj 23 O she
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

def test_a_maori_office_is_a_role() -> None:
    rows = Extractor().rows(frozen(_KAI))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Aroha Nuku", "kaiwhakahaere", "New Zealand Nurses Organisation")
    ]
