"""A body's name in apposition to a noun a person or a company may be (`Her landlord, Southwark
Properties, said`) speaks when the name ends in the trade a company sells (models/
trade_name_words.txt), as one ending in a body's noun does (`The developer, Ardcarrig Homes Ltd`).
Frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


# Her landlord, Southwark Properties, said the new rent reflected "market conditions".
_LANDLORD = """
Her PRON PRP$ poss 1 O her
landlord NOUN NN nsubj 6 O landlord _
, PUNCT , punct 1 O ,
Southwark PROPN NNP compound 4 B-ORG Southwark
Properties PROPN NNP appos 1 I-ORG Properties _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 6 O say
the DET DT det 9 O the
new ADJ JJ amod 9 O new
rent NOUN NN nsubj 10 O rent
reflected VERB VBD ccomp 6 O reflect
" PUNCT `` punct 13 O " _
market NOUN NN compound 13 O market
conditions NOUN NNS dobj 10 O condition _
" PUNCT '' punct 10 O " _
. PUNCT . punct 6 O . _
"""


def test_company_apposed_to_a_landlord_speaks() -> None:
    assert who(_LANDLORD) == [("Southwark Properties", "", "Southwark Properties", "Southwark Properties")]
