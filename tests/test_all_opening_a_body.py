"""`All` opening a sentence right before a body's tagged name of two words or more opens the
name (`All Farmers Alliance spokesman`), as it does mid-sentence (`All Blacks coach`). A frozen
parse of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# All Farmers Alliance spokesman Tendai Moyo said the harvest had failed. "We need seed," Moyo
# said.
_ALLIANCE = """
All DET DT det 3 O all
Farmers PROPN NNP compound 2 B-ORG Farmers
Alliance PROPN NNP compound 3 I-ORG Alliance
spokesman NOUN NN compound 5 O spokesman
Tendai PROPN NNP compound 5 B-PERSON Tendai
Moyo PROPN NNP nsubj 6 I-PERSON Moyo
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
harvest NOUN NN nsubj 10 O harvest
had AUX VBD aux 10 O have
failed VERB VBN ccomp 6 O fail _
. PUNCT . punct 6 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 14 O we
need VERB VBP ccomp 19 O need
seed NOUN NN dobj 14 O seed _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Moyo PROPN NNP nsubj 19 B-PERSON Moyo
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def test_all_opening_a_sentence_before_a_body_opens_its_name() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_ALLIANCE))]
    assert rows == [("Tendai Moyo", "spokesman", "All Farmers Alliance")]
