"""A word in capitals tagged inside a body's name after its noun, with the role in small letters
after it, is the name's, not the role's (`the Karoo Business Intelligence managing director`:
*managing director* at *Karoo Business Intelligence*, not *Intelligence managing director*).
Frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# “Prices will keep rising,” said Thandi Mokoena, the Karoo Business Intelligence managing director.
_AFTER_ITS_NOUN = """
“ PUNCT `` punct 7 O " _
Prices NOUN NNS nsubj 3 O price
will AUX MD aux 3 O will
keep VERB VB ccomp 7 O keep
rising VERB VBG xcomp 3 O rise _
, PUNCT , punct 7 O , _
” PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Thandi PROPN NNP compound 9 B-PERSON Thandi
Mokoena PROPN NNP nsubj 7 I-PERSON Mokoena _
, PUNCT , punct 9 O ,
the DET DT det 16 B-ORG the
Karoo PROPN NNP compound 14 I-ORG Karoo
Business PROPN NNP compound 14 I-ORG Business
Intelligence PROPN NNP nmod 16 I-ORG Intelligence
managing NOUN NN compound 16 O managing
director NOUN NN appos 9 O director _
. PUNCT . punct 7 O . _
"""


def test_a_word_after_a_bodys_noun_is_its_name_not_the_roles() -> None:
    rows = Extractor().rows(frozen(_AFTER_ITS_NOUN))
    assert [(r.role, r.organization) for r in rows] == [("managing director", "Karoo Business Intelligence")]
