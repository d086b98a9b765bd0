"""`Domestic Trade and Cost of Living Minister X said`: a portfolio of two briefs joined by `and`,
the second of two words joined by `of`, before a minister's title is one brief, the title's, and
the person after it holds the office (not `Domestic Trade`, the parser's subject, or a body of that
name). The briefs' words `domestic`, `consumer`, `cost` and `living` are on models/portfolios.txt.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Prices of rice and cooking oil will not rise before Hari Raya," Domestic Trade and Cost of
# Living Minister Armizan Mohd Ali said on Tuesday.
_COST_OF_LIVING = """
" PUNCT `` punct 25 O " _
Prices NOUN NNS nsubj 9 O price
of ADP IN prep 1 O of
rice NOUN NN nmod 6 O rice
and CCONJ CC cc 3 O and
cooking NOUN NN conj 3 O cooking
oil NOUN NN pobj 2 O oil
will AUX MD aux 9 O will
not PART RB neg 9 O not
rise VERB VB ccomp 25 O rise
before ADP IN prep 9 O before
Hari PROPN NNP compound 12 B-PERSON Hari
Raya PROPN NNP pobj 10 I-PERSON Raya _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
Domestic PROPN NNP compound 16 B-WORK_OF_ART Domestic
Trade PROPN NNP nsubj 25 I-WORK_OF_ART Trade
and CCONJ CC cc 16 I-WORK_OF_ART and
Cost NOUN NN conj 16 I-WORK_OF_ART cost
of ADP IN prep 16 I-WORK_OF_ART of
Living PROPN NNP compound 21 I-WORK_OF_ART Living
Minister PROPN NNP compound 24 O Minister
Armizan PROPN NNP compound 24 B-PERSON Armizan
Mohd PROPN NNP compound 24 I-PERSON Mohd
Ali PROPN NNP pobj 19 I-PERSON Ali
said VERB VBD ROOT 25 O say
on ADP IN prep 25 O on
Tuesday PROPN NNP pobj 26 B-DATE Tuesday _
. PUNCT . punct 25 O . _
"""

# "Traders who hoard sugar will be charged," said Domestic Trade and Consumer Affairs Minister
# Farid Osman.
_CONSUMER_AFFAIRS = """
" PUNCT `` punct 10 O " _
Traders NOUN NNS nsubjpass 7 O trader
who PRON WP nsubj 3 O who
hoard VERB VBP relcl 1 O hoard
sugar NOUN NN dobj 3 O sugar
will AUX MD aux 7 O will
be AUX VB auxpass 7 O be
charged VERB VBN ccomp 10 O charge _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Domestic PROPN NNP compound 16 B-ORG Domestic
Trade PROPN NNP nmod 16 I-ORG Trade
and CCONJ CC cc 12 O and
Consumer PROPN NNP compound 15 O Consumer
Affairs PROPN NNPS conj 12 O Affairs
Minister PROPN NNP compound 18 O Minister
Farid PROPN NNP compound 18 B-PERSON Farid
Osman PROPN NNP nsubj 10 I-PERSON Osman _
. PUNCT . punct 10 O . _
"""


def test_a_brief_joined_by_of_after_and_is_the_ministers_portfolio() -> None:
    rows = Extractor().rows(frozen(_COST_OF_LIVING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Armizan Mohd Ali", "Domestic Trade and Cost of Living Minister", "")
    ]


def test_a_consumer_affairs_brief_is_no_body_after_the_verb() -> None:
    rows = Extractor().rows(frozen(_CONSUMER_AFFAIRS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Farid Osman", "Domestic Trade and Consumer Affairs Minister", "")
    ]
