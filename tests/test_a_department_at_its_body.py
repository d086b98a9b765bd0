"""`head of the Department of Surgery at Lenton General Hospital`: a department named in full
(`Department`, `Division`, `Unit`, `Faculty` + `of` + its field), then `at` a body (tagged, or a
body's noun: a hospital, a university), is a unit of that body and never the body a person works
for (ROLES.md 5): the organisation is the body after `at`, or none when the article leaves it
unnamed (`at a private hospital in the city`). A department followed by `at` a place or an
occasion stays the body (`a lawyer for the Department of Justice at the hearing`). Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Dr. Sarah Obi, head of the Department of Surgery at Lenton General Hospital, said staff were
# exhausted. "We need help," she said.
_NAMED_HOSPITAL = """
Dr. PROPN NNP compound 2 O Dr.
Sarah PROPN NNP compound 2 B-PERSON Sarah
Obi PROPN NNP nsubj 15 O Obi _
, PUNCT , punct 2 O ,
head NOUN NN appos 2 O head
of ADP IN prep 4 O of
the DET DT det 7 B-ORG the
Department PROPN NNP pobj 5 I-ORG Department
of ADP IN prep 7 I-ORG of
Surgery PROPN NNP pobj 8 I-ORG Surgery
at ADP IN prep 7 O at
Lenton PROPN NNP compound 13 B-ORG Lenton
General PROPN NNP compound 13 I-ORG General
Hospital PROPN NNP pobj 10 I-ORG Hospital _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 15 O say
staff NOUN NN nsubjpass 18 O staff
were AUX VBD auxpass 18 O be
exhausted VERB VBN ccomp 15 O exhaust _
. PUNCT . punct 15 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 22 O we
need VERB VBP ccomp 27 O need
help NOUN NN dobj 22 O help _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
she PRON PRP nsubj 27 O she
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""
# Dr. Anil Menon, head of the Department of Infectious Diseases at a private hospital in the city,
# said beds were short. "We have never seen so many patients," he said.
_UNNAMED_HOSPITAL = """
Dr. PROPN NNP compound 2 O Dr.
Anil PROPN NNP compound 2 B-PERSON Anil
Menon PROPN NNP nsubj 19 I-PERSON Menon _
, PUNCT , punct 2 O ,
head NOUN NN appos 2 O head
of ADP IN prep 4 O of
the DET DT det 7 B-ORG the
Department PROPN NNP pobj 5 I-ORG Department
of ADP IN prep 7 I-ORG of
Infectious PROPN NNP compound 10 I-ORG Infectious
Diseases PROPN NNPS pobj 8 I-ORG Diseases
at ADP IN prep 4 O at
a DET DT det 14 O a
private ADJ JJ amod 14 O private
hospital NOUN NN pobj 11 O hospital
in ADP IN prep 14 O in
the DET DT det 17 O the
city NOUN NN pobj 15 O city _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 19 O say
beds NOUN NNS nsubj 21 O bed
were AUX VBD ccomp 19 O be
short ADJ JJ acomp 21 O short _
. PUNCT . punct 19 O .
" PUNCT `` punct 35 O " _
We PRON PRP nsubj 28 O we
have AUX VBP aux 28 O have
never ADV RB neg 28 O never
seen VERB VBN ccomp 35 O see
so ADV RB advmod 30 O so
many ADJ JJ amod 31 O many
patients NOUN NNS dobj 28 O patient _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
he PRON PRP nsubj 35 O he
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""
# Ann Cole, a lawyer for the Department of Justice at the hearing, said the law was clear. "The
# statute leaves no room," she said.
_AT_A_HEARING = """
Ann PROPN NNP compound 1 B-PERSON Ann
Cole PROPN NNP nsubj 14 I-PERSON Cole _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
lawyer NOUN NN appos 1 O lawyer
for ADP IN prep 4 O for
the DET DT det 7 B-ORG the
Department PROPN NNP pobj 5 I-ORG Department
of ADP IN prep 7 I-ORG of
Justice PROPN NNP pobj 8 I-ORG Justice
at ADP IN prep 4 O at
the DET DT det 12 O the
hearing NOUN NN pobj 10 O hearing _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
law NOUN NN nsubj 17 O law
was AUX VBD ccomp 14 O be
clear ADJ JJ acomp 17 O clear _
. PUNCT . punct 14 O .
" PUNCT `` punct 29 O " _
The DET DT det 22 O the
statute NOUN NN nsubj 23 O statute
leaves VERB VBZ ccomp 29 O leave
no DET DT det 25 O no
room NOUN NN dobj 23 O room _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
she PRON PRP nsubj 29 O she
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_a_department_at_a_named_hospital_is_the_hospitals() -> None:
    assert _who(_NAMED_HOSPITAL) == [("Sarah Obi", "Lenton General Hospital")]


def test_a_department_at_an_unnamed_hospital_names_no_body() -> None:
    assert _who(_UNNAMED_HOSPITAL) == [("Anil Menon", "")]


def test_a_department_at_a_hearing_stays_the_body() -> None:
    assert _who(_AT_A_HEARING) == [("Ann Cole", "Department of Justice")]
