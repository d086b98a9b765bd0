"""People of outdoor and endurance sport are named by what they do, a role like any trade
(`Mountaineer Dawa Lhamu`; models/role_nouns.txt). Frozen parse of a sentence written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mountaineer Dawa Lhamu has climbed the peak nine times. "The crowds are the danger now," she said.
_MOUNTAINEER = """
Mountaineer PROPN NNP compound 2 O Mountaineer
Dawa PROPN NNP compound 2 B-PERSON Dawa
Lhamu PROPN NNP nsubj 4 I-PERSON Lhamu
has AUX VBZ aux 4 O have
climbed VERB VBN ROOT 4 O climb
the DET DT det 6 O the
peak NOUN NN dobj 4 O peak
nine NUM CD nummod 8 B-CARDINAL nine
times NOUN NNS appos 6 O time _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
The DET DT det 12 O the
crowds NOUN NNS nsubj 13 O crowd
are AUX VBP ccomp 20 O be
the DET DT det 15 O the
danger NOUN NN attr 13 O danger
now ADV RB advmod 13 O now _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
she PRON PRP nsubj 20 O she
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""



def test_a_mountaineer_is_named_by_her_sport() -> None:
    rows = Extractor().rows(frozen(_MOUNTAINEER))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [("Dawa Lhamu", "Mountaineer", "she")]
