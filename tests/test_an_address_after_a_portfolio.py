"""`Secretary for Health Dr Vivian Cheung`, `Secretary for Labour and Welfare Professor Chris
Sun` (Hong Kong's style): a form of address between an office's portfolio and the name, which
the parser runs into the portfolio, is the name's, no word of the role (*Secretary for Health*,
not *Secretary for Health Dr*). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Secretary for Health Dr Vivian Cheung said the system was "under real pressure".
_HEALTH = """
Secretary PROPN NNP nmod 5 O Secretary
for ADP IN prep 0 O for
Health PROPN NNP compound 3 O Health
Dr PROPN NNP pobj 1 O Dr
Vivian PROPN NNP compound 5 B-PERSON Vivian
Cheung PROPN NNP nsubj 6 I-PERSON Cheung
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
system NOUN NN nsubj 9 O system
was AUX VBD ccomp 6 O be
" PUNCT `` punct 9 O " _
under ADP IN prep 9 O under
real ADJ JJ amod 13 O real
pressure NOUN NN pobj 11 O pressure _
" PUNCT '' punct 9 O " _
. PUNCT . punct 6 O . _
"""

# "We are under pressure," said Secretary for Labour and Welfare Professor Chris Sun.
_LABOUR = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 7 O be
under ADP IN prep 2 O under
pressure NOUN NN pobj 3 O pressure _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Secretary PROPN NNP nsubj 7 O Secretary
for ADP IN prep 8 O for
Labour PROPN NNP nmod 13 B-ORG Labour
and CCONJ CC cc 10 O and
Welfare PROPN NNP conj 10 B-ORG Welfare
Professor PROPN NNP compound 15 O Professor
Chris PROPN NNP compound 15 B-PERSON Chris
Sun PROPN NNP pobj 9 I-PERSON Sun _
. PUNCT . punct 7 O . _
"""


def test_a_doctors_address_after_a_portfolio_is_no_part_of_the_role() -> None:
    rows = Extractor().rows(frozen(_HEALTH))
    assert [(r.speaker, r.role) for r in rows] == [("Vivian Cheung", "Secretary for Health")]


def test_a_professors_address_after_a_portfolio_is_no_part_of_the_role() -> None:
    rows = Extractor().rows(frozen(_LABOUR))
    assert [(r.speaker, r.role) for r in rows] == [("Chris Sun", "Secretary for Labour and Welfare")]
