"""`Rural Development and Panchayat Raj Minister X said`, `Women and Child Development Minister X
said`: a portfolio of two sides of one or two words joined by `and` before a minister's title is
one brief, the whole title the role and no organisation, and the person named after it speaks,
whatever the tagger made of the sides (a body, a person, `Women` a plain noun the subject).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Rural Development and Panchayat Raj Minister Suresh Patil said the scheme "would continue".
_PANCHAYAT = """
Rural PROPN NNP compound 1 B-ORG Rural
Development PROPN NNP nsubj 8 I-ORG Development
and CCONJ CC cc 1 O and
Panchayat PROPN NNP compound 5 B-PERSON Panchayat
Raj PROPN NNP compound 5 I-PERSON Raj
Minister PROPN NNP compound 7 O Minister
Suresh PROPN NNP compound 7 B-PERSON Suresh
Patil PROPN NNP conj 1 I-PERSON Patil
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
scheme NOUN NN nsubj 13 O scheme
" PUNCT `` punct 13 O " _
would AUX MD aux 13 O would
continue VERB VB ccomp 8 O continue _
" PUNCT '' punct 13 O " _
. PUNCT . punct 8 O . _
"""


# Women and Child Development Minister Ann Kole said: "We have the funds."
_WOMEN = """
Women NOUN NNS nsubj 7 O woman
and CCONJ CC cc 0 O and
Child PROPN NNP compound 3 O Child
Development PROPN NNP compound 4 O Development
Minister PROPN NNP compound 6 O Minister
Ann PROPN NNP compound 6 B-PERSON Ann
Kole PROPN NNP conj 0 I-PERSON Kole
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 11 O we
have VERB VBP ccomp 7 O have
the DET DT det 13 O the
funds NOUN NNS dobj 11 O fund _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


# Rural Development and Local Government Minister Ann Kole said: "We have the funds."
_LOCAL = """
Rural PROPN NNP compound 1 B-ORG Rural
Development PROPN NNP nsubj 8 I-ORG Development
and CCONJ CC cc 1 I-ORG and
Local PROPN NNP compound 5 I-ORG Local
Government PROPN NNP compound 5 I-ORG Government
Minister PROPN NNP compound 7 O Minister
Ann PROPN NNP compound 7 B-PERSON Ann
Kole PROPN NNP conj 1 I-PERSON Kole
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 12 O we
have VERB VBP ccomp 8 O have
the DET DT det 14 O the
funds NOUN NNS dobj 12 O fund _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""


def test_a_portfolio_one_side_tagged_a_person_is_the_role_whole() -> None:
    assert who(_PANCHAYAT) == [("Suresh Patil", "Rural Development and Panchayat Raj Minister", "")]


def test_the_holder_speaks_when_the_portfolios_first_word_is_the_subject() -> None:
    assert who(_WOMEN) == [("Ann Kole", "Women and Child Development Minister", "")]


def test_a_portfolio_tagged_a_body_is_no_speaker() -> None:
    assert who(_LOCAL) == [("Ann Kole", "Rural Development and Local Government Minister", "")]
