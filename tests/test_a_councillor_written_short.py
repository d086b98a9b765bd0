"""A councillor's title written short before the name, as Canadian news writes it (`Coun. Ana
Ruiz`, models/titles.txt): no part of the name, so the row names the councillor (it named a
speaker *Coun*). A frozen parse of a sentence written for this file (see tests/frozen.py),
through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The buses will run on Sundays," said Coun. Paulette Marchand.
_A_COUNCILLOR_WRITTEN_SHORT = """
" PUNCT `` punct 9 O " _
The DET DT det 2 O the
buses NOUN NNS nsubj 4 O bus
will AUX MD aux 4 O will
run VERB VB ccomp 9 O run
on ADP IN prep 4 O on
Sundays PROPN NNP pobj 5 B-DATE Sundays _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Coun. PROPN NNP compound 12 B-ORG Coun.
Paulette PROPN NNP compound 12 I-ORG Paulette
Marchand PROPN NNP nsubj 9 I-ORG Marchand _
. PUNCT . punct 9 O . _
"""


def test_a_councillor_written_short_is_no_part_of_the_name() -> None:
    rows = Extractor().rows(frozen(_A_COUNCILLOR_WRITTEN_SHORT))
    assert [r.speaker for r in rows] == ["Paulette Marchand"]
