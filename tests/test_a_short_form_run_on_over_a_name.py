"""`Executive vice-president of operations at DEWA Khalid Al Mansoori said`, the tagger running the
body's short form on over the name after it into one body: a short form in capitals right after
the `at` or `of` of a job, before a given name the lists know, is the whole body's name, and the
person's name opens after it (as `the National Assembly Moses Cheboi` is cut after a body's noun).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Executive vice-president of operations at DEWA Khalid Al Mansoori said "The grid is ready for
# the summer peak."
_DEWA = """
Executive ADJ JJ amod 1 O executive
vice NOUN NN nsubj 11 O vice _
- NOUN NN appos 1 O - _
president NOUN NN appos 1 O president
of ADP IN prep 3 O of
operations NOUN NNS pobj 4 O operation
at ADP IN prep 1 O at
DEWA PROPN NNP compound 10 B-ORG DEWA
Khalid PROPN NNP compound 10 I-ORG Khalid
Al PROPN NNP compound 10 I-ORG Al
Mansoori PROPN NNP pobj 6 I-ORG Mansoori
said VERB VBD ROOT 11 O say
" PUNCT `` punct 11 O " _
The DET DT det 14 O the
grid NOUN NN nsubj 15 O grid
is AUX VBZ ccomp 11 O be
ready ADJ JJ acomp 15 O ready
for ADP IN prep 16 O for
the DET DT det 20 O the
summer NOUN NN compound 20 B-DATE summer
peak NOUN NN pobj 17 O peak _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""


def test_a_short_form_run_on_over_a_name_is_cut_before_it() -> None:
    rows = Extractor().rows(frozen(_DEWA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Khalid Al Mansoori", "Executive vice-president of operations", "DEWA")
    ]
