"""`Retired teacher Graham Wilson said … "…," the retiree said`: `the retiree` or `the pensioner`
stands for the one person the story described as retired (a role opening with `retired`,
models/job_families.txt family `retired`), as `the teacher` would, also with someone else named
between; before, it was someone unnamed (*the retiree*). Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Retired teacher Graham Wilson said he relies on the bus to reach the hospital. "Without it I
# would be stranded," the retiree said.
_RETIREE = """
Retired ADJ JJ amod 1 O retired
teacher NOUN NN compound 3 O teacher
Graham PROPN NNP compound 3 B-PERSON Graham
Wilson PROPN NNP nsubj 4 I-PERSON Wilson
said VERB VBD ROOT 4 O say
he PRON PRP nsubj 6 O he
relies VERB VBZ ccomp 4 O rely
on ADP IN prep 6 O on
the DET DT det 9 O the
bus NOUN NN pobj 7 O bus
to PART TO aux 11 O to
reach VERB VB xcomp 6 O reach
the DET DT det 13 O the
hospital NOUN NN dobj 11 O hospital _
. PUNCT . punct 4 O .
" PUNCT `` punct 26 O " _
Without ADP IN prep 21 O without
it PRON PRP pobj 16 O it
I PRON PRP nsubjpass 21 O I
would AUX MD aux 21 O would
be AUX VB auxpass 21 O be
stranded VERB VBN ccomp 26 O strand _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
the DET DT det 25 O the
retiree NOUN NN nsubj 26 O retiree
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

# Retired nurse Ann Kelly, 71, said the clinic should stay. Councillor Tom Hale disagreed. "We
# cannot keep paying for an empty building," he said. "It is never empty," the pensioner said.
_NAMED_BETWEEN = """
Retired VERB VBN amod 1 O retire
nurse NOUN NN compound 3 O nurse
Ann PROPN NNP compound 3 B-PERSON Ann
Kelly PROPN NNP nsubj 7 I-PERSON Kelly _
, PUNCT , punct 3 O ,
71 NUM CD appos 3 B-DATE 71 _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
clinic NOUN NN nsubj 11 O clinic
should AUX MD aux 11 O should
stay VERB VB ccomp 7 O stay _
. PUNCT . punct 7 O .
Councillor PROPN NNP compound 15 O Councillor
Tom PROPN NNP compound 15 B-PERSON Tom
Hale PROPN NNP nsubj 16 I-PERSON Hale
disagreed VERB VBD ROOT 16 O disagree _
. PUNCT . punct 16 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 22 O we
can AUX MD aux 22 O can _
not PART RB neg 22 O not
keep VERB VB ccomp 31 O keep
paying VERB VBG xcomp 22 O pay
for ADP IN prep 23 O for
an DET DT det 27 O an
empty ADJ JJ amod 27 O empty
building NOUN NN pobj 24 O building _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O .
" PUNCT `` punct 42 O " _
It PRON PRP nsubj 35 O it
is AUX VBZ ccomp 42 O be
never ADV RB neg 35 O never
empty ADJ JJ acomp 35 O empty _
, PUNCT , punct 42 O , _
" PUNCT '' punct 42 O "
the DET DT det 41 O the
pensioner NOUN NN nsubj 42 O pensioner
said VERB VBD ROOT 42 O say _
. PUNCT . punct 42 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "role"))


def test_the_retiree_is_the_retired_teacher() -> None:
    assert _who(_RETIREE) == [("Graham Wilson", "Retired teacher")]


def test_the_pensioner_is_the_retired_nurse_with_another_named_between() -> None:
    assert _who(_NAMED_BETWEEN) == [("Tom Hale", "Councillor"), ("Ann Kelly", "Retired nurse")]
