"""A partial quote in a free relative after a preposition (`Under what Tom Hale called “the old
model,” the golf club charged a fee.`) is the words of the relative's speaker: it sets the scene
in their words, and the verb of the sentence around it (`charged`, here a fee) reports nothing of
it. Frozen parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Under what Tom Hale called “the old model,” the golf club charged a fee.
_UNDER_WHAT_HE_CALLED = """
Under ADP IN prep 14 O under
what PRON WP dobj 4 O what
Tom PROPN NNP compound 3 B-PERSON Tom
Hale PROPN NNP nsubj 4 I-PERSON Hale
called VERB VBD pcomp 0 O call
“ PUNCT `` punct 8 O " _
the DET DT det 8 O the
old ADJ JJ amod 8 O old
model NOUN NN oprd 4 O model _
, PUNCT , punct 14 O , _
” PUNCT '' punct 14 O "
the DET DT det 13 O the
golf NOUN NN compound 13 O golf
club NOUN NN nsubj 14 O club
charged VERB VBD ROOT 14 O charge
a DET DT det 16 O a
fee NOUN NN dobj 14 O fee _
. PUNCT . punct 14 O . _
"""


def test_a_free_relative_after_a_preposition_keeps_its_speaker() -> None:
    assert [r.speaker for r in Extractor().rows(frozen(_UNDER_WHAT_HE_CALLED))] == ["Tom Hale"]
