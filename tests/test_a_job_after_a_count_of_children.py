"""A job after a count of children and `and` (`a mother of four and a nurse`) is the apposition's
role (issue 10, ROLES.md 4: kinship is no role, the job is), also where the parser hangs the job
on `of` as a second object beside the number. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The clinic has no water," said Ama Owusu, a mother of four and a nurse.
_MOTHER_THEN_NURSE = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
clinic NOUN NN nsubj 3 O clinic
has VERB VBZ ccomp 8 O have
no DET DT det 5 O no
water NOUN NN dobj 3 O water _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Ama PROPN NNP compound 10 B-ORG Ama
Owusu PROPN NNP nsubj 8 I-ORG Owusu _
, PUNCT , punct 10 O ,
a DET DT det 13 O a
mother NOUN NN appos 10 O mother
of ADP IN prep 13 O of
four NUM CD pobj 14 B-CARDINAL four
and CCONJ CC cc 15 O and
a DET DT det 18 O a
nurse NOUN NN pobj 14 O nurse _
. PUNCT . punct 8 O . _
"""


# Grace Atieno, a mother of three and a teacher, said: "The school has no books."
_MOTHER_THEN_TEACHER = """
Grace PROPN NNP compound 1 B-PERSON Grace
Atieno PROPN NNP nsubj 11 I-PERSON Atieno _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
mother NOUN NN appos 1 O mother
of ADP IN prep 4 O of
three NUM CD pobj 5 B-CARDINAL three
and CCONJ CC cc 4 O and
a DET DT det 9 O a
teacher NOUN NN conj 4 O teacher _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
" PUNCT `` punct 11 O " _
The DET DT det 15 O the
school NOUN NN nsubj 16 O school
has VERB VBZ ccomp 11 O have
no DET DT det 18 O no
books NOUN NNS dobj 16 O book _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_a_job_hung_on_the_count_of_children() -> None:
    assert _who(_MOTHER_THEN_NURSE) == [("Ama Owusu", "nurse")]


def test_a_job_parsed_as_a_conjunct_after_the_count() -> None:
    assert _who(_MOTHER_THEN_TEACHER) == [("Grace Atieno", "teacher")]
