"""A body the article names, reached from a description after a role (issue 10, ROLES.md 5):
`a nurse at the hospital` after a hospital the tagger took for a place; `an official at the
agency's forecasting division` (the owner of the unit); `commander of the St Bride North
division` (a police division the article names in full); `an oil analyst at Dakar-based
consultancy Teranga Risk Partners` (a name set beside a body's noun, which ends in a plural);
`the Emirati scientist` (a people, no body, whatever the tagger says); `X, the Uganda Medical
Practitioners, Pharmacists and Dentists Union (UMPDU) branch secretary,` (an apposition that
goes on past the commas of a name its short form spells out, leaving one word out, and `the
county secretary of` such a name: the role's `of` reaches the whole name); `a
spokesman for Kenya's finance ministry` (a body in small letters a place's possessive opens).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Three patients remain in Westbay Hospital, according to the health ministry. | A nurse at
# the hospital, who did not want to be named, said the patients were "doing well".
_HOSPITAL = """
Three NUM CD nummod 1 B-CARDINAL three
patients NOUN NNS nsubj 2 O patient
remain VERB VBP ROOT 2 O remain
in ADP IN prep 2 O in
Westbay PROPN NNP compound 5 B-GPE Westbay
Hospital PROPN NNP pobj 3 I-GPE Hospital _
, PUNCT , punct 2 O ,
according VERB VBG prep 2 O accord
to ADP IN prep 7 O to
the DET DT det 11 B-ORG the
health NOUN NN compound 11 I-ORG health
ministry NOUN NN pobj 8 I-ORG ministry _
. PUNCT . punct 2 O . _
<space> SPACE _SP dep 12 O <space> _
A DET DT det 15 O a
nurse NOUN NN nsubj 28 O nurse
at ADP IN prep 15 O at
the DET DT det 18 O the
hospital NOUN NN pobj 16 O hospital _
, PUNCT , punct 18 O ,
who PRON WP nsubj 23 O who
did AUX VBD aux 23 O do
not PART RB neg 23 O not
want VERB VB relcl 18 O want
to PART TO aux 26 O to
be AUX VB auxpass 26 O be
named VERB VBN xcomp 23 O name _
, PUNCT , punct 28 O ,
said VERB VBD ROOT 28 O say
the DET DT det 30 O the
patients NOUN NNS nsubj 33 O patient
were AUX VBD aux 33 O be
" PUNCT `` punct 33 O " _
doing VERB VBG ccomp 28 O do
well ADV RB advmod 33 O well _
" PUNCT '' punct 33 O " _
. PUNCT . punct 28 O . _
"""

# Rain closed roads across the north on Tuesday, the Japan Meteorological Agency said. |
# "More snow is expected through Thursday," said Aiko Moriyama, an official at the agency's
# forecasting division.
_AGENCY = """
Rain NOUN NN nsubj 1 O rain
closed VERB VBD ccomp 13 O close
roads NOUN NNS dobj 1 O road
across ADP IN prep 1 O across
the DET DT det 5 O the
north NOUN NN pobj 3 O north
on ADP IN prep 1 O on
Tuesday PROPN NNP pobj 6 B-DATE Tuesday _
, PUNCT , punct 13 O ,
the DET DT det 12 B-ORG the
Japan PROPN NNP compound 12 I-ORG Japan
Meteorological PROPN NNP compound 12 I-ORG Meteorological
Agency PROPN NNP nsubj 13 I-ORG Agency
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
<space> SPACE _SP dep 14 O <space> _
" PUNCT `` punct 25 O " _
More ADJ JJR amod 18 O More
snow NOUN NN nsubjpass 20 O snow
is AUX VBZ auxpass 20 O be
expected VERB VBN ccomp 25 O expect
through ADP IN prep 20 O through
Thursday PROPN NNP pobj 21 B-DATE Thursday _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
said VERB VBD ROOT 25 O say
Aiko PROPN NNP compound 27 B-PERSON Aiko
Moriyama PROPN NNP nsubj 25 I-PERSON Moriyama _
, PUNCT , punct 27 O ,
an DET DT det 30 O an
official NOUN NN appos 27 O official
at ADP IN prep 30 O at
the DET DT det 33 O the
agency NOUN NN poss 36 O agency _
's PART POS case 33 O 's
forecasting NOUN NN compound 36 O forecasting
division NOUN NN pobj 31 O division _
. PUNCT . punct 25 O . _
"""

# Police in the St Bride North Police Division are searching for two gunmen. | "We will find
# them," said Carol Menzies-Grant, commander of the St Bride North division.
_DIVISION = """
Police NOUN NNS nsubj 9 O Police
in ADP IN prep 0 O in
the DET DT det 7 B-ORG the
St PROPN NNP compound 7 I-ORG St
Bride PROPN NNP compound 7 I-ORG Bride
North PROPN NNP compound 6 I-ORG North
Police PROPN NNP compound 7 I-ORG Police
Division PROPN NNP pobj 1 I-ORG Division
are AUX VBP aux 9 O be
searching VERB VBG ROOT 9 O search
for ADP IN prep 9 O for
two NUM CD nummod 12 B-CARDINAL two
gunmen NOUN NNS pobj 10 O gunman _
. PUNCT . punct 9 O . _
<space> SPACE _SP dep 13 O <space> _
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
find VERB VB ccomp 22 O find
them PRON PRP dobj 18 O they _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
said VERB VBD ROOT 22 O say
Carol PROPN NNP compound 26 B-PERSON Carol
Menzies PROPN NNP compound 26 I-PERSON Menzies _
- PUNCT HYPH punct 26 I-PERSON - _
Grant PROPN NNP nsubj 22 I-PERSON Grant _
, PUNCT , punct 26 O ,
commander NOUN NN appos 26 O commander
of ADP IN prep 28 O of
the DET DT det 34 B-ORG the
St PROPN NNP compound 33 I-ORG St
Bride PROPN NNP compound 33 I-ORG Bride
North PROPN NNP compound 34 I-ORG North
division NOUN NN pobj 29 O division _
. PUNCT . punct 22 O . _
"""


def test_a_hospital_tagged_a_place_is_the_body_of_the_hospital() -> None:
    [(speaker, role, organization)] = who(_HOSPITAL)
    assert (speaker, organization) == ("A nurse", "Westbay Hospital")
    assert role.startswith("nurse")


def test_the_owner_of_a_unit_is_the_body_the_article_names() -> None:
    [(speaker, role, organization)] = who(_AGENCY)
    assert (speaker, organization) == ("Aiko Moriyama", "Japan Meteorological Agency")
    assert role.startswith("official")


def test_a_division_named_by_its_place_is_the_division_named_in_full() -> None:
    [(speaker, role, organization)] = who(_DIVISION)
    assert (speaker, organization) == ("Carol Menzies-Grant", "St Bride North Police Division")
    assert role.startswith("commander")


# "Buyers will read the fiscal terms first," said Awa Thiam Sow, an oil analyst at Dakar-based
# consultancy Teranga Risk Partners.
_ANALYST = """
" PUNCT `` punct 10 O " _
Buyers NOUN NNS nsubj 3 O buyer
will AUX MD aux 3 O will
read VERB VB ccomp 10 O read
the DET DT det 6 O the
fiscal ADJ JJ amod 6 O fiscal
terms NOUN NNS dobj 3 O term
first ADV RB advmod 3 O first _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Awa PROPN NNP compound 13 B-PERSON Awa
Thiam PROPN NNP compound 13 I-PERSON Thiam
Sow PROPN NNP nsubj 10 I-PERSON Sow _
, PUNCT , punct 13 O ,
an DET DT det 17 O an
oil NOUN NN compound 17 O oil
analyst NOUN NN appos 13 O analyst
at ADP IN prep 17 O at
Dakar PROPN NNP npadvmod 21 B-PERSON Dakar _
- PUNCT HYPH punct 21 O - _
based VERB VBN amod 22 O base
consultancy NOUN NN pobj 18 O consultancy
Teranga PROPN NNP compound 25 B-ORG Teranga
Risk PROPN NNP compound 25 I-ORG Risk
Partners PROPN NNPS appos 22 I-ORG Partners _
. PUNCT . punct 10 O . _
"""

# "The herd is growing again," said the Emirati scientist Hessa Al Marri.
_EMIRATI = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
herd NOUN NN nsubj 4 O herd
is AUX VBZ aux 4 O be
growing VERB VBG ccomp 8 O grow
again ADV RB advmod 4 O again _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
the DET DT det 11 O the
Emirati PROPN NNP compound 11 B-ORG Emirati
scientist NOUN NN nsubj 8 O scientist
Hessa PROPN NNP compound 14 B-PERSON Hessa
Al PROPN NNP compound 14 I-PERSON Al
Marri PROPN NNP appos 11 I-PERSON Marri _
. PUNCT . punct 8 O . _
"""


def test_a_name_beside_a_body_noun_is_the_body_and_its_plural_no_role() -> None:
    [(speaker, role, organization)] = who(_ANALYST)
    assert (speaker, organization) == ("Awa Thiam Sow", "Teranga Risk Partners")
    assert role.startswith("oil analyst")


def test_a_people_is_no_organisation() -> None:
    assert who(_EMIRATI) == [("Hessa Al Marri", "scientist", "")]


# "We cannot work without drugs," Dr Peter Mwangi Kamau, the Uganda Medical Practitioners,
# Pharmacists and Dentists Union (UMPDU) branch secretary, said on Monday.
_UNION = """
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 4 O we
can AUX MD aux 4 O can _
not PART RB neg 4 O not
work VERB VB ccomp 29 O work
without ADP IN prep 4 O without
drugs NOUN NNS pobj 5 O drug _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Dr PROPN NNP compound 12 O Dr
Peter PROPN NNP compound 12 B-PERSON Peter
Mwangi PROPN NNP compound 12 I-PERSON Mwangi
Kamau PROPN NNP nsubj 29 I-PERSON Kamau _
, PUNCT , punct 12 O ,
the DET DT det 17 B-ORG the
Uganda PROPN NNP compound 17 I-ORG Uganda
Medical PROPN NNP compound 17 I-ORG Medical
Practitioners PROPN NNP conj 12 I-ORG Practitioners _
, PUNCT , punct 17 O ,
Pharmacists PROPN NNPS conj 17 B-NORP Pharmacists
and CCONJ CC cc 19 O and
Dentists PROPN NNPS compound 22 B-ORG Dentists
Union PROPN NNP conj 19 I-ORG Union
( PUNCT -LRB- punct 17 O ( _
UMPDU PROPN NNP nmod 27 B-ORG UMPDU _
) PUNCT -RRB- punct 24 O )
branch NOUN NN compound 27 O branch
secretary NOUN NN appos 17 O secretary _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 29 O say
on ADP IN prep 29 O on
Monday PROPN NNP pobj 30 B-DATE Monday _
. PUNCT . punct 29 O . _
"""


def test_an_apposition_goes_on_past_the_commas_of_a_name_its_short_form_spells() -> None:
    union = "Uganda Medical Practitioners, Pharmacists and Dentists Union"
    assert who(_UNION) == [("Peter Mwangi Kamau", "branch secretary", union)]


# "We have not been paid since March," said Dr Mercy Wanjiru, the county secretary of the Kenya
# Medical Practitioners, Pharmacists and Dentists Union (KMPDU).
_COUNTY_SECRETARY = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubjpass 5 O we
have AUX VBP aux 5 O have
not PART RB neg 5 O not
been AUX VBN auxpass 5 O be
paid VERB VBN ccomp 10 O pay
since SCONJ IN prep 5 O since
March PROPN NNP pobj 6 B-DATE March _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Dr PROPN NNP compound 13 O Dr
Mercy PROPN NNP compound 13 B-PERSON Mercy
Wanjiru PROPN NNP nsubj 10 I-PERSON Wanjiru _
, PUNCT , punct 13 O ,
the DET DT det 17 O the
county NOUN NN compound 17 O county
secretary NOUN NN appos 13 O secretary
of ADP IN prep 17 O of
the DET DT det 22 B-ORG the
Kenya PROPN NNP compound 22 I-ORG Kenya
Medical PROPN NNP compound 22 I-ORG Medical
Practitioners PROPN NNP pobj 18 I-ORG Practitioners _
, PUNCT , punct 22 O ,
Pharmacists PROPN NNPS conj 22 B-NORP Pharmacists
and CCONJ CC cc 24 O and
Dentists PROPN NNPS compound 27 B-ORG Dentists
Union PROPN NNP conj 24 I-ORG Union
( PUNCT -LRB- punct 27 O ( _
KMPDU PROPN NNP appos 27 O KMPDU _
) PUNCT -RRB- punct 27 O ) _
. PUNCT . punct 10 O . _
"""


def test_a_role_of_a_body_goes_on_past_the_commas_of_a_name_its_short_form_spells() -> None:
    # (The short form in brackets closes the name and is no word of the role.)
    union = "Kenya Medical Practitioners, Pharmacists and Dentists Union"
    role = f"county secretary of the {union}"
    assert who(_COUNTY_SECRETARY) == [("Mercy Wanjiru", role, union)]


# "Our members have not been paid," said Tom Oduya, the secretary general of the Kenya Medical
# Practitioners, Pharmacists and Dentists Union.
_SECRETARY_GENERAL = """
" PUNCT `` punct 9 O " _
Our PRON PRP$ poss 2 O our
members NOUN NNS nsubjpass 6 O member
have AUX VBP aux 6 O have
not PART RB neg 6 O not
been AUX VBN auxpass 6 O be
paid VERB VBN ccomp 9 O pay _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Tom PROPN NNP compound 11 B-PERSON Tom
Oduya PROPN NNP nsubj 9 I-PERSON Oduya _
, PUNCT , punct 11 O ,
the DET DT det 15 O the
secretary NOUN NN compound 15 O secretary
general NOUN NN appos 11 O general
of ADP IN prep 15 O of
the DET DT det 20 B-ORG the
Kenya PROPN NNP compound 20 I-ORG Kenya
Medical PROPN NNP compound 20 I-ORG Medical
Practitioners PROPN NNP pobj 16 I-ORG Practitioners _
, PUNCT , punct 20 O ,
Pharmacists PROPN NNPS conj 20 B-NORP Pharmacists
and CCONJ CC cc 22 O and
Dentists PROPN NNPS compound 25 B-ORG Dentists
Union PROPN NNP conj 22 I-ORG Union _
. PUNCT . punct 9 O . _
"""


def test_a_role_of_a_body_goes_on_past_the_commas_of_a_list_inside_its_name() -> None:
    # (No short form: plurals in capitals and `and` between two tagged pieces, the last a union.)
    union = "Kenya Medical Practitioners, Pharmacists and Dentists Union"
    role = f"secretary general of the {union}"
    assert who(_SECRETARY_GENERAL) == [("Tom Oduya", role, union)]


# Bond yields fell on Tuesday. | "We are watching the market closely," a spokesman for Kenya's
# finance ministry said.
_MINISTRY = """
Bond NOUN NN compound 1 O bond
yields NOUN NNS nsubj 2 O yield
fell VERB VBD ROOT 2 O fall
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 3 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<space> SPACE _SP dep 5 O <space> _
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 10 O we
are AUX VBP aux 10 O be
watching VERB VBG ccomp 23 O watch
the DET DT det 12 O the
market NOUN NN dobj 10 O market
closely ADV RB advmod 10 O closely _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
a DET DT det 17 O a
spokesman NOUN NN nsubj 23 O spokesman
for ADP IN prep 17 O for
Kenya PROPN NNP poss 22 B-GPE Kenya _
's PART POS case 19 O 's
finance NOUN NN compound 22 O finance
ministry PROPN NNP pobj 18 O ministry
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_body_in_small_letters_a_place_opens_is_that_body_in_its_words() -> None:
    [(speaker, role, organization)] = who(_MINISTRY)
    assert (speaker, organization) == ("a spokesman", "Kenya's finance ministry")
