"""`a spokesperson for Mayor Ana Ruiz`, `press secretary to Health Minister Ann Kole`: a job's
`for` or `to` before an office in full and its holder's name puts the speaker on a person's
staff, not a body's. The role is the job alone and the organisation stays empty (ROLES.md: a
minister is no body), even when the holder's name is untagged and so looks like a body's, and
no body the story named before stands in. A bare name keeps its place in the role (`spokesman
for Ann Cole`, tests/test_job_for_a_field_before_a_name.py) and a body a title's word opens is
still a body (`the Premier League`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# "We will review the decision," said a spokesperson for Mayor Ana Ruiz.
_MAYOR = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
review VERB VB ccomp 8 O review
the DET DT det 5 O the
decision NOUN NN dobj 3 O decision _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
a DET DT det 10 O a
spokesperson NOUN NN nsubj 8 O spokesperson
for ADP IN prep 10 O for
Mayor PROPN NNP compound 14 O Mayor
Ana PROPN NNP compound 14 O Ana
Ruiz PROPN NNP pobj 11 O Ruiz _
. PUNCT . punct 8 O . _
"""


# The Ambulance Employees Association released its figures on Tuesday. "The figures were
# expected," a spokesman for Premier Tom Hale said.
_PREMIER = """
The DET DT det 3 B-ORG the
Ambulance PROPN NNP compound 2 I-ORG Ambulance
Employees PROPN NNPS compound 3 I-ORG Employees
Association PROPN NNP nsubj 4 I-ORG Association
released VERB VBD ROOT 4 O release
its PRON PRP$ poss 6 O its
figures NOUN NNS dobj 4 O figure
on ADP IN prep 4 O on
Tuesday PROPN NNP pobj 7 B-DATE Tuesday _
. PUNCT . punct 4 O .
" PUNCT `` punct 23 O " _
The DET DT det 12 O the
figures NOUN NNS nsubjpass 14 O figure
were AUX VBD auxpass 14 O be
expected VERB VBN ccomp 23 O expect _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
a DET DT det 18 O a
spokesman NOUN NN nsubj 23 O spokesman
for ADP IN prep 18 O for
Premier PROPN NNP compound 22 O Premier
Tom PROPN NNP compound 22 B-PERSON Tom
Hale PROPN NNP pobj 19 I-PERSON Hale
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


# Jo Bell, press secretary to Health Minister Ann Kole, said: "The wards will reopen in May."
_PORTFOLIO = """
Jo PROPN NNP compound 1 B-PERSON Jo
Bell PROPN NNP nsubj 11 I-PERSON Bell _
, PUNCT , punct 1 O ,
press NOUN NN compound 4 O press
secretary NOUN NN appos 1 O secretary
to ADP IN prep 4 O to
Health PROPN NNP compound 7 B-ORG Health
Minister PROPN NNP compound 9 O Minister
Ann PROPN NNP compound 9 B-PERSON Ann
Kole PROPN NNP pobj 5 I-PERSON Kole _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
" PUNCT `` punct 11 O " _
The DET DT det 15 O the
wards NOUN NNS nsubj 17 O ward
will AUX MD aux 17 O will
reopen VERB VB ccomp 11 O reopen
in ADP IN prep 17 O in
May PROPN NNP pobj 18 B-DATE May _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""


# "We have made our position clear," said a spokesman for Secretary of State John Kerry.
_OFFICE_OF_STATE = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
made VERB VBN ccomp 9 O make
our PRON PRP$ poss 5 O our
position NOUN NN nsubj 6 O position
clear ADJ JJ ccomp 3 O clear _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
a DET DT det 11 O a
spokesman NOUN NN nsubj 9 O spokesman
for ADP IN prep 11 O for
Secretary PROPN NNP nmod 17 O Secretary
of ADP IN prep 13 O of
State PROPN NNP pobj 14 B-ORG State
John PROPN NNP compound 17 B-PERSON John
Kerry PROPN NNP pobj 12 I-PERSON Kerry _
. PUNCT . punct 9 O . _
"""


# "The fixture stands," said a spokesman for the Premier League.
_LEAGUE = """
" PUNCT `` punct 6 O " _
The DET DT det 2 O the
fixture NOUN NN nsubj 3 O fixture
stands VERB VBZ ccomp 6 O stand _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
a DET DT det 8 O a
spokesman NOUN NN nsubj 6 O spokesman
for ADP IN prep 8 O for
the DET DT det 12 B-ORG the
Premier PROPN NNP compound 12 I-ORG Premier
League PROPN NNP pobj 9 I-ORG League _
. PUNCT . punct 6 O . _
"""


def test_an_untagged_office_holder_is_no_body() -> None:
    assert who(_MAYOR) == [("a spokesperson", "spokesperson", "")]


def test_the_body_named_before_does_not_stand_in_for_the_office_holder() -> None:
    assert who(_PREMIER) == [("a spokesman", "spokesman", "")]


def test_a_portfolio_and_office_before_the_holder_leave_the_role() -> None:
    assert who(_PORTFOLIO) == [("Jo Bell", "press secretary", "")]


def test_an_office_with_of_before_the_holder_leaves_the_role() -> None:
    assert who(_OFFICE_OF_STATE) == [("a spokesman", "spokesman", "")]


def test_a_body_a_titles_word_opens_stays_the_body() -> None:
    assert who(_LEAGUE) == [("a spokesman", "spokesman for the Premier League", "Premier League")]
