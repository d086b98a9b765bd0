"""`UNHCR Regional Director for Europe Hans Kluge told a briefing`: `for` after a title in
capitals, before the place or region the post covers (the tagger left `Europe` untagged),
closes the title, which gave no role at all. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# UNHCR Regional Director for Europe Hans Kluge told a briefing: "This is a wake-up call."
_EUROPE = """
UNHCR PROPN NNP compound 2 B-ORG UNHCR
Regional PROPN NNP compound 2 O Regional
Director PROPN NNP nsubj 7 O Director
for ADP IN prep 2 O for
Europe PROPN NNP compound 6 O Europe
Hans PROPN NNP compound 6 B-PERSON Hans
Kluge PROPN NNP pobj 3 I-PERSON Kluge
told VERB VBD ROOT 7 O tell
a DET DT det 9 O a
briefing NOUN NN dobj 7 O briefing _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
This PRON DT nsubj 13 O this
is AUX VBZ ccomp 7 O be
a DET DT det 18 O a
wake VERB VB amod 18 O wake _
- PUNCT HYPH punct 15 O - _
up ADP RP prt 15 O up
call NOUN NN attr 13 O call _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


def test_a_title_for_a_region_is_the_role() -> None:
    rows = Extractor().rows(frozen(_EUROPE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Hans Kluge", "Regional Director for Europe", "UNHCR")
    ]
