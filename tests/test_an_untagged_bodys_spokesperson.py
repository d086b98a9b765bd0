"""One proper noun the tagger left untagged, inside the sentence, right before a spokesperson's
job is the body they speak for (`An Uber spokesperson said` → *spokesperson* / *Uber*; it was
the role *Uber spokesperson* with no body). Frozen parse of a sentence written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# An Uber spokesperson said the company was "open to dialogue" with drivers.
_AN_UNTAGGED_BODYS_SPOKESPERSON = """
An DET DT det 2 O an
Uber PROPN NNP compound 2 O Uber
spokesperson NOUN NN nsubj 3 O spokesperson
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
company NOUN NN nsubj 6 O company
was AUX VBD ccomp 3 O be
" PUNCT `` punct 6 O " _
open ADJ JJ acomp 6 O open
to ADP IN prep 8 O to
dialogue NOUN NN pobj 9 O dialogue _
" PUNCT '' punct 6 O "
with ADP IN prep 6 O with
drivers NOUN NNS pobj 12 O driver _
. PUNCT . punct 3 O . _
"""


def test_an_untagged_name_before_a_spokesperson_is_the_body() -> None:
    rows = Extractor().rows(frozen(_AN_UNTAGGED_BODYS_SPOKESPERSON))
    assert [(r.role, r.organization) for r in rows] == [("spokesperson", "Uber")]
