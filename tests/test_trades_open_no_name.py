"""A business's trade written before its name as a sentence opens (`Retailer Kestrel Home said`,
`Lender Santander said`; models/trades_before_names.txt) is no word of the name the tagger joins
it to, and the name after it is a business's whatever the tagger called it. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Retailer Kestrel Home said sales fell by "a worrying amount". / Its chief executive, Ann Lee,
# said the shops were "quiet".
_RETAILER = """
Retailer PROPN NNP compound 2 B-ORG Retailer
Kestrel PROPN NNP compound 2 I-ORG Kestrel
Home PROPN NNP nsubj 3 I-ORG Home
said VERB VBD ROOT 3 O say
sales NOUN NNS nsubj 5 O sale
fell VERB VBD ccomp 3 O fall
by ADP IN prep 5 O by
" PUNCT `` punct 6 O " _
a DET DT det 10 O a
worrying ADJ JJ amod 10 O worrying
amount NOUN NN pobj 6 O amount _
" PUNCT '' punct 5 O " _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Its PRON PRP$ poss 16 O its
chief ADJ JJ amod 16 O chief
executive NOUN NN nsubj 21 O executive _
, PUNCT , punct 16 O ,
Ann PROPN NNP compound 19 B-PERSON Ann
Lee PROPN NNP appos 16 I-PERSON Lee _
, PUNCT , punct 16 O ,
said VERB VBD ROOT 21 O say
the DET DT det 23 O the
shops NOUN NNS nsubj 24 O shop
were AUX VBD ccomp 21 O be
" PUNCT `` punct 24 O " _
quiet ADJ JJ acomp 24 O quiet _
" PUNCT '' punct 24 O " _
. PUNCT . punct 21 O . _
"""


# Lender Santander said loans fell by "a worrying amount".
_LENDER = """
Lender PROPN NNP compound 1 B-PERSON Lender
Santander PROPN NNP nsubj 2 I-PERSON Santander
said VERB VBD ROOT 2 O say
loans NOUN NNS nsubj 4 O loan
fell VERB VBD ccomp 2 O fall
by ADP IN prep 4 O by
" PUNCT `` punct 5 O " _
a DET DT det 9 O a
worrying ADJ JJ amod 9 O worrying
amount NOUN NN pobj 5 O amount _
" PUNCT '' punct 9 O " _
. PUNCT . punct 2 O . _
"""


def test_trade_tagged_into_a_body_name_is_cut() -> None:
    assert who(_RETAILER) == [
        ("Kestrel Home", "", "Kestrel Home"),
        ("Ann Lee", "chief executive", "Kestrel Home"),
    ]


def test_name_after_a_trade_tagged_a_person_is_a_business() -> None:
    assert who(_LENDER) == [("Santander", "", "Santander")]
