"""`Secretary for Transport and Logistics Lam Sai-hung said`: the tagger runs the portfolio and a
Cantonese name after it (a family name, then a given name of two syllables joined by a hyphen, as
Hong Kong writes them) into one body. The name ending the body is the holder's, the portfolio the
title's: before, the role ran on over the name and the organisation was the whole run. Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Secretary for Transport and Logistics Lam Sai-hung said the rail link would open in May. "We are
# on schedule," he said.
_PORTFOLIO_AND_A_CANTONESE_NAME = """
Secretary PROPN NNP nmod 8 O Secretary
for ADP IN prep 0 O for
Transport PROPN NNP pobj 1 B-ORG Transport
and CCONJ CC cc 2 I-ORG and
Logistics PROPN NNP conj 2 I-ORG Logistics
Lam PROPN NNP compound 8 I-ORG Lam
Sai PROPN NNP compound 8 I-ORG Sai _
- PUNCT HYPH punct 8 I-ORG - _
hung PROPN NNP nsubj 9 I-ORG hung
said VERB VBD ROOT 9 O say
the DET DT det 12 O the
rail NOUN NN compound 12 O rail
link NOUN NN nsubj 14 O link
would AUX MD aux 14 O would
open VERB VB ccomp 9 O open
in ADP IN prep 14 O in
May PROPN NNP pobj 15 B-DATE May _
. PUNCT . punct 9 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 20 O we
are AUX VBP ccomp 26 O be
on ADP IN prep 20 O on
schedule NOUN NN pobj 21 O schedule _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

# Secretary for Housing Winnie Ho said the flats were ready. "Families can move in next month,"
# she said.
_ONE_WORD_PORTFOLIO = """
Secretary PROPN NNP nsubj 5 O Secretary
for ADP IN prep 0 O for
Housing PROPN NNP compound 4 O Housing
Winnie PROPN NNP compound 4 B-PERSON Winnie
Ho PROPN NNP pobj 1 I-PERSON Ho
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
flats NOUN NNS nsubj 8 O flat
were AUX VBD ccomp 5 O be
ready ADJ JJ acomp 8 O ready _
. PUNCT . punct 5 O .
" PUNCT `` punct 21 O " _
Families NOUN NNS nsubj 14 O family
can AUX MD aux 14 O can
move VERB VB ccomp 21 O move
in ADP IN prep 14 O in
next ADJ JJ amod 17 B-DATE next
month NOUN NN pobj 15 I-DATE month _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
she PRON PRP nsubj 21 O she
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_the_cantonese_name_ending_the_body_is_the_holders() -> None:
    rows = Extractor().rows(frozen(_PORTFOLIO_AND_A_CANTONESE_NAME))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Lam Sai-hung", "Secretary for Transport and Logistics", "")
    ]


def test_a_one_word_portfolio_before_the_name_is_the_title() -> None:
    rows = Extractor().rows(frozen(_ONE_WORD_PORTFOLIO))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Winnie Ho", "Secretary for Housing", "")]
