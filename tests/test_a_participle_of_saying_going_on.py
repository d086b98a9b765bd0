"""A participle of saying that opens its sentence with no subject (`Ruiz stated of the bridge
that it was “unsafe.” Adding, “Nobody should cross it.”`) goes on with the subject of the verb
of saying in the sentence before. Frozen parses of sentences written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ruiz stated of the bridge that it was "unsafe." Adding, "Nobody should cross it."
_ADDING = """
Ruiz PROPN NNP nsubj 1 O Ruiz
stated VERB VBD ROOT 1 O state
of ADP IN prep 1 O of
the DET DT det 4 O the
bridge NOUN NN pobj 2 O bridge
that PRON WDT mark 7 O that
it PRON PRP nsubj 7 O it
was AUX VBD ccomp 1 O be
" PUNCT `` punct 7 O " _
unsafe ADJ JJ acomp 7 O unsafe _
. PUNCT . punct 1 O . _
" PUNCT '' punct 1 O "
Adding VERB VBG ROOT 12 O add _
, PUNCT , punct 12 O ,
" PUNCT `` punct 12 O " _
Nobody PRON NN nsubj 17 O nobody
should AUX MD aux 17 O should
cross VERB VB ccomp 12 O cross
it PRON PRP dobj 17 O it _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""


def test_a_participle_opening_the_sentence_goes_on_with_the_speaker_before() -> None:
    rows = Extractor().rows(frozen(_ADDING))
    assert [(r.speaker, r.cue) for r in rows] == [("Ruiz", "stated"), ("Ruiz", "Adding")]
