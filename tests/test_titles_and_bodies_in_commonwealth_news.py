"""Titles, bodies and names as Commonwealth news writes them: a portfolio's `for the`, a body named
for its country, a chamber the tagger took for a person, an acronym written as a word, a
councillor's short title read as the subject, and a side's boss in a headline. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Minister for Sustainability and the Environment Grace Lim opened the centre. "Our hawkers
# matter," said Ms Lim.
_FOR_THE = """
Minister PROPN NNP nsubj 8 O Minister
for ADP IN prep 0 O for
Sustainability PROPN NNP pobj 1 O Sustainability
and CCONJ CC cc 2 O and
the DET DT det 7 O the
Environment PROPN NNP compound 6 O Environment
Grace PROPN NNP compound 7 B-PERSON Grace
Lim PROPN NNP conj 0 I-PERSON Lim
opened VERB VBD ROOT 8 O open
the DET DT det 10 O the
centre NOUN NN dobj 8 O centre _
. PUNCT . punct 8 O .
" PUNCT `` punct 18 O " _
Our PRON PRP$ poss 14 O our
hawkers NOUN NNS nsubj 15 O hawker
matter VERB VBP ccomp 18 O matter _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
said VERB VBD ROOT 18 O say
Ms PROPN NNP compound 20 B-PERSON Ms
Lim PROPN NNP nsubj 18 I-PERSON Lim _
. PUNCT . punct 18 O . _
"""

# Galway Chamber chief executive Conor Healy said the chamber would "engage constructively" with
# the council.
_CHAMBER = """
Galway PROPN NNP compound 1 B-PERSON Galway
Chamber PROPN NNP compound 5 I-PERSON Chamber
chief NOUN NN amod 3 O chief
executive NOUN NN compound 5 O executive
Conor PROPN NNP compound 5 B-PERSON Conor
Healy PROPN NNP nsubj 6 I-PERSON Healy
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
chamber NOUN NN nsubj 11 O chamber
would AUX MD aux 11 O would
" PUNCT `` punct 11 O " _
engage VERB VB ccomp 6 O engage
constructively ADV RB advmod 11 O constructively _
" PUNCT '' punct 11 O "
with ADP IN prep 11 O with
the DET DT det 16 O the
council NOUN NN pobj 14 O council _
. PUNCT . punct 6 O . _
"""

# Maritime New Zealand's general manager of investigations, Sione Latu, welcomed the fine.
# "Operators must get the basics right," he said.
_COUNTRY_BODY = """
Maritime PROPN NNP compound 2 O Maritime
New PROPN NNP compound 2 B-GPE New
Zealand PROPN NNP poss 5 I-GPE Zealand _
's PART POS case 2 I-GPE 's
general ADJ JJ amod 5 O general
manager NOUN NN nsubj 12 O manager
of ADP IN prep 5 O of
investigations NOUN NNS pobj 6 O investigation _
, PUNCT , punct 5 O ,
Sione PROPN NNP compound 10 B-PERSON Sione
Latu PROPN NNP appos 5 I-PERSON Latu _
, PUNCT , punct 5 O ,
welcomed VERB VBD ROOT 12 O welcome
the DET DT det 14 O the
fine NOUN NN dobj 12 O fine _
. PUNCT . punct 12 O .
" PUNCT `` punct 26 O " _
Operators NOUN NNS nsubj 19 O operator
must AUX MD aux 19 O must
get VERB VB ccomp 26 O get
the DET DT det 21 O the
basics NOUN NNS nsubj 22 O basic
right ADJ JJ ccomp 19 O right _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

# Green Party councillor Orla Kiely said the lanes were overdue. "Families want to cycle to school safely,"
# Cllr Kiely said.
_CLLR = """
Green PROPN NNP compound 1 B-ORG Green
Party PROPN NNP compound 2 I-ORG Party
councillor NOUN NN nsubj 5 O councillor
Orla PROPN NNP appos 2 B-PERSON Orla
Kiely PROPN NNP advmod 5 I-PERSON Kiely
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
lanes NOUN NNS nsubj 8 O lane
were AUX VBD ccomp 5 O be
overdue ADJ JJ acomp 8 O overdue _
. PUNCT . punct 5 O .
" PUNCT `` punct 23 O " _
Families NOUN NNS nsubj 13 O family
want VERB VBP ccomp 23 O want
to PART TO aux 15 O to
cycle VERB VB xcomp 13 O cycle
to ADP IN prep 15 O to
school NOUN NN pobj 16 O school
safely ADV RB advmod 15 O safely _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Cllr PROPN NNP nsubj 23 B-WORK_OF_ART Cllr
Kiely PROPN NNP advmod 23 I-WORK_OF_ART Kiely
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


# Talks with the United National Transport Union broke down. Untu general secretary Thabo Mokoena
# said: "We are angry."
_READ_AS_A_WORD = """
Talks NOUN NNS nsubj 7 O talk
with ADP IN prep 0 O with
the DET DT det 6 B-ORG the
United PROPN NNP compound 6 I-ORG United
National PROPN NNP compound 6 I-ORG National
Transport PROPN NNP compound 6 I-ORG Transport
Union PROPN NNP pobj 1 I-ORG Union
broke VERB VBD ROOT 7 O break
down ADP RP prt 7 O down _
. PUNCT . punct 7 O .
Untu PROPN NNP nmod 12 O Untu
general ADJ JJ amod 12 O general
secretary NOUN NN compound 14 O secretary
Thabo PROPN NNP compound 14 B-PERSON Thabo
Mokoena PROPN NNP nsubj 15 I-PERSON Mokoena
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O :
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 19 O we
are AUX VBP ccomp 15 O be
angry ADJ JJ acomp 19 O angry _
. PUNCT . punct 15 O . _
" PUNCT '' punct 15 O " _
"""


# 'We were robbed,' says Rovers boss
#
# Harbour Rovers manager Danny Whitlock said the penalty was wrong. Kingsmere boss Alan Fry said
# the decision was "clear-cut".
_OTHER_SIDES_BOSS = """
' PUNCT `` punct 3 O ' _
We PRON PRP nsubjpass 3 O we
were AUX VBD auxpass 3 O be
robbed VERB VBN ccomp 6 O rob _
, PUNCT , punct 6 O , _
' PUNCT '' punct 6 O '
says VERB VBZ ROOT 6 O say
Rovers PROPN NNP compound 8 B-NORP Rovers
boss NOUN NN nsubj 6 O boss _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Harbour PROPN NNP ROOT 10 B-NORP Harbour
Rovers PROPN NNPS compound 12 O Rovers
manager NOUN NN compound 14 O manager
Danny PROPN NNP compound 14 B-PERSON Danny
Whitlock PROPN NNP nsubj 15 I-PERSON Whitlock
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
penalty NOUN NN nsubj 18 O penalty
was AUX VBD ccomp 15 O be
wrong ADJ JJ acomp 18 O wrong _
. PUNCT . punct 15 O .
Kingsmere ADJ JJ compound 22 B-PERSON kingsmere
boss NOUN NN compound 24 O boss
Alan PROPN NNP compound 24 B-PERSON Alan
Fry PROPN NNP nsubj 25 I-PERSON Fry
said VERB VBD ROOT 25 O say
the DET DT det 27 O the
decision NOUN NN nsubj 28 O decision
was AUX VBD ccomp 25 O be
" PUNCT `` punct 28 O " _
clear ADV RB advmod 32 O clear _
- PUNCT HYPH punct 32 O - _
cut VERB VBN acomp 28 O cut _
" PUNCT '' punct 28 O " _
. PUNCT . punct 25 O . _
"""


# Galway Chamber interim chief executive Ana Flett said the chamber would "engage constructively"
# with the council.
_INTERIM = """
Galway PROPN NNP compound 1 B-PERSON Galway
Chamber PROPN NNP nmod 6 I-PERSON Chamber
interim ADJ JJ amod 4 O interim
chief ADJ JJ amod 4 O chief
executive NOUN NN compound 6 O executive
Ana PROPN NNP compound 6 B-PERSON Ana
Flett PROPN NNP nsubj 7 I-PERSON Flett
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
chamber NOUN NN nsubj 12 O chamber
would AUX MD aux 12 O would
" PUNCT `` punct 12 O " _
engage VERB VB ccomp 7 O engage
constructively ADV RB advmod 12 O constructively _
" PUNCT '' punct 12 O "
with ADP IN prep 12 O with
the DET DT det 17 O the
council NOUN NN pobj 15 O council _
. PUNCT . punct 7 O . _
"""

# Corporator Sunita Rane of Ward 12 said residents had not been warned. "People learnt about the
# cuts from forwards," she said.
_CORPORATOR = """
Corporator PROPN NNP compound 2 O Corporator
Sunita PROPN NNP compound 2 B-PERSON Sunita
Rane PROPN NNP nsubj 6 I-PERSON Rane
of ADP IN prep 2 O of
Ward PROPN NNP pobj 3 O Ward
12 NUM CD appos 2 O 12
said VERB VBD ROOT 6 O say
residents NOUN NNS nsubjpass 11 O resident
had AUX VBD aux 11 O have
not PART RB neg 11 O not
been AUX VBN auxpass 11 O be
warned VERB VBN ccomp 6 O warn _
. PUNCT . punct 6 O .
" PUNCT `` punct 24 O " _
People NOUN NNS nsubj 15 O People
learnt VERB VBD ccomp 24 O learn
about ADP IN prep 15 O about
the DET DT det 18 O the
cuts NOUN NNS pobj 16 O cut
from ADP IN prep 18 O from
forwards NOUN NNS pcomp 19 O forward _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
she PRON PRP nsubj 24 O she
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


# Galway Chamber senior economist Ana Flett said the hospital treated "more than 200 koalas" a
# year.
_HUNG_ON_THE_JOB = """
Galway PROPN NNP compound 1 B-PERSON Galway
Chamber PROPN NNP nsubj 6 I-PERSON Chamber
senior ADJ JJ amod 3 O senior
economist NOUN NN appos 1 O economist
Ana PROPN NNP compound 5 B-PERSON Ana
Flett PROPN NNP appos 3 I-PERSON Flett
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
hospital NOUN NN nsubj 9 O hospital
treated VERB VBD ccomp 6 O treat
" PUNCT `` punct 14 O " _
more ADJ JJR amod 13 B-CARDINAL more
than ADP IN quantmod 13 I-CARDINAL than
200 NUM CD nummod 14 I-CARDINAL 200
koalas NOUN NNS dobj 9 O koala _
" PUNCT '' punct 14 O "
a DET DT det 17 B-DATE a
year NOUN NN npadvmod 14 I-DATE year _
. PUNCT . punct 6 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


def test_a_portfolio_for_the_environment_is_the_title() -> None:
    assert _rows(_FOR_THE) == [("Grace Lim", "Minister for Sustainability and the Environment", "", "Ms Lim")]


def test_a_chamber_tagged_a_person_before_a_job_is_the_body() -> None:
    assert _rows(_CHAMBER) == [("Conor Healy", "chief executive", "Galway Chamber", "Conor Healy")]


def test_a_chamber_tagged_a_person_before_a_jobs_adjective_is_the_body() -> None:
    assert _rows(_INTERIM) == [("Ana Flett", "interim chief executive", "Galway Chamber", "Ana Flett")]


def test_a_name_hung_on_a_job_hung_on_a_body_tagged_a_person_speaks() -> None:
    """The parser makes the body the subject, the job its apposition and the name the job's."""
    assert _rows(_HUNG_ON_THE_JOB) == [("Ana Flett", "senior economist", "Galway Chamber", "Ana Flett")]


def test_a_corporator_before_a_name_is_the_role() -> None:
    """An Indian city's elected member of the municipal corporation (models/role_nouns.txt)."""
    assert [r[:2] for r in _rows(_CORPORATOR)] == [("Sunita Rane", "Corporator")]


def test_a_body_named_for_its_country_owns_the_job() -> None:
    rows = _rows(_COUNTRY_BODY)
    assert rows == [("Sione Latu", "general manager of investigations", "Maritime New Zealand", "he")]


def test_a_short_title_read_as_the_subject_opens_the_mention() -> None:
    rows = _rows(_CLLR)
    # (`Green Party councillor`: a party before a seat is a side taken, kept in the role; ROLES.md 5.)
    assert rows == [("Orla Kiely", "Green Party councillor", "", "Cllr Kiely")]


def test_an_acronym_read_as_a_word_is_the_body_spelled_out() -> None:
    """`Untu`, written with one capital as news writes an acronym said as a word, is the union
    the story names in full."""
    rows = _rows(_READ_AS_A_WORD)
    union = "United National Transport Union"
    assert rows == [("Thabo Mokoena", "general secretary", union, "Thabo Mokoena")]


def test_a_side_before_a_job_rules_out_the_other_sides_holder() -> None:
    """`Rovers boss` in a headline is not the one `boss` the story names, Kingsmere's: with no
    holder tied to Rovers, the row keeps the description."""
    rows = _rows(_OTHER_SIDES_BOSS)
    assert [r[:2] for r in rows] == [("Rovers boss", "boss"), ("Alan Fry", "boss")]
