"""`said foreign ministry spokesman X`, the tagger calling `foreign ministry` a body: a public
body's description in small letters right before a spokesperson's job is the body the person
speaks for (ROLES.md 5), kept by the who layer as where the tagger leaves it untagged, not
dropped as a body's bare words. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will not reopen the crossing," said foreign ministry spokesman Tariq Mahmood.
_TAGGED_A_BODY = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
reopen VERB VB ccomp 9 O reopen
the DET DT det 6 O the
crossing NOUN NN dobj 4 O crossing _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
foreign PROPN NNP compound 11 B-ORG foreign
ministry PROPN NNP compound 12 I-ORG ministry
spokesman NOUN NN compound 14 O spokesman
Tariq PROPN NNP compound 14 B-PERSON Tariq
Mahmood PROPN NNP nsubj 9 I-PERSON Mahmood _
. PUNCT . punct 9 O . _
"""


def test_a_ministry_tagged_a_body_in_small_letters_is_kept() -> None:
    rows = [r for r in Extractor().rows(frozen(_TAGGED_A_BODY)) if r.kind == "direct"]
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Tariq Mahmood", "spokesman", "foreign ministry")
    ]
