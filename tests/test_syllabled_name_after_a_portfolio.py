"""A Chinese or Korean name (a family name, then a given name of two syllables joined by a
hyphen) after a title and its portfolio, which the tagger ran into one body with the portfolio
(`Secretary for Transport and Logistics Lam Sai-hung`): the name starts at the family name. A
frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Legislators met on Wednesday. Secretary for Transport and Logistics Lam Sai-hung said the
# government would review the figures. "We take the concerns of members seriously," he said.
_TAGGED_A_BODY = """
Legislators NOUN NNS nsubj 1 O legislator
met VERB VBD ROOT 1 O meet
on ADP IN prep 1 O on
Wednesday PROPN NNP pobj 2 B-DATE Wednesday _
. PUNCT . punct 1 O .
Secretary PROPN NNP nsubj 14 O Secretary
for ADP IN prep 5 O for
Transport PROPN NNP nmod 13 B-ORG Transport
and CCONJ CC cc 7 I-ORG and
Logistics PROPN NNP conj 7 I-ORG Logistics
Lam PROPN NNP compound 13 I-ORG Lam
Sai PROPN NNP compound 13 I-ORG Sai _
- PUNCT HYPH punct 13 I-ORG - _
hung PROPN NNP pobj 6 I-ORG hung
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
government NOUN NN nsubj 18 O government
would AUX MD aux 18 O would
review VERB VB ccomp 14 O review
the DET DT det 20 O the
figures NOUN NNS dobj 18 O figure _
. PUNCT . punct 14 O .
" PUNCT `` punct 33 O " _
We PRON PRP nsubj 24 O we
take VERB VBP ccomp 33 O take
the DET DT det 26 O the
concerns NOUN NNS dobj 24 O concern
of ADP IN prep 26 O of
members NOUN NNS pobj 27 O member
seriously ADV RB advmod 24 O seriously _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
he PRON PRP nsubj 33 O he
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _

"""


def test_the_name_inside_a_body_after_a_portfolio_is_a_person() -> None:
    (row,) = Extractor().rows(frozen(_TAGGED_A_BODY))
    assert row.speaker == "Lam Sai-hung"
