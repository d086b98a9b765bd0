"""`Her seat in the Senate`, `X sits in the Lok Sabha`, `X, who has served in the Senate since
2013,`: a house that makes laws (models/legislatures.txt), named in capitals after the `in` of a
verb of sitting or serving held now, or of a place one holds (seat, job, perch) owned by the
person, is the body the article ties the person to (ROLES.md 5); not a house served in before
(`served in the Dáil from 1987 to 2002`), nor one a possessive pronoun may tie to either of two
people the sentence names, unless the pronoun stands in a phrase of the clause whose subject is
its person (`when X railed from her perch in the Senate`). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Gladys Wambui, the senator for Nyeri, toured the county hospital on Monday. Her seat in the
# Senate has given her a platform on health funding. "Nurses here work double shifts," Ms. Wambui
# said.
_SEAT = """
Gladys PROPN NNP compound 1 B-PERSON Gladys
Wambui PROPN NNP nsubj 8 I-PERSON Wambui _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
senator NOUN NN appos 1 O senator
for ADP IN prep 4 O for
Nyeri PROPN NNP pobj 5 B-ORG Nyeri _
, PUNCT , punct 1 O ,
toured VERB VBD ROOT 8 O tour
the DET DT det 11 O the
county NOUN NN compound 11 O county
hospital NOUN NN dobj 8 O hospital
on ADP IN prep 8 O on
Monday PROPN NNP pobj 12 B-DATE Monday _
. PUNCT . punct 8 O .
Her PRON PRP$ poss 16 O her
seat NOUN NN nsubj 21 O seat
in ADP IN prep 16 O in
the DET DT det 19 O the
Senate PROPN NNP pobj 17 B-ORG Senate
has AUX VBZ aux 21 O have
given VERB VBN ROOT 21 O give
her PRON PRP dative 21 O she
a DET DT det 24 O a
platform NOUN NN dobj 21 O platform
on ADP IN prep 24 O on
health NOUN NN compound 27 O health
funding NOUN NN pobj 25 O funding _
. PUNCT . punct 21 O .
" PUNCT `` punct 39 O " _
Nurses NOUN NNS nsubj 32 O nurse
here ADV RB advmod 30 O here
work VERB VBP ccomp 39 O work
double ADJ JJ amod 34 O double
shifts NOUN NNS dobj 32 O shift _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
Ms. PROPN NNP compound 38 O Ms.
Wambui PROPN NNP nsubj 39 B-PERSON Wambui
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""

# Rahul Menon sits in the Lok Sabha for a Kerala constituency. "The railway line is forty years
# overdue," Mr. Menon said.
_SITS = """
Rahul PROPN NNP compound 1 B-PERSON Rahul
Menon PROPN NNP nsubj 2 I-PERSON Menon
sits VERB VBZ ROOT 2 O sit
in ADP IN prep 2 O in
the DET DT det 6 B-FAC the
Lok PROPN NNP compound 6 I-FAC Lok
Sabha PROPN NNP pobj 3 I-FAC Sabha
for ADP IN prep 2 O for
a DET DT det 10 O a
Kerala PROPN NNP compound 10 B-GPE Kerala
constituency NOUN NN pobj 7 O constituency _
. PUNCT . punct 2 O .
" PUNCT `` punct 16 O " _
The DET DT det 15 O the
railway NOUN NN compound 15 O railway
line NOUN NN nsubj 16 O line
is AUX VBZ ccomp 24 O be
forty NUM CD nummod 18 B-DATE forty
years NOUN NNS npadvmod 19 I-DATE year
overdue ADJ JJ acomp 16 O overdue _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Mr. PROPN NNP compound 23 O Mr.
Menon PROPN NNP nsubj 24 B-PERSON Menon
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# Senator Tom Barrow of Queensland spoke to reporters in Brisbane. Mr. Barrow, who has served in
# the Senate since 2013, opposes the tax. "This tax will kill small miners," Mr. Barrow said.
_SERVED = """
Senator PROPN NNP compound 2 O Senator
Tom PROPN NNP compound 2 B-PERSON Tom
Barrow PROPN NNP nsubj 5 I-PERSON Barrow
of ADP IN prep 2 O of
Queensland PROPN NNP pobj 3 B-GPE Queensland
spoke VERB VBD ROOT 5 O speak
to ADP IN prep 5 O to
reporters NOUN NNS pobj 6 O reporter
in ADP IN prep 5 O in
Brisbane PROPN NNP pobj 8 B-GPE Brisbane _
. PUNCT . punct 5 O .
Mr. PROPN NNP compound 12 O Mr.
Barrow PROPN NNP nsubj 23 B-PERSON Barrow _
, PUNCT , punct 12 O ,
who PRON WP nsubj 16 O who
has AUX VBZ aux 16 O have
served VERB VBN relcl 12 O serve
in ADP IN prep 16 O in
the DET DT det 19 O the
Senate PROPN NNP pobj 17 B-ORG Senate
since SCONJ IN prep 16 O since
2013 NUM CD pobj 20 B-DATE 2013 _
, PUNCT , punct 12 O ,
opposes VERB VBZ ROOT 23 O oppose
the DET DT det 25 O the
tax NOUN NN dobj 23 O tax _
. PUNCT . punct 23 O .
" PUNCT `` punct 38 O " _
This DET DT det 29 O this
tax NOUN NN nsubj 31 O tax
will AUX MD aux 31 O will
kill VERB VB ccomp 38 O kill
small ADJ JJ amod 33 O small
miners NOUN NNS dobj 31 O miner _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
Mr. PROPN NNP compound 37 O Mr.
Barrow PROPN NNP nsubj 38 B-PERSON Barrow
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""

# Tom Keane served in the Dáil from 1987 to 2002. "Those were hard years," Mr. Keane said.
_PAST = """
Tom PROPN NNP compound 1 B-PERSON Tom
Keane PROPN NNP nsubj 2 I-PERSON Keane
served VERB VBD ROOT 2 O serve
in ADP IN prep 2 O in
the DET DT det 5 O the
Dáil PROPN NNP pobj 3 O Dáil
from ADP IN prep 2 O from
1987 NUM CD pobj 6 B-DATE 1987
to ADP IN prep 2 O to
2002 NUM CD pobj 8 O 2002 _
. PUNCT . punct 2 O .
" PUNCT `` punct 20 O " _
Those PRON DT nsubj 13 O those
were AUX VBD ccomp 20 O be
hard ADJ JJ amod 15 O hard
years NOUN NNS attr 13 O year _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Mr. PROPN NNP compound 19 O Mr.
Keane PROPN NNP nsubj 20 B-PERSON Keane
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# Amina Bello and Ngozi Eze met in Abuja on Friday. Ms. Bello said that when Ms. Eze spoke out on
# fuel prices from her seat in the Senate, "she spoke for every market woman."
_TWO = """
Amina PROPN NNP compound 1 B-PERSON Amina
Bello PROPN NNP nsubj 5 I-PERSON Bello
and CCONJ CC cc 1 O and
Ngozi PROPN NNP compound 4 B-PERSON Ngozi
Eze PROPN NNP conj 1 I-PERSON Eze
met VERB VBD ROOT 5 O meet
in ADP IN prep 5 O in
Abuja PROPN NNP pobj 6 B-GPE Abuja
on ADP IN prep 5 O on
Friday PROPN NNP pobj 8 B-DATE Friday _
. PUNCT . punct 5 O .
Ms. PROPN NNP compound 12 O Ms.
Bello PROPN NNP nsubj 13 B-PERSON Bello
said VERB VBD ROOT 13 O say
that SCONJ IN mark 32 O that
when SCONJ WRB advmod 18 O when
Ms. PROPN NNP compound 17 O Ms.
Eze PROPN NNP nsubj 18 B-PERSON Eze
spoke VERB VBD advcl 32 O speak
out ADP RP prt 18 O out
on ADP IN prep 18 O on
fuel NOUN NN compound 22 O fuel
prices NOUN NNS pobj 20 O price
from ADP IN prep 18 O from
her PRON PRP$ poss 25 O her
seat NOUN NN pobj 23 O seat
in ADP IN prep 25 O in
the DET DT det 28 O the
Senate PROPN NNP pobj 26 B-ORG Senate _
, PUNCT , punct 32 O ,
" PUNCT `` punct 32 O " _
she PRON PRP nsubj 32 O she
spoke VERB VBD ccomp 13 O speak
for ADP IN prep 32 O for
every DET DT det 36 O every
market NOUN NN compound 36 O market
woman NOUN NN pobj 33 O woman _
. PUNCT . punct 13 O . _
" PUNCT '' punct 13 O " _
"""


# Ann Otieno, the health minister, opened the ward on Monday. "We have hired forty nurses," Ms.
# Otieno said. Gladys Wambui joined her there. Ms. Otieno said that when Ms. Wambui railed
# against the cuts from her perch in the Senate, "she was speaking for every nurse." "The wards
# are full," Ms. Wambui said.
_SUBJECT = """
Ann PROPN NNP compound 1 B-PERSON Ann
Otieno PROPN NNP nsubj 7 I-PERSON Otieno _
, PUNCT , punct 1 O ,
the DET DT det 5 O the
health NOUN NN compound 5 O health
minister NOUN NN appos 1 O minister _
, PUNCT , punct 1 O ,
opened VERB VBD ROOT 7 O open
the DET DT det 9 O the
ward NOUN NN dobj 7 O ward
on ADP IN prep 7 O on
Monday PROPN NNP pobj 10 B-DATE Monday _
. PUNCT . punct 7 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 16 O we
have AUX VBP aux 16 O have
hired VERB VBN ccomp 23 O hire
forty NUM CD nummod 18 B-CARDINAL forty
nurses NOUN NNS dobj 16 O nurse _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Ms. PROPN NNP compound 22 O Ms.
Otieno PROPN NNP nsubj 23 B-PERSON Otieno
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O .
Gladys PROPN NNP compound 26 B-PERSON Gladys
Wambui PROPN NNP nsubj 27 I-PERSON Wambui
joined VERB VBD ROOT 27 O join
her PRON PRP dobj 27 O she
there ADV RB advmod 27 O there _
. PUNCT . punct 27 O .
Ms. PROPN NNP compound 32 O Ms.
Otieno PROPN NNP nsubj 33 B-PERSON Otieno
said VERB VBD ROOT 33 O say
that SCONJ IN mark 52 O that
when SCONJ WRB advmod 38 O when
Ms. PROPN NNP compound 37 O Ms.
Wambui PROPN NNP nsubj 38 B-PERSON Wambui
railed VERB VBD advcl 52 O rail
against ADP IN prep 38 O against
the DET DT det 41 O the
cuts NOUN NNS pobj 39 O cut
from ADP IN prep 41 O from
her PRON PRP$ poss 44 O her
perch NOUN NN pobj 42 O perch
in ADP IN prep 44 O in
the DET DT det 47 O the
Senate PROPN NNP pobj 45 B-ORG Senate _
, PUNCT , punct 52 O ,
" PUNCT `` punct 52 O " _
she PRON PRP nsubj 52 O she
was AUX VBD aux 52 O be
speaking VERB VBG ccomp 33 O speak
for ADP IN prep 52 O for
every DET DT det 55 O every
nurse NOUN NN pobj 53 O nurse _
. PUNCT . punct 33 O . _
" PUNCT '' punct 33 O "
" PUNCT `` punct 67 O " _
The DET DT det 60 O the
wards NOUN NNS nsubj 61 O ward
are AUX VBP ccomp 67 O be
full ADJ JJ acomp 61 O full _
, PUNCT , punct 67 O , _
" PUNCT '' punct 67 O "
Ms. PROPN NNP compound 66 O Ms.
Wambui PROPN NNP nsubj 67 B-PERSON Wambui
said VERB VBD ROOT 67 O say _
. PUNCT . punct 67 O . _
"""

# Gladys Wambui toured the hospital on Monday with Ann Otieno. Ms. Otieno said that Ms. Wambui
# had praised her work in the Senate. "The wards are full," Ms. Wambui said.
_OBJECT = """
Gladys PROPN NNP compound 1 B-PERSON Gladys
Wambui PROPN NNP nsubj 2 I-PERSON Wambui
toured VERB VBD ROOT 2 O tour
the DET DT det 4 O the
hospital NOUN NN dobj 2 O hospital
on ADP IN prep 2 O on
Monday PROPN NNP pobj 5 B-DATE Monday
with ADP IN prep 2 O with
Ann PROPN NNP compound 9 B-PERSON Ann
Otieno PROPN NNP pobj 7 I-PERSON Otieno _
. PUNCT . punct 2 O .
Ms. PROPN NNP compound 12 O Ms.
Otieno PROPN NNP nsubj 13 B-PERSON Otieno
said VERB VBD ROOT 13 O say
that SCONJ IN mark 18 O that
Ms. PROPN NNP compound 16 O Ms.
Wambui PROPN NNP nsubj 18 B-PERSON Wambui
had AUX VBD aux 18 O have
praised VERB VBN ccomp 13 O praise
her PRON PRP$ poss 20 O her
work NOUN NN dobj 18 O work
in ADP IN prep 18 O in
the DET DT det 23 O the
Senate PROPN NNP pobj 21 B-ORG Senate _
. PUNCT . punct 13 O .
" PUNCT `` punct 34 O " _
The DET DT det 27 O the
wards NOUN NNS nsubj 28 O ward
are AUX VBP ccomp 34 O be
full ADJ JJ acomp 28 O full _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
Ms. PROPN NNP compound 33 O Ms.
Wambui PROPN NNP nsubj 34 B-PERSON Wambui
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""




def test_a_seat_the_person_holds_in_the_senate_ties_them_to_it() -> None:
    assert who_of(_SEAT) == [("Gladys Wambui", "senator for Nyeri", "Senate")]


def test_one_who_sits_in_a_house_is_of_it() -> None:
    assert who_of(_SITS) == [("Rahul Menon", "", "Lok Sabha")]


def test_one_who_has_served_in_the_senate_since_a_year_is_of_it() -> None:
    assert who_of(_SERVED) == [("Tom Barrow", "Senator", "Senate")]


def test_a_house_served_in_before_is_no_body_of_now() -> None:
    assert who_of(_PAST) == [("Tom Keane", "", "")]


def test_her_seat_with_two_people_named_ties_no_one() -> None:
    assert [(s, o) for s, _, o in who_of(_TWO)] == [("Amina Bello", "")]


def test_her_seat_in_a_clause_whose_subject_she_is_ties_her_to_it() -> None:
    # (`her` in a phrase on `railed`, whose subject is Ms. Wambui, is hers, though the
    # sentence names Ms. Otieno, more prominent, too.)
    assert [(s, o) for s, _, o in who_of(_SUBJECT)] == [
        ("Ann Otieno", ""),
        ("Ann Otieno", ""),
        ("Gladys Wambui", "Senate"),
    ]


def test_her_work_the_verb_acts_on_ties_no_one() -> None:
    assert who_of(_OBJECT) == [("Gladys Wambui", "", "")]
