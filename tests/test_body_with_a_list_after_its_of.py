"""A body's name with a list after its `of`, tagged whole (`Tamale Chamber of Commerce, Trade
and Industry`), is the body before the title, commas and all. A frozen parse of sentences
written for this file (see tests/frozen.py; the name tagged one body, as the tagger tags such
names in longer stories), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tamale Chamber of Commerce, Trade and Industry president Abdul Rahman said traders were
# struggling. "Sales have halved," Rahman said.
_CHAMBER = """
Tamale PROPN NNP compound 1 B-ORG Tamale
Chamber PROPN NNP nmod 10 I-ORG Chamber
of ADP IN prep 1 I-ORG of
Commerce PROPN NNP pobj 2 I-ORG Commerce _
, PUNCT , punct 3 I-ORG ,
Trade PROPN NNP conj 3 I-ORG Trade
and CCONJ CC cc 5 I-ORG and
Industry PROPN NNP conj 5 I-ORG Industry
president NOUN NN compound 10 O president
Abdul PROPN NNP compound 10 B-PERSON Abdul
Rahman PROPN NNP nsubj 11 I-PERSON Rahman
said VERB VBD ROOT 11 O say
traders NOUN NNS nsubj 14 O trader
were AUX VBD aux 14 O be
struggling VERB VBG ccomp 11 O struggle _
. PUNCT . punct 11 O .
" PUNCT `` punct 23 O " _
Sales NOUN NNS nsubj 19 O sale
have AUX VBP aux 19 O have
halved VERB VBN ccomp 23 O halve _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Rahman PROPN NNP nsubj 23 B-PERSON Rahman
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_body_with_a_list_after_its_of_before_a_title() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_CHAMBER))]
    assert rows == [("Abdul Rahman", "president", "Tamale Chamber of Commerce, Trade and Industry")]
