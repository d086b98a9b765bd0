"""`Western Cape education department spokesperson X`, `Ohio health department spokeswoman X`: a
place's name, a field's word and `department` (or `ministry`) in small letters before a job name
the body the person speaks for, as `Western Cape police` does; the role is the job. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Western Cape education department spokesperson Bronagh Hale said: "Schools will open on time."
_DEPT = """
Western ADJ JJ compound 1 B-LOC western
Cape PROPN NNP compound 2 I-LOC Cape
education NOUN NN compound 3 O education
department NOUN NN compound 4 O department
spokesperson NOUN NN compound 6 O spokesperson
Bronagh PROPN NNP compound 6 B-ORG Bronagh
Hale PROPN NNP nsubj 7 I-ORG Hale
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
Schools NOUN NNS nsubj 12 B-PERSON school
will AUX MD aux 12 O will
open VERB VB ccomp 7 O open
on ADP IN prep 12 O on
time NOUN NN pobj 13 O time _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""

# "We are aware of the reports," said Ohio health department spokeswoman Ana Ruiz.
_STATE = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 9 O be
aware ADJ JJ acomp 2 O aware
of ADP IN prep 3 O of
the DET DT det 6 O the
reports NOUN NNS pobj 4 O report _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Ohio PROPN NNP compound 12 B-GPE Ohio
health NOUN NN compound 12 O health
department NOUN NN compound 13 O department
spokeswoman NOUN NN compound 15 O spokeswoman
Ana PROPN NNP compound 15 O Ana
Ruiz PROPN NNP nsubj 9 O Ruiz _
. PUNCT . punct 9 O . _
"""


def test_a_provinces_department_of_a_field_is_the_body() -> None:
    rows = Extractor().rows(frozen(_DEPT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Bronagh Hale", "spokesperson", "Western Cape education department")
    ]


def test_a_states_department_of_a_field_is_the_body() -> None:
    rows = Extractor().rows(frozen(_STATE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Ruiz", "spokeswoman", "Ohio health department")
    ]
