"""A market one sells at (`a trader at Ekwe Market`) is where one trades on one's own account,
no organisation one works for. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Chidi Okafor, a trader at Ekwe Market, said: "They took everything."
_OKAFOR = """
Chidi PROPN NNP compound 1 B-PERSON Chidi
Okafor PROPN NNP nsubj 9 I-PERSON Okafor _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
trader NOUN NN appos 1 O trader
at ADP IN prep 4 O at
Ekwe PROPN NNP compound 7 B-ORG Ekwe
Market PROPN NNP pobj 5 I-ORG Market _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
They PRON PRP nsubj 13 O they
took VERB VBD ccomp 9 O take
everything PRON NN dobj 13 O everything _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""


def test_a_market_traded_at_is_no_organisation() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_OKAFOR))]
    assert rows == [("Chidi Okafor", "trader at Ekwe Market", "")]
