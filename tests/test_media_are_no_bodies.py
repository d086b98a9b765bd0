"""A body named only as where words were posted (`posted on Instagram`) is a medium: nobody's
employer, never `the company` or `the club`, nor what a spokesperson speaks for. Frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen
from tests.sentences import HOLT_SLAMMED

# Former Rovers striker Danny Holt has slammed the owners after his testimonial was cancelled. He
# later posted on Instagram: "Thank you to the fans." But a club spokesman hit back: "The event was
# cancelled for safety reasons."
_POSTED = HOLT_SLAMMED.strip() + """
He PRON PRP nsubj 18 O he
later ADV RB advmod 18 O later
posted VERB VBD ROOT 18 O post
on ADP IN prep 18 O on
Instagram PROPN NNP pobj 19 B-ORG Instagram _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
Thank VERB VBP xcomp 18 O thank
you PRON PRP dobj 23 O you
to ADP IN prep 23 O to
the DET DT det 27 O the
fans NOUN NNS pobj 25 O fan _
. PUNCT . punct 18 O . _
" PUNCT '' ROOT 29 O " _
<paragraph> SPACE _SP dep 29 O <paragraph> _
But CCONJ CC cc 35 O but
a DET DT det 34 O a
club NOUN NN compound 34 O club
spokesman NOUN NN nsubj 35 O spokesman
hit VERB VBD ccomp 42 O hit
back ADV RB advmod 35 O back _
: PUNCT : punct 42 O :
" PUNCT `` punct 42 O " _
The DET DT det 40 O the
event NOUN NN nsubjpass 42 O event
was AUX VBD auxpass 42 O be
cancelled VERB VBN ROOT 42 O cancel
for ADP IN prep 42 O for
safety NOUN NN compound 45 O safety
reasons NOUN NNS pobj 43 O reason _
. PUNCT . punct 42 O . _
" PUNCT '' punct 42 O " _"""


def test_a_body_named_only_as_a_medium_is_no_spokespersons_body() -> None:
    rows = Extractor().rows(frozen(_POSTED))
    assert [(r.mention, r.organization) for r in rows][-1] == ("a club spokesman", "")
