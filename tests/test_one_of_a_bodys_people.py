"""`said Dan Price, one of Victory's staff`: one of a body's staff or members, after a name, is of
that body, with no role (ROLES.md: membership is no role); one of a body's holders of a role
is that role's holder there. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Melbourne Victory have sacked their fitness coach, the club said. "We want to be the fittest side in the
# league," said Dan Price, one of Victory's staff.
_STAFF = """
Melbourne PROPN NNP compound 1 B-ORG Melbourne
Victory PROPN NNP nsubj 3 I-ORG Victory
have AUX VBP aux 3 O have
sacked VERB VBN ccomp 10 O sack
their PRON PRP$ poss 6 O their
fitness NOUN NN compound 6 O fitness
coach NOUN NN dobj 3 O coach _
, PUNCT , punct 10 O ,
the DET DT det 9 O the
club NOUN NN nsubj 10 O club
said VERB VBD ROOT 10 O say _
. PUNCT . punct 10 O .
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 14 O we
want VERB VBP ccomp 25 O want
to PART TO aux 16 O to
be AUX VB xcomp 14 O be
the DET DT det 19 O the
fittest ADJ JJS amod 19 O fit
side NOUN NN attr 16 O side
in ADP IN prep 19 O in
the DET DT det 22 O the
league NOUN NN pobj 20 O league _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
said VERB VBD ROOT 25 O say
Dan PROPN NNP compound 27 B-PERSON Dan
Price PROPN NNP nsubj 25 I-PERSON Price _
, PUNCT , punct 27 O ,
one NUM CD appos 27 B-CARDINAL one
of ADP IN prep 29 O of
Victory PROPN NNP poss 33 O Victory _
's PART POS case 31 O 's
staff NOUN NN pobj 30 O staff _
. PUNCT . punct 25 O . _
"""

# The Umlazi Chess Club meets in a church hall. "I came for the tea," said Sipho Dube, one of four club
# members picked for the national team.
_MEMBERS = """
The DET DT det 3 B-ORG the
Umlazi PROPN NNP compound 3 I-ORG Umlazi
Chess PROPN NNP compound 3 I-ORG Chess
Club PROPN NNP nsubj 4 I-ORG Club
meets VERB VBZ ROOT 4 O meet
in ADP IN prep 4 O in
a DET DT det 8 O a
church NOUN NN compound 8 O church
hall NOUN NN pobj 5 O hall _
. PUNCT . punct 4 O .
" PUNCT `` punct 18 O " _
I PRON PRP nsubj 12 O I
came VERB VBD ccomp 18 O come
for ADP IN prep 12 O for
the DET DT det 15 O the
tea NOUN NN pobj 13 O tea _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
said VERB VBD ROOT 18 O say
Sipho PROPN NNP compound 20 B-PERSON Sipho
Dube PROPN NNP nsubj 18 I-PERSON Dube _
, PUNCT , punct 20 O ,
one NUM CD appos 20 B-CARDINAL one
of ADP IN prep 22 O of
four NUM CD nummod 26 B-CARDINAL four
club NOUN NN compound 26 O club
members NOUN NNS pobj 23 O member
picked VERB VBD acl 22 O pick
for ADP IN prep 27 O for
the DET DT det 31 O the
national ADJ JJ amod 31 O national
team NOUN NN pobj 28 O team _
. PUNCT . punct 18 O . _
"""

# The National Union of Metalworkers of South Africa has called a strike. "Nobody wants this," said Thabo
# Nkosi, one of the union's shop stewards.
_STEWARDS = """
The DET DT det 2 B-ORG the
National PROPN NNP compound 2 I-ORG National
Union PROPN NNP nsubj 9 I-ORG Union
of ADP IN prep 2 I-ORG of
Metalworkers PROPN NNP pobj 3 I-ORG Metalworkers
of ADP IN prep 4 I-ORG of
South PROPN NNP compound 7 I-ORG South
Africa PROPN NNP pobj 5 I-ORG Africa
has AUX VBZ aux 9 O have
called VERB VBN ROOT 9 O call
a DET DT det 11 O a
strike NOUN NN dobj 9 O strike _
. PUNCT . punct 9 O .
" PUNCT `` punct 19 O " _
Nobody PRON NN nsubj 15 O nobody
wants VERB VBZ ccomp 19 O want
this PRON DT dobj 15 O this _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
said VERB VBD ROOT 19 O say
Thabo PROPN NNP compound 21 B-ORG Thabo
Nkosi PROPN NNP nsubj 19 I-ORG Nkosi _
, PUNCT , punct 21 O ,
one NUM CD appos 21 B-CARDINAL one
of ADP IN prep 23 O of
the DET DT det 26 O the
union NOUN NN poss 29 O union _
's PART POS case 26 O 's
shop NOUN NN compound 29 O shop
stewards NOUN NNS pobj 24 O steward _
. PUNCT . punct 19 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_one_of_a_sides_staff_is_of_the_side() -> None:
    assert _rows(_STAFF) == [("Dan Price", "", "Melbourne Victory")]


def test_one_of_a_clubs_members_is_of_the_club() -> None:
    assert _rows(_MEMBERS) == [("Sipho Dube", "", "Umlazi Chess Club")]


def test_one_of_a_unions_stewards_is_a_steward_there() -> None:
    body = "National Union of Metalworkers of South Africa"
    assert _rows(_STEWARDS) == [("Thabo Nkosi", "shop steward", body)]
