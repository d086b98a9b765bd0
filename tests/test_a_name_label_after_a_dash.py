"""A round-up's label after a dash, nothing but words in capitals before a colon (`Turnout was
the story of the night - Ana Ruiz: “…”`), is the quote's source, though the tagger left the
name out of its entities. Frozen parse of a sentence written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Polls closed at eight across the state. /  / Turnout was the story of the night
# - Ana Ruiz: "Nobody expected lines like these in a midterm."
_ROUNDUP = """
Polls NOUN NNS nsubj 1 O poll
closed VERB VBD ROOT 1 O close
at ADP IN prep 1 O at
eight NUM CD pobj 2 B-CARDINAL eight
across ADP IN prep 1 O across
the DET DT det 6 O the
state NOUN NN pobj 4 O state _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
Turnout PROPN NNP nsubj 10 B-PERSON Turnout
was AUX VBD ccomp 22 O be
the DET DT det 12 O the
story NOUN NN attr 10 O story
of ADP IN prep 12 O of
the DET DT det 18 O the
night NOUN NN compound 18 O night
- PUNCT : punct 18 O -
Ana PROPN NNP compound 18 O Ana
Ruiz PROPN NNP pobj 13 O Ruiz _
: PUNCT : punct 10 O :
" PUNCT `` punct 22 O " _
Nobody PRON NN nsubj 22 O nobody
expected VERB VBD ROOT 22 O expect
lines NOUN NNS dobj 22 O line
like ADP IN prep 23 O like
these PRON DT pobj 24 O these
in ADP IN prep 23 O in
a DET DT det 28 O a
midterm NOUN NN pobj 26 O midterm _
. PUNCT . punct 22 O . _
" PUNCT '' punct 22 O " _
"""


def test_a_name_after_a_dash_before_a_colon_is_the_source() -> None:
    rows = Extractor().rows(frozen(_ROUNDUP))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Ana Ruiz", "Nobody expected lines like these in a midterm."),
    ]
