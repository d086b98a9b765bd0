"""Bodies a person worked for before, and bodies named for their members:

- `Analyst Tom Reyes … said Mr Reyes, a former senior analyst at Harbour Bank`: a job held
  before at a body, beside the same job held now, is held now elsewhere or on one's own, so the
  body is no longer the person's (the organisation was *Harbour Bank*);
- `chairman of the NRW rail workers' union`, also in a description (`the 58-year-old chairman
  of the NRW rail workers' union said`): a body's noun owned by the plural of its members, whose
  words open on a name in capitals, is the body the job is held in (the organisation was none);
  with no name before the members (`the rail workers' union`) there is still none;
- `Kerry Lewis of Seaview Park`, `Ana Leota of Lotofaga` (the town tagged a place where the story
  sends spray teams to it): a name after `of` closed by a land's feature, or one the tagger calls
  a place more often than a body, says where the person lives (the organisation was the place);
- `the Plaid Cymru Senedd member for Carmarthen West and Dinas`: a member of a house named in
  capitals sits for a seat, as an MP does, and the seat is no body (the organisation was
  *Carmarthen West*);
- `The Lenton branch of the National Farmers Union said in a statement … "…," the statement
  said`: a part of a body tagged so, which no person holds, issues its statement for the body
  (the statement's organisation was none).

Each from a frozen parse of a sentence written for this file (the entities as the tagger gave
them), so a model update cannot change what a test exercises.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_THE_SAME_JOB_HELD_BEFORE_AT_A_BODY = """
Analyst PROPN NNP compound 2 O Analyst
Tom PROPN NNP compound 2 B-PERSON Tom
Reyes PROPN NNP nsubj 3 I-PERSON Reyes
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
plan NOUN NN nsubj 6 O plan
was AUX VBD ccomp 3 O be
late ADJ JJ acomp 6 O late _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
It PRON PRP nsubj 12 O it
will AUX MD aux 12 O will
cost VERB VB ccomp 20 O cost
far ADV RB advmod 14 O far
more ADJ JJR dobj 12 O more
than SCONJ IN mark 17 O than
anyone PRON NN nsubj 17 O anyone
thinks VERB VBZ advcl 14 O think _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
Mr PROPN NNP compound 22 O Mr
Reyes PROPN NNP nsubj 20 B-ORG Reyes _
, PUNCT , punct 22 O ,
a DET DT det 27 O a
former ADJ JJ amod 27 O former
senior ADJ JJ amod 27 O senior
analyst NOUN NN appos 22 O analyst
at ADP IN prep 27 O at
Harbour PROPN NNP compound 30 B-ORG Harbour
Bank PROPN NNP pobj 28 I-ORG Bank _
. PUNCT . punct 20 O . _
"""

_A_BODY_NAMED_FOR_ITS_MEMBERS = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
stop VERB VB ccomp 8 O stop
every DET DT det 5 O every
train NOUN NN dobj 3 O train _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Tom PROPN NNP compound 10 B-PERSON Tom
Reyes PROPN NNP nsubj 8 I-PERSON Reyes _
, PUNCT , punct 10 O ,
chairman NOUN NN appos 10 O chairman
of ADP IN prep 12 O of
the DET DT det 17 O the
NRW PROPN NNP compound 17 B-ORG NRW
rail NOUN NN compound 17 O rail
workers NOUN NNS poss 19 O worker _
' PART POS case 17 O '
union NOUN NN pobj 13 O union _
. PUNCT . punct 8 O . _
"""

_A_DESCRIPTION_IN_A_BODY_NAMED_FOR_ITS_MEMBERS = """
Tom PROPN NNP compound 1 B-PERSON Tom
Reyes PROPN NNP nsubj 2 I-PERSON Reyes
spoke VERB VBD ROOT 2 O speak
to ADP IN prep 2 O to
a DET DT det 5 O a
rally NOUN NN pobj 3 O rally
in ADP IN prep 5 O in
Lenton PROPN NNP pobj 6 B-GPE Lenton _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
" PUNCT `` punct 13 O " _
We PRON PRP nsubj 13 O we
will AUX MD aux 13 O will
stop VERB VB ccomp 32 O stop
every DET DT det 15 O every
train NOUN NN dobj 13 O train _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
the DET DT det 24 O the
58 NUM CD nummod 21 B-DATE 58 _
- PUNCT HYPH punct 21 I-DATE - _
year NOUN NN npadvmod 23 I-DATE year _
- PUNCT HYPH punct 23 I-DATE - _
old ADJ JJ amod 24 I-DATE old
chairman NOUN NN nsubj 32 O chairman
of ADP IN prep 24 O of
the DET DT det 29 O the
NRW PROPN NNP compound 29 B-ORG NRW
rail NOUN NN compound 29 O rail
workers NOUN NNS poss 31 O worker _
' PART POS case 29 O '
union NOUN NN pobj 25 O union
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

_MEMBERS_WITH_NO_NAME_BEFORE_THEM = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
stop VERB VB ccomp 8 O stop
every DET DT det 5 O every
train NOUN NN dobj 3 O train _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Tom PROPN NNP compound 10 B-PERSON Tom
Reyes PROPN NNP nsubj 8 I-PERSON Reyes _
, PUNCT , punct 10 O ,
chairman NOUN NN appos 10 O chairman
of ADP IN prep 12 O of
the DET DT det 16 O the
rail NOUN NN compound 16 O rail
workers NOUN NNS poss 18 O worker _
' PART POS case 16 O '
union NOUN NN pobj 13 O union _
. PUNCT . punct 8 O . _
"""

_A_NAME_OF_A_PLACE_CLOSED_BY_A_FEATURE = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubjpass 3 O we
were AUX VBD auxpass 3 O be
robbed VERB VBN ccomp 6 O rob _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
one NUM CD nummod 8 B-CARDINAL one
fan NOUN NN nsubj 6 O fan _
, PUNCT , punct 8 O ,
Kerry PROPN NNP compound 11 B-PERSON Kerry
Lewis PROPN NNP appos 8 I-PERSON Lewis
of ADP IN prep 11 O of
Seaview PROPN NNP compound 14 O Seaview
Park PROPN NNP pobj 12 O Park _
. PUNCT . punct 6 O . _
"""

_A_NAME_OF_A_PLACE_TAGGED_A_BODY_ONCE = """
Spray NOUN NN compound 1 O spray
teams NOUN NNS nsubjpass 3 O team
were AUX VBD auxpass 3 O be
sent VERB VBN ROOT 3 O send
to ADP IN prep 3 O to
Lotofaga PROPN NNP pobj 4 B-GPE Lotofaga _
, PUNCT , punct 5 O ,
Falelatai PROPN NNP conj 5 B-GPE Falelatai
and CCONJ CC cc 7 O and
Salani PROPN NNP conj 7 B-NORP Salani _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
At ADP IN prep 20 O at
the DET DT det 14 O the
clinic NOUN NN pobj 12 O clinic _
, PUNCT , punct 20 O ,
Ana PROPN NNP compound 17 B-PERSON Ana
Leota PROPN NNP nsubj 20 I-PERSON Leota
of ADP IN prep 17 O of
Lotofaga PROPN NNP pobj 18 O Lotofaga
said VERB VBD ROOT 20 O say
her PRON PRP$ poss 22 O her
son NOUN NN nsubj 23 O son
was AUX VBD ccomp 20 O be
ill ADJ JJ acomp 23 O ill _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
" PUNCT `` punct 39 O " _
He PRON PRP nsubj 32 O he
could AUX MD aux 32 O could
not PART RB neg 32 O not
even ADV RB advmod 32 O even
hold VERB VB ccomp 39 O hold
his PRON PRP$ poss 34 O his
cup NOUN NN dobj 32 O cup _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
Ms PROPN NNP compound 38 B-PERSON Ms
Leota PROPN NNP nsubj 39 I-PERSON Leota
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""

_A_SEAT_OF_A_HOUSE_NAMED_BEFORE_MEMBER = """
Rhiannon PROPN NNP compound 1 B-PERSON Rhiannon
Pryce PROPN NNP nsubj 14 I-PERSON Pryce _
, PUNCT , punct 1 O ,
the DET DT det 7 O the
Plaid PROPN NNP compound 5 O Plaid
Cymru PROPN NNP compound 6 O Cymru
Senedd PROPN NNP compound 7 O Senedd
member NOUN NN appos 1 O member
for ADP IN prep 7 O for
Carmarthen PROPN NNP compound 10 B-ORG Carmarthen
West PROPN NNP pobj 8 I-ORG West
and CCONJ CC cc 10 O and
Dinas PROPN NNP conj 10 B-ORG Dinas _
, PUNCT , punct 1 O ,
described VERB VBD ROOT 14 O describe
the DET DT det 16 O the
scenes NOUN NNS dobj 14 O scene
as ADP IN prep 14 O as
" PUNCT `` punct 17 O " _
heartbreaking ADJ JJ pobj 17 O heartbreaking _
" PUNCT '' punct 17 O " _
. PUNCT . punct 14 O . _
"""

_A_STATEMENT_OF_A_BRANCH_OF_A_BODY = """
Farmers NOUN NNS nsubj 1 O farmer
pushed VERB VBD ROOT 1 O push
back ADV RB advmod 1 O back _
. PUNCT . punct 1 O .
The DET DT det 6 O the
Lenton PROPN NNP compound 6 B-PERSON Lenton
branch NOUN NN nsubj 12 O branch
of ADP IN prep 6 O of
the DET DT det 11 B-ORG the
National PROPN NNP compound 11 I-ORG National
Farmers PROPN NNP compound 11 I-ORG Farmers
Union PROPN NNP pobj 7 I-ORG Union
said VERB VBD ROOT 12 O say
in ADP IN prep 12 O in
a DET DT det 15 O a
statement NOUN NN pobj 13 O statement
that SCONJ IN mark 19 O that
growers NOUN NNS nsubj 19 O grower
had AUX VBD aux 19 O have
cut VERB VBN acl 15 O cut
their PRON PRP$ poss 21 O their
use NOUN NN dobj 19 O use
of ADP IN prep 21 O of
water NOUN NN pobj 22 O water
by ADP IN prep 19 O by
40 NUM CD nummod 26 B-PERCENT 40 _
% NOUN NN pobj 24 I-PERCENT % _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
" PUNCT `` punct 38 O " _
Blaming VERB VBG amod 31 O blame
farms NOUN NNS nsubj 32 O farm
is AUX VBZ ccomp 38 O be
easy ADJ JJ acomp 32 O easy _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
the DET DT det 37 O the
statement NOUN NN nsubj 38 O statement
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_same_job_held_before_at_a_body_leaves_the_body_behind() -> None:
    assert _rows(_THE_SAME_JOB_HELD_BEFORE_AT_A_BODY) == [("Tom Reyes", "Analyst", "")]


def test_a_body_named_for_its_members_is_the_body_of_the_job() -> None:
    union = "NRW rail workers' union"
    row = ("Tom Reyes", f"chairman of the {union}", union)
    assert _rows(_A_BODY_NAMED_FOR_ITS_MEMBERS) == [row]
    assert _rows(_A_DESCRIPTION_IN_A_BODY_NAMED_FOR_ITS_MEMBERS) == [row]
    unnamed = ("Tom Reyes", "chairman of the rail workers' union", "")
    assert _rows(_MEMBERS_WITH_NO_NAME_BEFORE_THEM) == [unnamed]


def test_a_place_a_person_is_of_is_where_they_live() -> None:
    assert _rows(_A_NAME_OF_A_PLACE_CLOSED_BY_A_FEATURE) == [("Kerry Lewis", "", "")]
    assert _rows(_A_NAME_OF_A_PLACE_TAGGED_A_BODY_ONCE) == [("Ana Leota", "", "")]


def test_the_seat_a_member_of_a_house_sits_for_is_no_body() -> None:
    role = "Plaid Cymru Senedd member for Carmarthen West and Dinas"
    assert _rows(_A_SEAT_OF_A_HOUSE_NAMED_BEFORE_MEMBER) == [("Rhiannon Pryce", role, "")]


def test_a_branch_of_a_body_issues_its_statement_for_the_body() -> None:
    rows = _rows(_A_STATEMENT_OF_A_BRANCH_OF_A_BODY)
    assert rows == [("the statement", "", "National Farmers Union")]
