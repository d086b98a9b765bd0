"""A job in small letters with the field it covers after `for` or `on` before a name (`ANC
spokesperson for education Tumi Mabaso said`, `spokesperson on justice Cathal Brennan`) is held by
the person named, who speaks, with the job and its field as the role and the body before it as
the organisation, as after `director of rugby` (tests/test_job_of_a_field.py); with no field word
between, the name after `for` is the employer (`a spokesman for Ann Cole`), and a party's
members after a field are no holder (`a spokesman for committee Democrats`). A field in the plural
keeps its number in the title before a name (`director of operations`), where only a plural
title's own noun is read in the singular. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The province cut the school meals budget. ANC spokesperson for education Tumi Mabaso said: “It is
# a betrayal of learners.”
_FIELD = """
The DET DT det 1 O the
province NOUN NN nsubj 2 O province
cut VERB VBD ROOT 2 O cut
the DET DT det 6 O the
school NOUN NN compound 5 O school
meals NOUN NNS compound 6 O meal
budget NOUN NN dobj 2 O budget _
. PUNCT . punct 2 O .
ANC PROPN NNP compound 9 B-ORG ANC
spokesperson NOUN NN nsubj 14 O spokesperson
for ADP IN prep 9 O for
education NOUN NN pobj 10 O education
Tumi PROPN NNP compound 13 B-PERSON Tumi
Mabaso PROPN NNP nsubj 14 I-PERSON Mabaso
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
“ PUNCT `` punct 14 O " _
It PRON PRP nsubj 18 O it
is AUX VBZ ccomp 14 O be
a DET DT det 20 O a
betrayal NOUN NN attr 18 O betrayal
of ADP IN prep 20 O of
learners NOUN NNS pobj 21 O learner _
. PUNCT . punct 14 O . _
” PUNCT '' punct 14 O " _
"""

# “It is a betrayal of learners,” said ANC spokesperson for education Tumi Mabaso.
_FIELD_AFTER_THE_VERB = """
“ PUNCT `` punct 9 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 9 O be
a DET DT det 4 O a
betrayal NOUN NN attr 2 O betrayal
of ADP IN prep 4 O of
learners NOUN NNS pobj 5 O learner _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
ANC PROPN NNP compound 11 B-ORG ANC
spokesperson NOUN NN nsubj 9 O spokesperson
for ADP IN prep 11 O for
education NOUN NN compound 15 O education
Tumi PROPN NNP compound 15 B-PERSON Tumi
Mabaso PROPN NNP pobj 12 I-PERSON Mabaso _
. PUNCT . punct 9 O . _
"""

# Fianna Fáil spokesperson on justice Cathal Brennan said the bill was “badly drafted”.
_BRIEF_ON = """
Fianna PROPN NNP compound 2 B-PERSON Fianna
Fáil PROPN NNP compound 2 I-PERSON Fáil
spokesperson NOUN NN nsubj 7 O spokesperson
on ADP IN prep 2 O on
justice NOUN NN pobj 3 O justice
Cathal PROPN NNP compound 6 B-PERSON Cathal
Brennan PROPN NNP appos 2 I-PERSON Brennan
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
bill NOUN NN nsubjpass 13 O bill
was AUX VBD auxpass 13 O be
“ PUNCT `` punct 13 O " _
badly ADV RB advmod 13 O badly
drafted VERB VBN ccomp 7 O draft _
” PUNCT '' punct 13 O " _
. PUNCT . punct 7 O . _
"""

# “It is untrue,” said a spokesman for Ann Cole.
_EMPLOYER = """
“ PUNCT `` punct 6 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 6 O be
untrue ADJ JJ acomp 2 O untrue _
, PUNCT , punct 6 O , _
” PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
a DET DT det 8 O a
spokesman NOUN NN nsubj 6 O spokesman
for ADP IN prep 8 O for
Ann PROPN NNP compound 11 B-PERSON Ann
Cole PROPN NNP pobj 9 I-PERSON Cole _
. PUNCT . punct 6 O . _
"""


def test_the_name_after_a_jobs_field_holds_the_job_and_speaks() -> None:
    assert who(_FIELD) == [("Tumi Mabaso", "spokesperson for education", "ANC")]


def test_the_name_after_a_jobs_field_speaks_after_the_verb_too() -> None:
    assert who(_FIELD_AFTER_THE_VERB) == [("Tumi Mabaso", "spokesperson for education", "ANC")]


def test_a_brief_after_on_is_the_jobs_field() -> None:
    assert who(_BRIEF_ON) == [("Cathal Brennan", "spokesperson on justice", "Fianna Fáil")]


def test_a_name_right_after_for_is_the_employer_not_the_holder() -> None:
    assert who(_EMPLOYER) == [("a spokesman", "spokesman for Ann Cole", "")]


# “It is politics,” said a spokesman for committee Democrats.
_MEMBERS = """
“ PUNCT `` punct 6 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 6 O be
politics NOUN NNS attr 2 O politic _
, PUNCT , punct 6 O , _
” PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
a DET DT det 8 O a
spokesman NOUN NN nsubj 6 O spokesman
for ADP IN prep 8 O for
committee NOUN NN compound 11 O committee
Democrats PROPN NNPS pobj 9 B-NORP Democrats _
. PUNCT . punct 6 O . _
"""


def test_a_partys_members_after_a_field_hold_no_job() -> None:
    assert who(_MEMBERS)[0][0] == "a spokesman"


# Kestrel Foods director of operations Ben Hale said recruitment was "under way".
_PLURAL_FIELD = """
Kestrel PROPN NNP compound 1 B-ORG Kestrel
Foods PROPN NNP compound 2 I-ORG Foods
director NOUN NN nsubj 7 O director
of ADP IN prep 2 O of
operations NOUN NNS pobj 3 O operation
Ben PROPN NNP compound 6 B-PERSON Ben
Hale PROPN NNP appos 2 I-PERSON Hale
said VERB VBD ROOT 7 O say
recruitment NOUN NN nsubj 9 O recruitment
was AUX VBD ccomp 7 O be
" PUNCT `` punct 9 O " _
under ADP IN prep 9 O under
way NOUN NN pobj 11 O way _
" PUNCT '' punct 9 O " _
. PUNCT . punct 7 O . _
"""


def test_a_field_in_the_plural_keeps_its_number_in_the_title() -> None:
    assert who(_PLURAL_FIELD) == [("Ben Hale", "director of operations", "Kestrel Foods")]
