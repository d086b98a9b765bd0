"""`secretary in the Ministry of Health and Family Welfare`: a name in capitals headed by the noun
of a body no business is (a ministry, a department, a court), in capitals too, is the body a job
is `in` (ROLES.md 5), as India's and East Africa's news write a civil servant's post; a unit so
named with the body it belongs to after it (`in the School of Economics at the University of
Lagos`) gives way to that body. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We have enough vaccines," said Rajesh Bhushan, secretary in the Ministry of Health and Family
# Welfare.
_A_MINISTRY_OF = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
have VERB VBP ccomp 7 O have
enough ADJ JJ amod 4 O enough
vaccines NOUN NNS dobj 2 O vaccine _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Rajesh PROPN NNP compound 9 B-PERSON Rajesh
Bhushan PROPN NNP nsubj 7 I-PERSON Bhushan _
, PUNCT , punct 9 O ,
secretary NOUN NN appos 9 O secretary
in ADP IN prep 11 O in
the DET DT det 14 B-ORG the
Ministry PROPN NNP pobj 12 I-ORG Ministry
of ADP IN prep 14 I-ORG of
Health PROPN NNP pobj 15 I-ORG Health
and CCONJ CC cc 16 I-ORG and
Family PROPN NNP compound 19 I-ORG Family
Welfare PROPN NNP conj 16 I-ORG Welfare _
. PUNCT . punct 7 O . _
"""

# "The stocks are adequate," said Lav Agarwal, joint secretary in the Union Health Ministry.
_A_MINISTRY_NAMED_BEFORE_ITS_NOUN = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
stocks NOUN NNS nsubj 3 O stock
are AUX VBP ccomp 7 O be
adequate ADJ JJ acomp 3 O adequate _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Lav PROPN NNP compound 9 B-ORG Lav
Agarwal PROPN NNP nsubj 7 I-ORG Agarwal _
, PUNCT , punct 9 O ,
joint ADJ JJ amod 12 O joint
secretary NOUN NN appos 9 O secretary
in ADP IN prep 12 O in
the DET DT det 17 B-ORG the
Union PROPN NNP compound 17 I-ORG Union
Health PROPN NNP compound 17 I-ORG Health
Ministry PROPN NNP pobj 13 I-ORG Ministry _
. PUNCT . punct 7 O . _
"""

# "The results are poor," said Anne Kim, a lecturer in the School of Economics at the University
# of Lagos.
_A_SCHOOL_OF_A_UNIVERSITY = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
results NOUN NNS nsubj 3 O result
are AUX VBP ccomp 7 O be
poor ADJ JJ acomp 3 O poor _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Anne PROPN NNP compound 9 B-PERSON Anne
Kim PROPN NNP nsubj 7 I-PERSON Kim _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
lecturer NOUN NN appos 9 O lecturer
in ADP IN prep 12 O in
the DET DT det 15 B-ORG the
School PROPN NNP pobj 13 I-ORG School
of ADP IN prep 15 I-ORG of
Economics PROPN NNP pobj 16 I-ORG Economics
at ADP IN prep 15 O at
the DET DT det 20 B-ORG the
University PROPN NNP pobj 18 I-ORG University
of ADP IN prep 20 I-ORG of
Lagos PROPN NNP pobj 21 I-ORG Lagos _
. PUNCT . punct 7 O . _
"""


def _organizations(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_ministry_named_with_of_is_the_body_the_job_is_in() -> None:
    assert _organizations(_A_MINISTRY_OF) == [("Rajesh Bhushan", "Ministry of Health and Family Welfare")]


def test_a_ministry_named_before_its_noun_is_the_body_the_job_is_in() -> None:
    assert _organizations(_A_MINISTRY_NAMED_BEFORE_ITS_NOUN) == [("Lav Agarwal", "Union Health Ministry")]


def test_a_unit_named_with_its_body_after_gives_way_to_the_body() -> None:
    assert _organizations(_A_SCHOOL_OF_A_UNIVERSITY) == [("Anne Kim", "University of Lagos")]
