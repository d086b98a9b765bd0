"""A nickname in quote marks after two given names (`Senator Maria Teresa "Tessie" Ramos`) sits
inside one person's name: the person is Maria Teresa Ramos, with the title before her as her
role, not `Teresa Ramos` with no role. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Senator Maria Teresa "Tessie" Ramos filed the bill on Monday. "Farmers deserve better prices," Ramos said.
_TWO_GIVEN_NAMES = """
Senator PROPN NNP compound 2 O Senator
Maria PROPN NNP compound 2 B-PERSON Maria
Teresa PROPN NNP nmod 6 I-PERSON Teresa
" PUNCT `` punct 6 O " _
Tessie PROPN NNP nmod 6 B-WORK_OF_ART Tessie _
" PUNCT '' punct 6 I-WORK_OF_ART "
Ramos PROPN NNP nsubj 7 I-WORK_OF_ART Ramos
filed VERB VBD ROOT 7 O file
the DET DT det 9 O the
bill NOUN NN dobj 7 O bill
on ADP IN prep 7 O on
Monday PROPN NNP pobj 10 B-DATE Monday _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
Farmers NOUN NNS nsubj 15 O farmer
deserve VERB VBP ccomp 21 O deserve
better ADJ JJR amod 17 O well
prices NOUN NNS dobj 15 O price _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Ramos PROPN NNP nsubj 21 B-ORG Ramos
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_nickname_after_two_given_names_keeps_both() -> None:
    rows = Extractor().rows(frozen(_TWO_GIVEN_NAMES))
    assert [(r.speaker, r.role) for r in rows] == [("Maria Teresa Ramos", "Senator")]
