"""Where a role's body is, as other countries' news writes it (issue 10), each from a frozen parse
of a sentence written for this file, so a model update cannot change what a test exercises:

- `Head of Corporate Communications at the Lagos State Water Corporation`, `Professor of Economics
  at the University of Eastgate`: a department or a field in capitals after `of`, with a body
  named after it, is a unit of that body: the body is the organisation, not the unit;
- `Leader of the Opposition in the Legislative Assembly`: an office held `in` a house names the
  house, as `of` would;
- `All Stars coach Scott Reid said` opening a sentence: the determiner in capitals before a plural
  proper noun and a job opens the side's name;
- `County Executive Member for Water Ibrahim Auma said`: a title in capitals `for` a brief in
  capitals is the role of the name after it;
- `The chairman of Ikorodu Local Government, Wasiu Adesanya, urged calm`, the name hung on the
  body and tagged a place: the name set off by commas after a role's body is the holder's; so
  is one the tagger took whole for a place (`The Commissioner of Police, Olohundare Jimoh,`);
- `Lagos State Police Command spokesperson`: a command is a body's noun, in its name;
- `Minister for Health Sean Doyle said`, untagged, with `Health` parsed into the name: the brief's
  word after `for` is the title's, and `the Minister` later is Sean Doyle;
- `BHNP Chief Commissioner Tushar Nath` after `the Bruhat Harbourside Nagara Palike (BHNP)`, with
  `BHNP` tagged a people once later: a short form the article spells out is a body's;
- `HSC Confederation Wales director Dara Hughes`, untagged: a short form opening words in capitals
  that end on a body's noun opens the body's name, and the country after it is its branch.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_DEPARTMENT = """
Funmi PROPN NNP compound 1 B-PERSON Funmi
Adeyemi PROPN NNP nsubj 14 I-PERSON Adeyemi _
, PUNCT , punct 1 O ,
Head PROPN NNP appos 1 O Head
of ADP IN prep 3 O of
Corporate PROPN NNP compound 6 B-ORG Corporate
Communications PROPN NNPS pobj 4 I-ORG Communications
at ADP IN prep 1 O at
the DET DT det 12 B-ORG the
Lagos PROPN NNP compound 12 I-ORG Lagos
State PROPN NNP compound 12 I-ORG State
Water PROPN NNP compound 12 I-ORG Water
Corporation PROPN NNP pobj 7 I-ORG Corporation _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
“ PUNCT `` punct 14 O " _
Supply NOUN NN nsubj 19 O supply
will AUX MD aux 19 O will
return VERB VB ccomp 14 O return
by ADP IN prep 19 O by
Friday PROPN NNP pobj 20 B-DATE Friday _
. PUNCT . punct 14 O . _
” PUNCT '' punct 14 O " _
"""

_FIELD = """
“ PUNCT `` punct 9 O " _
The DET DT det 2 O the
figures NOUN NNS nsubj 5 O figure
do AUX VBP aux 5 O do
not PART RB neg 5 O not
add VERB VB ccomp 9 O add
up ADP RP prt 5 O up _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Sipho PROPN NNPS compound 11 B-PERSON Sipho
Dlamini PROPN NNP nsubj 9 I-PERSON Dlamini _
, PUNCT , punct 11 O ,
Professor PROPN NNP appos 11 O Professor
of ADP IN prep 13 O of
Economics PROPN NNP pobj 14 O Economics
at ADP IN prep 13 O at
the DET DT det 18 B-ORG the
University PROPN NNP pobj 16 I-ORG University
of ADP IN prep 18 I-ORG of
Eastgate PROPN NNP pobj 19 I-ORG Eastgate _
. PUNCT . punct 9 O . _
"""

_HOUSE = """
“ PUNCT `` punct 8 O " _
The DET DT det 2 O the
bill NOUN NN nsubj 3 O bill
is AUX VBZ ccomp 8 O be
a DET DT det 5 O a
disgrace NOUN NN attr 3 O disgrace _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Ravi PROPN NNP compound 10 B-PERSON Ravi
Deshmukh PROPN NNP nsubj 8 I-PERSON Deshmukh _
, PUNCT , punct 10 O ,
Leader PROPN NNP appos 10 O Leader
of ADP IN prep 12 O of
the DET DT det 15 O the
Opposition PROPN NNP pobj 13 O Opposition
in ADP IN prep 15 O in
the DET DT det 19 B-ORG the
Legislative PROPN NNP compound 19 I-ORG Legislative
Assembly PROPN NNP pobj 16 I-ORG Assembly _
. PUNCT . punct 8 O . _
"""

_SIDE = """
All DET DT det 2 O all
Stars PROPN NNPS compound 2 O Stars
coach NOUN NN nsubj 5 O coach
Scott PROPN NNP compound 4 B-PERSON Scott
Reid PROPN NNP appos 2 I-PERSON Reid
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
team NOUN NN nsubj 8 O team
was AUX VBD ccomp 5 O be
ready ADJ JJ acomp 8 O ready _
. PUNCT . punct 5 O .
“ PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
have AUX VBP aux 14 O have
trained VERB VBN ccomp 20 O train
for ADP IN prep 14 O for
this PRON DT pobj 15 O this _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
Reid PROPN NNP nsubj 20 B-PERSON Reid
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

_BRIEF = """
County PROPN NNP compound 2 B-ORG County
Executive PROPN NNP compound 2 I-ORG Executive
Member PROPN NNP nsubj 7 O Member
for ADP IN prep 2 O for
Water PROPN NNP compound 6 O Water
Ibrahim PROPN NNP compound 6 O Ibrahim
Auma PROPN NNP pobj 3 O Auma
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
county NOUN NN nsubj 11 O county
would AUX MD aux 11 O would
sink VERB VB ccomp 7 O sink
new ADJ JJ amod 13 O new
boreholes NOUN NNS dobj 11 O borehole _
. PUNCT . punct 7 O .
“ PUNCT `` punct 26 O " _
They PRON PRP nsubj 18 O they
will AUX MD aux 18 O will
be AUX VB ccomp 26 O be
ready ADJ JJ acomp 18 O ready
by ADP IN prep 18 O by
March PROPN NNP pobj 20 B-DATE March _
, PUNCT , punct 26 O , _
” PUNCT '' punct 26 O "
Mr PROPN NNP compound 25 O Mr
Auma PROPN NNP nsubj 26 B-PERSON Auma
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

_BESIDE = """
The DET DT det 1 O the
chairman NOUN NN nsubj 10 O chairman
of ADP IN prep 1 O of
Ikorodu PROPN NNP compound 5 B-ORG Ikorodu
Local PROPN NNP compound 5 I-ORG Local
Government PROPN NNP pobj 2 I-ORG Government _
, PUNCT , punct 5 O ,
Wasiu PROPN NNP compound 8 O Wasiu
Adesanya PROPN NNP appos 5 B-GPE Adesanya _
, PUNCT , punct 5 O ,
urged VERB VBD ROOT 10 O urge
calm NOUN NN dobj 10 O calm _
. PUNCT . punct 10 O .
“ PUNCT `` punct 23 O " _
Our PRON PRP$ poss 15 O our
youths NOUN NNS nsubjpass 19 O youth
must AUX MD aux 19 O must
not PART RB neg 19 O not
be AUX VB auxpass 19 O be
used VERB VBN ccomp 23 O use _
, PUNCT , punct 23 O , _
” PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

_WHOLE = """
The DET DT det 1 O the
Commissioner PROPN NNP nsubj 8 O Commissioner
of ADP IN prep 1 O of
Police PROPN NNP pobj 2 O Police _
, PUNCT , punct 3 O ,
Olohundare PROPN NNP compound 6 B-GPE Olohundare
Jimoh PROPN NNP appos 3 I-GPE Jimoh _
, PUNCT , punct 1 O ,
visited VERB VBD ROOT 8 O visit
the DET DT det 10 O the
scene NOUN NN dobj 8 O scene _
. PUNCT . punct 8 O .
“ PUNCT `` punct 22 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
not PART RB neg 16 O not
allow VERB VB ccomp 22 O allow
it PRON PRP dobj 16 O it _
, PUNCT , punct 22 O , _
” PUNCT '' punct 22 O "
the DET DT det 21 O the
commissioner NOUN NN nsubj 22 O commissioner
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""

_COMMAND = """
“ PUNCT `` punct 9 O " _
They PRON PRP nsubjpass 4 O they
will AUX MD aux 4 O will
be AUX VB auxpass 4 O be
charged VERB VBN ccomp 9 O charge
to ADP IN prep 4 O to
court NOUN NN pobj 5 O court _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Lagos PROPN NNP compound 11 B-ORG Lagos
State PROPN NNP compound 13 I-ORG State
Police PROPN NNP compound 13 I-ORG Police
Command PROPN NNP compound 14 I-ORG Command
spokesperson NOUN NN compound 16 O spokesperson
Tunde PROPN NNP compound 16 O Tunde
Bello PROPN NNP nsubj 9 O Bello _
. PUNCT . punct 9 O . _
"""


# (The parse of this sentence inside a longer story: nothing tagged, `Health` a compound of the name.)
_BRIEF_IN_THE_NAME = """
Minister PROPN NNP nmod 4 O Minister
for ADP IN prep 0 O for
Health PROPN NNP compound 4 O Health
Sean PROPN NNP compound 4 O Sean
Doyle PROPN NNP nsubj 5 O Doyle
said VERB VBD ROOT 5 O say
more ADJ JJR amod 7 O more
funding NOUN NN nsubjpass 10 O funding
had AUX VBD aux 10 O have
been AUX VBN auxpass 10 O be
allocated VERB VBN ccomp 5 O allocate _
. PUNCT . punct 5 O .
“ PUNCT `` punct 25 O " _
We PRON PRP nsubj 15 O we
are AUX VBP aux 15 O be
investing VERB VBG ccomp 25 O invest
in ADP IN prep 15 O in
more ADJ JJR amod 18 O more
beds NOUN NNS pobj 16 O bed
than ADP IN prep 15 O than
ever ADV RB pcomp 19 O ever _
, PUNCT , punct 25 O , _
” PUNCT '' punct 25 O "
the DET DT det 24 O the
Minister PROPN NNP nsubj 25 O Minister
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# (Tagged as the tagger tags a city's corporation in an Indian story: the name's first word a
# place, the rest nothing, the short form a people once.)
_SPELLED_OUT = """
The DET DT det 1 O the
court NOUN NN nsubj 2 O court
pulled VERB VBD ROOT 2 O pull
up ADP RP prt 2 O up
the DET DT det 6 O the
Bruhat PROPN NNP compound 6 B-GPE Bruhat
Harbourside PROPN NNP dobj 2 O Harbourside
Nagara PROPN NNP compound 8 O Nagara
Palike PROPN NNP appos 6 O Palike
( PUNCT -LRB- punct 8 O ( _
BHNP PROPN NNP appos 8 O BHNP _
) PUNCT -RRB- punct 8 O )
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 12 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
BHNP PROPN NNP compound 18 O BHNP
Chief PROPN NNP compound 18 O Chief
Commissioner PROPN NNP compound 20 O Commissioner
Tushar PROPN NNP compound 20 B-PERSON Tushar
Nath PROPN NNP nsubj 21 I-PERSON Nath
said VERB VBD ROOT 21 O say
a DET DT det 23 O a
survey NOUN NN nsubjpass 26 O survey
had AUX VBD aux 26 O have
been AUX VBN auxpass 26 O be
done VERB VBN ccomp 21 O do _
. PUNCT . punct 21 O .
“ PUNCT `` punct 37 O " _
We PRON PRP nsubj 31 O we
have AUX VBP aux 31 O have
found VERB VBN ccomp 37 O find
the DET DT det 33 O the
encroachments NOUN NNS dobj 31 O encroachment _
, PUNCT , punct 37 O , _
” PUNCT '' punct 37 O "
he PRON PRP nsubj 37 O he
said VERB VBD ROOT 37 O say _
. PUNCT . punct 37 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
“ PUNCT `` punct 44 O " _
The DET DT det 42 O the
lake NOUN NN nsubj 44 O lake
is AUX VBZ aux 44 O be
dying VERB VBG ccomp 52 O die
while SCONJ IN mark 49 O while
the DET DT det 48 O the
BHNP PROPN NNP compound 48 B-NORP BHNP
files NOUN NNS nsubj 49 O file
reports NOUN NNS advcl 44 O report _
, PUNCT , punct 52 O , _
” PUNCT '' punct 52 O "
said VERB VBD ROOT 52 O say
Aditya PROPN NNP compound 54 B-PERSON Aditya
Rao PROPN NNP nsubj 52 I-PERSON Rao _
, PUNCT , punct 54 O ,
a DET DT det 57 O a
lawyer NOUN NN appos 54 O lawyer _
. PUNCT . punct 52 O . _
"""


_SHORT_FORM_OPENING = """
The DET DT det 1 O the
board NOUN NN nsubj 2 O board
met VERB VBD ROOT 2 O meet
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
HSC PROPN NNP compound 9 O HSC
Confederation PROPN NNP compound 9 O Confederation
Wales PROPN NNP compound 10 O Wales
director NOUN NN compound 12 O director
Dara PROPN NNP compound 12 B-PERSON Dara
Hughes PROPN NNP nsubj 13 I-PERSON Hughes
warned VERB VBD ROOT 13 O warn
of ADP IN prep 13 O of
disruption NOUN NN pobj 14 O disruption _
. PUNCT . punct 13 O .
“ PUNCT `` punct 26 O " _
Patients NOUN NNS nsubj 20 O patient
will AUX MD aux 20 O will
feel VERB VB ccomp 26 O feel
the DET DT det 22 O the
impact NOUN NN dobj 20 O impact _
, PUNCT , punct 26 O , _
” PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


def test_a_department_before_its_body_is_no_organisation() -> None:
    speaker, role, organization, _ = _rows(_DEPARTMENT)[0]
    assert (speaker, organization) == ("Funmi Adeyemi", "Lagos State Water Corporation")
    assert role.startswith("Head of Corporate Communications")


def test_a_field_before_its_body_is_no_organisation() -> None:
    speaker, _, organization, _ = _rows(_FIELD)[0]
    assert (speaker, organization) == ("Sipho Dlamini", "University of Eastgate")


def test_an_office_in_a_house_is_of_the_house() -> None:
    speaker, role, organization, _ = _rows(_HOUSE)[0]
    assert (speaker, organization) == ("Ravi Deshmukh", "Legislative Assembly")
    assert role.startswith("Leader of the Opposition")


def test_a_determiner_opening_a_sentence_opens_a_sides_name_before_its_job() -> None:
    assert _rows(_SIDE) == [("Scott Reid", "coach", "All Stars", "Reid")]


def test_a_title_for_a_brief_in_capitals_is_the_role_of_the_name_after_it() -> None:
    assert _rows(_BRIEF)[0][:2] == ("Ibrahim Auma", "County Executive Member for Water")


def test_a_name_set_off_after_a_roles_body_is_the_holders() -> None:
    assert _rows(_BESIDE) == [
        ("Wasiu Adesanya", "chairman of Ikorodu Local Government", "Ikorodu Local Government", "he")
    ]


def test_a_name_tagged_whole_a_place_after_a_roles_body_is_the_holders() -> None:
    assert _rows(_WHOLE)[0][:2] == ("Olohundare Jimoh", "Commissioner of Police")


def test_a_command_is_in_the_bodys_name() -> None:
    assert _rows(_COMMAND) == [
        ("Tunde Bello", "spokesperson", "Lagos State Police Command", "Tunde Bello")
    ]


def test_a_briefs_word_after_for_is_no_word_of_the_name() -> None:
    assert _rows(_BRIEF_IN_THE_NAME) == [("Sean Doyle", "Minister for Health", "", "the Minister")]


def test_a_short_form_the_article_spells_out_is_a_body_though_tagged_a_people() -> None:
    assert _rows(_SPELLED_OUT)[0] == (
        "Tushar Nath", "Chief Commissioner", "Bruhat Harbourside Nagara Palike", "he"
    )


def test_a_short_form_opens_the_name_of_a_body_ending_in_its_noun() -> None:
    assert _rows(_SHORT_FORM_OPENING) == [("Dara Hughes", "director", "HSC Confederation Wales", "he")]
