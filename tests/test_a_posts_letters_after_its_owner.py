"""`The firm's CEO told the meeting`, `Kamau's potential VP then told the crowd`: a post written by
its letters in capitals, the subject with an owner before it, is a description of the one who holds
the post (as after `the` or `a`: `an opposition MSP`), no name; the speaker was the letters alone
as a one-word name. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kamau's potential VP then told the crowd: "We will win this election."
_VP = """
Kamau PROPN NNP poss 3 B-ORG Kamau _
's PART POS case 0 O 's
potential ADJ JJ amod 3 O potential
VP PROPN NNP nsubj 5 O VP
then ADV RB advmod 5 O then
told VERB VBD ROOT 5 O tell
the DET DT det 7 O the
crowd NOUN NN dobj 5 O crowd _
: PUNCT : punct 5 O :
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 12 O we
will AUX MD aux 12 O will
win VERB VB ccomp 5 O win
this DET DT det 14 O this
election NOUN NN dobj 12 O election _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""

# The firm's CEO told the meeting: "We will not close the plant."
_CEO = """
The DET DT det 1 O the
firm NOUN NN poss 3 O firm _
's PART POS case 1 O 's
CEO PROPN NNP nsubj 4 O CEO
told VERB VBD ROOT 4 O tell
the DET DT det 6 O the
meeting NOUN NN dobj 4 O meeting _
: PUNCT : punct 4 O :
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 12 O we
will AUX MD aux 12 O will
not PART RB neg 12 O not
close VERB VB ccomp 4 O close
the DET DT det 14 O the
plant NOUN NN dobj 12 O plant _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""


def test_a_candidates_vp_is_a_description() -> None:
    rows = Extractor().rows(frozen(_VP))
    assert [(r.speaker, r.role) for r in rows] == [("Kamau's potential VP", "potential VP")]


def test_a_firms_ceo_is_a_description() -> None:
    rows = Extractor().rows(frozen(_CEO))
    assert [(r.speaker, r.role) for r in rows] == [("The firm's CEO", "CEO")]
