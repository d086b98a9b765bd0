"""`Minister for Manpower Tan Wee Kiat said … he said`: `Manpower` is a government's portfolio
(Singapore's, Indonesia's, Bangladesh's ministries of labour), now on models/portfolios.txt, so
the portfolio ends before the family name written first and the holder is *Tan Wee Kiat* /
*Minister for Manpower*, not *Manpower Tan Wee Kiat* with no role
(tokens.names_after_a_portfolio_written_family_name_first). A frozen parse of a sentence written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Minister for Manpower Tan Wee Kiat said the rules would be tightened. "Employers must do their
# part," he said.
_MANPOWER = """
Minister PROPN NNP nmod 5 O Minister
for ADP IN prep 0 O for
Manpower PROPN NNP pobj 1 B-PERSON Manpower
Tan PROPN NNP compound 5 I-PERSON Tan
Wee PROPN NNP compound 5 I-PERSON Wee
Kiat PROPN NNP nsubj 6 I-PERSON Kiat
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
rules NOUN NNS nsubjpass 11 O rule
would AUX MD aux 11 O would
be AUX VB auxpass 11 O be
tightened VERB VBN ccomp 6 O tighten _
. PUNCT . punct 6 O .
" PUNCT `` punct 22 O " _
Employers NOUN NNS nsubj 16 O employer
must AUX MD aux 16 O must
do VERB VB ccomp 22 O do
their PRON PRP$ poss 18 O their
part NOUN NN dobj 16 O part _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
he PRON PRP nsubj 22 O he
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_manpower_is_a_portfolio_before_a_family_name_first() -> None:
    rows = Extractor().rows(frozen(_MANPOWER))
    assert [(r.speaker, r.role) for r in rows] == [("Tan Wee Kiat", "Minister for Manpower")]
