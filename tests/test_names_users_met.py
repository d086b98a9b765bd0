"""Names and bodies a user met in stories of their own: a job's field before a form of address
(`executive for trade Dr Charles Kerich`); Welsh names with `ap` (`Mabon ap Gwynfor`, `Rhun ap
Iorwerth` with the surname tagged a place); a trade that is a business's noun too, written as a
person's job (`a retired mail carrier`); a shop named after the person a feature calls by her
given name (`Panadería Rosa`, then `Rosa says`); and `the company` in a story whose headline and
dateline name its city, which the tagger calls a body; and a given name tagged a people before a
surname tagged a body (`Belinda Kayser-Echeozonjoku`); and a side named by a plural mid-sentence
(`“…,” Rangers said`) is a body still. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]

# Nairobi County executive for trade Dr Charles Kerich defended the levy. / "The money will come
# back to the traders," Kerich said.
_A_FIELD_BEFORE_A_DOCTOR = """
Nairobi PROPN NNP compound 2 B-GPE Nairobi
County PROPN NNP compound 2 I-GPE County
executive NOUN NN nsubj 8 O executive
for ADP IN prep 2 O for
trade NOUN NN compound 7 O trade
Dr PROPN NNP compound 7 O Dr
Charles PROPN NNP compound 7 B-PERSON Charles
Kerich PROPN NNP pobj 3 I-PERSON Kerich
defended VERB VBD ROOT 8 O defend
the DET DT det 10 O the
levy NOUN NN dobj 8 O levy _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
" PUNCT `` punct 17 O " _
The DET DT det 15 O the
money NOUN NN nsubj 17 O money
will AUX MD aux 17 O will
come VERB VB ccomp 25 O come
back ADV RB advmod 17 O back
to ADP IN prep 18 O to
the DET DT det 21 O the
traders NOUN NNS pobj 19 O trader _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Kerich PROPN NNP nsubj 25 B-PERSON Kerich
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


# Mabon ap Gwynfor, Plaid Cymru's health spokesperson, called for a plan. / "Staff are exhausted,"
# Mr ap Gwynfor said.
_A_WELSH_NAME = """
Mabon PROPN NNP compound 2 B-PERSON Mabon
ap PROPN NNP compound 2 I-PERSON ap
Gwynfor PROPN NNP nsubj 10 I-PERSON Gwynfor _
, PUNCT , punct 2 O ,
Plaid PROPN NNP compound 5 O Plaid
Cymru PROPN NNP poss 8 O Cymru _
's PART POS case 5 O 's
health NOUN NN compound 8 O health
spokesperson NOUN NN appos 2 O spokesperson _
, PUNCT , punct 2 O ,
called VERB VBD ROOT 10 O call
for ADP IN prep 10 O for
a DET DT det 13 O a
plan NOUN NN pobj 11 O plan _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 25 O " _
Staff NOUN NN nsubjpass 19 O staff
are AUX VBP auxpass 19 O be
exhausted VERB VBN ccomp 25 O exhaust _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Mr PROPN NNP compound 24 O Mr
ap PROPN NNP compound 24 O ap
Gwynfor PROPN NNP nsubj 25 B-PERSON Gwynfor
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


# "Staff are exhausted," said Rhun ap Iorwerth, the party's leader.
_A_WELSH_SURNAME_TAGGED_A_PLACE = """
" PUNCT `` punct 6 O " _
Staff NOUN NN nsubjpass 3 O staff
are AUX VBP auxpass 3 O be
exhausted VERB VBN ccomp 6 O exhaust _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Rhun PROPN NNP compound 9 B-PERSON Rhun
ap PROPN NNP compound 9 O ap
Iorwerth PROPN NNP nsubj 6 B-GPE Iorwerth _
, PUNCT , punct 9 O ,
the DET DT det 12 O the
party NOUN NN poss 14 O party _
's PART POS case 12 O 's
leader NOUN NN appos 9 O leader _
. PUNCT . punct 6 O . _
"""


# "I have been coming here for years," says customer Frank Ortiz, a retired mail carrier.
_A_MAIL_CARRIER = """
" PUNCT `` punct 10 O " _
I PRON PRP nsubj 4 O I
have AUX VBP aux 4 O have
been AUX VBN aux 4 O be
coming VERB VBG ccomp 10 O come
here ADV RB advmod 4 O here
for ADP IN prep 4 O for
years NOUN NNS pobj 6 B-DATE year _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
says VERB VBZ ROOT 10 O say
customer NOUN NN compound 13 O customer
Frank PROPN NNP compound 13 B-PERSON Frank
Ortiz PROPN NNP nsubj 10 I-PERSON Ortiz _
, PUNCT , punct 13 O ,
a DET DT det 18 O a
retired VERB VBN amod 18 O retire
mail NOUN NN compound 18 O mail
carrier NOUN NN appos 13 O carrier _
. PUNCT . punct 10 O . _
"""


# At 84, Rosa Delgado still arrives at her bakery every day. / "People ask me when I will stop,"
# Rosa says. / Delgado opened Panadería Rosa in 1968 with a loan. / "If you cannot pay, you still
# eat," Rosa says.
_A_BAKERY_NAMED_FOR_HER = """
At ADP IN prep 6 O at
84 NUM CD pobj 0 B-DATE 84 _
, PUNCT , punct 6 O ,
Rosa PROPN NNP compound 4 B-PERSON Rosa
Delgado PROPN NNP nsubj 6 I-PERSON Delgado
still ADV RB advmod 6 O still
arrives VERB VBZ ROOT 6 O arrive
at ADP IN prep 6 O at
her PRON PRP$ poss 9 O her
bakery NOUN NN pobj 7 O bakery
every DET DT det 11 O every
day NOUN NN npadvmod 6 O day _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 25 O " _
People NOUN NNS nsubj 16 O People
ask VERB VBP ccomp 25 O ask
me PRON PRP dobj 16 O I
when SCONJ WRB advmod 21 O when
I PRON PRP nsubj 21 O I
will AUX MD aux 21 O will
stop VERB VB advcl 16 O stop _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Rosa PROPN NNP nsubj 25 B-PERSON Rosa
says VERB VBZ ROOT 25 O say _
. PUNCT . punct 25 O . _
<paragraph> SPACE _SP dep 26 O <paragraph> _
Delgado PROPN NNP nsubj 29 B-PERSON Delgado
opened VERB VBD ROOT 29 O open
Panadería PROPN NNP compound 31 O Panadería
Rosa PROPN NNP dobj 29 B-PERSON Rosa
in ADP IN prep 29 O in
1968 NUM CD pobj 32 B-DATE 1968
with ADP IN prep 29 O with
a DET DT det 36 O a
loan NOUN NN pobj 34 O loan _
. PUNCT . punct 29 O . _
<paragraph> SPACE _SP dep 37 O <paragraph> _
" PUNCT `` punct 52 O " _
If SCONJ IN mark 44 O if
you PRON PRP nsubj 44 O you
can AUX MD aux 44 O can _
not PART RB neg 44 O not
pay VERB VB advcl 48 O pay _
, PUNCT , punct 48 O ,
you PRON PRP nsubj 48 O you
still ADV RB advmod 48 O still
eat VERB VBP ccomp 52 O eat _
, PUNCT , punct 52 O , _
" PUNCT '' punct 52 O "
Rosa PROPN NNP nsubj 52 B-PERSON Rosa
says VERB VBZ ROOT 52 O say _
. PUNCT . punct 52 O . _
"""


# Karachi heatwave kills dozens as power cuts bite / KARACHI: At least 30 people have died in a
# heatwave gripping Karachi, officials said on Tuesday. / K-Electric, the city's power utility,
# blamed illegal connections for the outages. "Load-shedding is carried out only in high-loss
# areas," the company's spokesperson Imran Rana said.
_A_CITY_IN_THE_HEADLINE = """
Karachi PROPN NNP compound 1 B-ORG Karachi
heatwave VERB VBP nsubj 2 O heatwave
kills VERB VBZ ROOT 2 O kill
dozens NOUN NNS dobj 2 B-CARDINAL dozen
as SCONJ IN mark 6 O as
power NOUN NN compound 6 O power
cuts NOUN NNS advcl 2 O cut
bite VERB VBP dobj 6 O bite _
<paragraph> SPACE _SP dep 7 O <paragraph> _
KARACHI PROPN NNP ROOT 9 B-ORG KARACHI _
: PUNCT : punct 9 O :
At ADV RB advmod 12 B-CARDINAL at
least ADJ JJS advmod 13 I-CARDINAL least
30 NUM CD nummod 14 I-CARDINAL 30
people NOUN NNS nsubj 16 O people
have AUX VBP aux 16 O have
died VERB VBN ccomp 24 O die
in ADP IN prep 16 O in
a DET DT det 19 O a
heatwave NOUN NN pobj 17 O heatwave
gripping VERB VBG acl 19 O grip
Karachi PROPN NNP dobj 20 B-ORG Karachi _
, PUNCT , punct 24 O ,
officials NOUN NNS nsubj 24 O official
said VERB VBD ROOT 24 O say
on ADP IN prep 24 O on
Tuesday PROPN NNP pobj 25 B-DATE Tuesday _
. PUNCT . punct 24 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
K PROPN NNP compound 31 B-ORG K _
- PUNCT HYPH punct 31 I-ORG - _
Electric PROPN NNP nsubj 39 I-ORG Electric _
, PUNCT , punct 31 O ,
the DET DT det 34 O the
city NOUN NN poss 37 O city _
's PART POS case 34 O 's
power NOUN NN compound 37 O power
utility NOUN NN appos 31 O utility _
, PUNCT , punct 31 O ,
blamed VERB VBD ROOT 39 O blame
illegal ADJ JJ amod 41 O illegal
connections NOUN NNS dobj 39 O connection
for ADP IN prep 41 O for
the DET DT det 44 O the
outages NOUN NNS pobj 42 O outage _
. PUNCT . punct 39 O .
" PUNCT `` punct 51 O " _
Load NOUN NN compound 49 O load _
- PUNCT HYPH punct 49 O - _
shedding NOUN NN nsubjpass 51 O shedding
is AUX VBZ auxpass 51 O be
carried VERB VBN ccomp 67 O carry
out ADP RP prt 51 O out
only ADV RB advmod 54 O only
in ADP IN prep 51 O in
high ADJ JJ amod 57 O high _
- PUNCT HYPH punct 57 O - _
loss NOUN NN compound 58 O loss
areas NOUN NNS pobj 54 O area _
, PUNCT , punct 67 O , _
" PUNCT '' punct 67 O "
the DET DT det 62 O the
company NOUN NN poss 66 O company _
's PART POS case 62 O 's
spokesperson NOUN NN compound 66 O spokesperson
Imran PROPN NNP compound 66 B-ORG Imran
Rana PROPN NNP nsubj 67 I-ORG Rana
said VERB VBD ROOT 67 O say _
. PUNCT . punct 67 O . _
"""


# Opposition councillor Belinda Kayser-Echeozonjoku of the Democratic Alliance said the city had
# ignored warnings. "This crisis was predictable," she said.
_A_GIVEN_NAME_TAGGED_A_PEOPLE = """
Opposition NOUN NN compound 1 O opposition
councillor NOUN NN nsubj 10 O councillor
Belinda PROPN NNP compound 5 B-NORP Belinda
Kayser PROPN NNP compound 5 B-ORG Kayser _
- PUNCT HYPH punct 5 I-ORG - _
Echeozonjoku PROPN NNP appos 1 I-ORG Echeozonjoku
of ADP IN prep 5 O of
the DET DT det 9 B-ORG the
Democratic PROPN NNP compound 9 I-ORG Democratic
Alliance PROPN NNP pobj 6 I-ORG Alliance
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
city NOUN NN nsubj 14 O city
had AUX VBD aux 14 O have
ignored VERB VBN ccomp 10 O ignore
warnings NOUN NNS dobj 14 O warning _
. PUNCT . punct 10 O .
" PUNCT `` punct 25 O " _
This DET DT det 19 O this
crisis NOUN NN nsubj 20 O crisis
was AUX VBD ccomp 25 O be
predictable ADJ JJ acomp 20 O predictable _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
she PRON PRP nsubj 25 O she
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


# Rangers said they had played well. / "We kept the ball," Rangers said.
_A_SIDE_NAMED_MID_SENTENCE = """
Rangers NOUN NNS nsubj 1 B-ORG ranger
said VERB VBD ROOT 1 O say
they PRON PRP nsubj 4 O they
had AUX VBD aux 4 O have
played VERB VBN ccomp 1 O play
well ADV RB advmod 4 O well _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 10 O we
kept VERB VBD ccomp 16 O keep
the DET DT det 12 O the
ball NOUN NN dobj 10 O ball _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Rangers NOUN NNS nsubj 16 B-ORG ranger
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""



def test_a_jobs_field_before_a_form_of_address_is_in_the_title() -> None:
    expected = [("Charles Kerich", "Nairobi County executive for trade", "", "Kerich")]
    assert who(_A_FIELD_BEFORE_A_DOCTOR) == expected


def test_ap_opens_a_welsh_surname() -> None:
    assert who(_A_WELSH_NAME) == [("Mabon ap Gwynfor", "health spokesperson", "Plaid Cymru", "Gwynfor")]


def test_a_welsh_surname_tagged_a_place_stays_in_the_name() -> None:
    assert [r[0] for r in who(_A_WELSH_SURNAME_TAGGED_A_PLACE)] == ["Rhun ap Iorwerth"]


def test_a_mail_carrier_is_a_persons_job_not_a_business() -> None:
    assert who(_A_MAIL_CARRIER) == [("Frank Ortiz", "retired mail carrier", "", "Frank Ortiz")]


def test_a_given_name_in_a_shops_name_is_still_hers() -> None:
    assert [r[0] for r in who(_A_BAKERY_NAMED_FOR_HER)] == ["Rosa Delgado", "Rosa Delgado"]


def test_the_company_is_not_the_city_a_headline_and_a_dateline_name() -> None:
    assert who(_A_CITY_IN_THE_HEADLINE) == [("Imran Rana", "spokesperson", "K-Electric", "Imran Rana")]


def test_a_given_name_tagged_a_people_before_a_surname_tagged_a_body() -> None:
    expected = [("Belinda Kayser-Echeozonjoku", "Opposition councillor", "Democratic Alliance", "she")]
    assert who(_A_GIVEN_NAME_TAGGED_A_PEOPLE) == expected


def test_a_side_named_mid_sentence_is_still_a_body() -> None:
    assert who(_A_SIDE_NAMED_MID_SENTENCE) == [("Rangers", "", "Rangers", "Rangers")]
