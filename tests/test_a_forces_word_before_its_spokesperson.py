"""`A Garda spokeswoman said …`: a police force's own word in capitals opening a spokesperson's role
(the tagger calls `Garda` a person) names the force they speak for and leaves the role; before,
the role kept it and no body was given. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Gardaí are investigating a fatal crash near Ballyhale. A Garda spokeswoman said: "The road
# remains closed."
_GARDA = """
Gardaí PROPN NNP nsubj 2 O Gardaí
are AUX VBP aux 2 O be
investigating VERB VBG ROOT 2 O investigate
a DET DT det 5 O a
fatal ADJ JJ amod 5 O fatal
crash NOUN NN dobj 2 O crash
near ADP IN prep 5 O near
Ballyhale PROPN NNP pobj 6 B-GPE Ballyhale _
. PUNCT . punct 2 O .
A DET DT det 11 O a
Garda PROPN NNP compound 11 B-PERSON Garda
spokeswoman NOUN NN nsubj 12 O spokeswoman
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
The DET DT det 16 O the
road NOUN NN nsubj 17 O road
remains VERB VBZ ccomp 12 O remain
closed ADJ JJ acomp 17 O closed _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
"""


def test_a_forces_word_before_its_spokesperson() -> None:
    rows = Extractor().rows(frozen(_GARDA))
    assert [(r.role, r.organization) for r in rows] == [("spokeswoman", "Garda")]
