"""Names and their bodies as other countries' news writes them (issue 10), each from a frozen parse
of a sentence written for this file, so a model update cannot change what a test exercises:

- a given name printed with the accents the list leaves out (`María`) opens a name the tagger
  missed (`María del Carmen Ruiz`), and `Ruiz` later is her;
- one name set off by an age (`Sutrisno, 54, a fruit seller`), tagged a place, is a person's
  whole name, with the job after it, and no body;
- one name set off by commas beside a role (`The head of the agency (BNPB), Suharyanto,`) is
  its holder's, and the short form in brackets the tagger called a person is the body's;
- an apposition after a person's body (`X of the Urban Poor Consortium, an advocacy group`)
  describes the body: the person is no body;
- `The 71-year-old told supporters: “…”`, read as one noun phrase with `told` a participle: the
  age speaks;
- `“…,” the Gresford councillor said` after `Independent councillor Marc Jones said …` continues
  the topic, though another councillor spoke before;
- `Dr Harish` + `Kumar` (tagged a body): a given name of Indian news the list holds now, and the
  surname after it is his;
- `Backbencher Joanna Pike`, tagged one person: where a member sits in a house is a role, no name;
- `Police spokesman X said the driver had been arrested`: inside another's report, a description
  is someone only by a role they hold (the passenger named before is no driver);
- `Grace Obi, a ward sister,`: a nurse's job of two words whose head alone is kin;
- `Harbour Foods said … “…,” chief executive Jane Moss said`: a chief executive with no body of
  her own is the one the sentence before has for its subject (ROLES.md 5's adjacent tie);
- `Professor Emeritus John Cole`: `Emeritus` is the title's, not the name's;
- `said Harlow spokesperson Karine Dubois`, tagged one person (as the tagger does with a
  hyphenated surname): a job in small letters is no word of the name.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.lexicon import given_name_in_plain_letters
from tests.frozen import frozen

_ACCENT = """
María PROPN NNP compound 3 O María
del PROPN NNP compound 3 O del
Carmen PROPN NNP compound 3 O Carmen
Ruiz PROPN NNP nsubj 13 O Ruiz _
, PUNCT , punct 3 O ,
a DET DT det 6 O a
spokeswoman NOUN NN appos 3 O spokeswoman
for ADP IN prep 6 O for
the DET DT det 9 O the
tenants NOUN NNS poss 11 O tenant _
’ PART POS case 9 O ’
federation NOUN NN pobj 7 O federation _
, PUNCT , punct 3 O ,
welcomed VERB VBD ROOT 13 O welcome
the DET DT det 15 O the
plan NOUN NN dobj 13 O plan _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
“ PUNCT `` punct 28 O " _
Residents NOUN NNS nsubj 21 O resident
have AUX VBP aux 21 O have
waited VERB VBN ccomp 28 O wait
years NOUN NNS dobj 21 B-DATE year
for ADP IN prep 21 O for
this PRON DT pobj 23 O this _
, PUNCT , punct 28 O , _
” PUNCT '' punct 28 O "
Ruiz PROPN NNP nsubj 28 B-PERSON Ruiz
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

_AGED = """
“ PUNCT `` punct 12 O " _
We PRON PRP nsubj 4 O we
have AUX VBP aux 4 O have
never ADV RB neg 4 O never
seen VERB VBN ccomp 12 O see
the DET DT det 6 O the
water NOUN NN nsubj 7 O water
rise VERB VB ccomp 4 O rise
this PRON DT dobj 7 O this
fast ADV RB advmod 7 O fast _
, PUNCT , punct 12 O , _
” PUNCT '' punct 12 O "
said VERB VBD ROOT 12 O say
Sutrisno PROPN NNP nsubj 12 B-GPE Sutrisno _
, PUNCT , punct 13 O ,
54 NUM CD appos 13 B-DATE 54 _
, PUNCT , punct 13 O ,
a DET DT det 19 O a
fruit NOUN NN compound 19 O fruit
seller NOUN NN appos 13 O seller
who PRON WP nsubj 22 O who
has AUX VBZ aux 22 O have
lived VERB VBN relcl 19 O live
by ADP IN prep 22 O by
the DET DT det 25 O the
river NOUN NN pobj 23 O river
for ADP IN prep 22 O for
three NUM CD nummod 28 B-DATE three
decades NOUN NNS pobj 26 I-DATE decade _
. PUNCT . punct 12 O . _
"""

_BRACKET = """
The DET DT det 1 O the
head NOUN NN nsubj 13 O head
of ADP IN prep 1 O of
the DET DT det 6 O the
national ADJ JJ amod 6 O national
disaster NOUN NN compound 6 O disaster
agency NOUN NN pobj 2 O agency
( PUNCT -LRB- punct 6 O ( _
BNPB PROPN NNP appos 6 B-PERSON BNPB _
) PUNCT -RRB- punct 1 O ) _
, PUNCT , punct 1 O ,
Suharyanto PROPN NNP appos 1 B-GPE Suharyanto _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
rain NOUN NN nsubj 17 O rain
had AUX VBD aux 17 O have
been AUX VBN ccomp 13 O be
twice DET PDT advmod 20 O twice
the DET DT det 20 O the
average NOUN NN attr 17 O average _
. PUNCT . punct 13 O .
“ PUNCT `` punct 34 O " _
This PRON DT nsubj 24 O this
is AUX VBZ ccomp 34 O be
not PART RB neg 24 O not
normal ADJ JJ amod 27 O normal
rain NOUN NN attr 24 O rain _
, PUNCT , punct 34 O , _
” PUNCT '' punct 34 O "
the DET DT det 33 O the
former ADJ JJ amod 33 O former
army NOUN NN compound 33 O army
general NOUN NN nsubj 34 O general
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""

_APPOSED = """
" PUNCT `` punct 6 O " _
People NOUN NNS nsubj 2 O People
are AUX VBP ccomp 6 O be
angry ADJ JJ acomp 2 O angry _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Nurul PROPN NNP compound 8 B-PERSON Nurul
Hidayah PROPN NNP nsubj 6 I-PERSON Hidayah
of ADP IN prep 8 O of
the DET DT det 13 B-ORG the
Urban PROPN NNP compound 13 I-ORG Urban
Poor PROPN NNP compound 13 I-ORG Poor
Consortium PROPN NNP pobj 9 I-ORG Consortium _
, PUNCT , punct 13 O ,
an DET DT det 17 O an
advocacy NOUN NN compound 17 O advocacy
group NOUN NN appos 8 O group _
. PUNCT . punct 6 O . _
<newline> SPACE _SP dep 18 O <newline> _
"""

_AGE_TOLD = """
Prime PROPN NNP compound 1 O Prime
Minister PROPN NNP compound 3 O Minister
Claire PROPN NNP compound 3 B-PERSON Claire
Martin PROPN NNP nsubj 4 I-PERSON Martin
told VERB VBD ROOT 4 O tell
the DET DT det 6 O the
assembly NOUN NN dobj 4 O assembly
the DET DT det 8 O the
reform NOUN NN nsubjpass 10 O reform
was AUX VBD auxpass 10 O be
needed VERB VBN ccomp 4 O need _
. PUNCT . punct 4 O .
“ PUNCT `` punct 22 O " _
Our PRON PRP$ poss 15 O our
pension NOUN NN compound 15 O pension
system NOUN NN nsubj 16 O system
is AUX VBZ ccomp 22 O be
in ADP IN prep 16 O in
deficit NOUN NN pobj 17 O deficit _
, PUNCT , punct 22 O , _
” PUNCT '' punct 22 O "
Martin PROPN NNP nsubj 22 B-ORG Martin
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
Jean PROPN NNP compound 28 O Jean _
- PUNCT HYPH punct 28 O - _
Luc PROPN NNP compound 28 O Luc
Mélenchon PROPN NNP nsubj 36 O Mélenchon _
, PUNCT , punct 28 O ,
the DET DT det 31 O the
leader NOUN NN appos 28 O leader
of ADP IN prep 31 O of
the DET DT det 34 O the
party NOUN NN pobj 32 O party _
, PUNCT , punct 28 O ,
called VERB VBD ROOT 36 O call
the DET DT det 38 O the
plan NOUN NN dobj 36 O plan
“ PUNCT `` punct 42 O " _
a DET DT det 42 O a
social ADJ JJ amod 42 O social
war NOUN NN oprd 36 O war _
” PUNCT '' punct 42 O " _
. PUNCT . punct 36 O .
The DET DT det 52 O the
71 NUM CD nummod 48 B-DATE 71 _
- PUNCT HYPH punct 48 I-DATE - _
year NOUN NN npadvmod 50 I-DATE year _
- PUNCT HYPH punct 50 I-DATE - _
old ADJ JJ amod 52 I-DATE old
told VERB VBN amod 52 O tell
supporters NOUN NNS ROOT 52 O supporter _
: PUNCT : punct 52 O :
“ PUNCT `` punct 58 O " _
The DET DT det 56 O the
street NOUN NN nsubj 58 O street
will AUX MD aux 58 O will
decide VERB VB acl 52 O decide _
. PUNCT . punct 58 O . _
” PUNCT '' punct 58 O " _
"""

_TOPIC = """
Cllr PROPN NNP compound 2 O Cllr
Nigel PROPN NNP compound 2 B-PERSON Nigel
Williams PROPN NNP nsubj 9 I-PERSON Williams _
, PUNCT , punct 2 O ,
lead ADJ JJ amod 5 O lead
member NOUN NN appos 2 O member
for ADP IN prep 5 O for
economy NOUN NN pobj 6 O economy _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
centre NOUN NN nsubj 13 O centre
would AUX MD aux 13 O would
open VERB VB ccomp 9 O open
in ADP IN prep 13 O in
May PROPN NNP pobj 14 B-DATE May _
. PUNCT . punct 9 O .
“ PUNCT `` punct 19 O " _
This PRON DT nsubj 19 O this
is AUX VBZ ccomp 32 O be
the DET DT det 22 O the
biggest ADJ JJS amod 22 O big
investment NOUN NN attr 19 O investment
in ADP IN prep 22 O in
sport NOUN NN pobj 23 O sport
the DET DT det 26 O the
town NOUN NN nsubj 28 O town
has AUX VBZ aux 28 O have
seen VERB VBN relcl 22 O see _
, PUNCT , punct 32 O , _
” PUNCT '' punct 32 O "
he PRON PRP nsubj 32 O he
told VERB VBD ROOT 32 O tell
the DET DT det 35 O the
planning NOUN NN compound 35 O planning
committee NOUN NN dobj 32 O committee _
. PUNCT . punct 32 O . _
<paragraph> SPACE _SP dep 36 O <paragraph> _
But CCONJ CC cc 43 O but
Independent PROPN NNP amod 40 O Independent
councillor NOUN NN compound 42 O councillor
Marc PROPN NNP compound 42 B-PERSON Marc
Jones PROPN NNP nsubj 43 I-PERSON Jones
said VERB VBD ROOT 43 O say
residents NOUN NNS nsubjpass 48 O resident
had AUX VBD aux 48 O have
not PART RB neg 48 O not
been AUX VBN auxpass 48 O be
listened VERB VBN ccomp 43 O listen
to ADP IN prep 48 O to _
. PUNCT . punct 43 O .
“ PUNCT `` punct 68 O " _
People NOUN NNS nsubj 53 O People
feel VERB VBP ccomp 68 O feel
this PRON DT nsubjpass 56 O this
was AUX VBD auxpass 56 O be
decided VERB VBN ccomp 53 O decide
before SCONJ IN mark 62 O before
a DET DT det 60 O a
single ADJ JJ amod 60 O single
objection NOUN NN nsubjpass 62 O objection
was AUX VBD auxpass 62 O be
read VERB VBN advcl 56 O read _
, PUNCT , punct 68 O , _
” PUNCT '' punct 68 O "
the DET DT det 67 O the
Gresford PROPN NNP compound 67 B-PERSON Gresford
councillor NOUN NN nsubj 68 O councillor
said VERB VBD ROOT 68 O say _
. PUNCT . punct 68 O . _
"""

_HARISH = """
Special ADJ JJ amod 1 O special
commissioner NOUN NN compound 4 O commissioner
Dr PROPN NNP compound 4 B-PERSON Dr
Harish PROPN NNP compound 4 I-PERSON Harish
Kumar PROPN NNP nsubj 5 B-ORG Kumar
said VERB VBD ROOT 5 O say
most ADJ JJS amod 7 O most
wards NOUN NNS nsubj 10 O ward
were AUX VBD aux 10 O be
already ADV RB advmod 10 O already
sorting VERB VBG ccomp 5 O sort
their PRON PRP$ poss 12 O their
waste NOUN NN dobj 10 O waste _
. PUNCT . punct 5 O .
“ PUNCT `` punct 24 O " _
The DET DT det 17 O the
remaining VERB VBG amod 17 O remain
wards NOUN NNS nsubj 18 O ward
are AUX VBP ccomp 24 O be
the DET DT det 20 O the
problem NOUN NN attr 18 O problem _
, PUNCT , punct 24 O , _
” PUNCT '' punct 24 O "
he PRON PRP nsubj 24 O he
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

_BACKBENCHER = """
Backbencher PROPN NNP compound 2 B-PERSON Backbencher
Joanna PROPN NNP compound 2 I-PERSON Joanna
Pike PROPN NNP nsubj 13 I-PERSON Pike _
, PUNCT , punct 2 O ,
who PRON WP nsubj 6 O who
has AUX VBZ aux 6 O have
tabled VERB VBN relcl 2 O table
a DET DT det 8 O a
motion NOUN NN dobj 6 O motion
of ADP IN prep 8 O of
no DET DT det 11 O no
confidence NOUN NN pobj 9 O confidence _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
group NOUN NN nsubj 18 O group
was AUX VBD aux 18 O be
“ PUNCT `` punct 18 O " _
drifting VERB VBG ccomp 13 O drift
to PART TO aux 20 O to
defeat VERB VB xcomp 18 O defeat _
” PUNCT '' punct 13 O " _
. PUNCT . punct 13 O . _
"""

_DRIVER = """
A DET DT det 1 O a
passenger NOUN NN nsubj 7 O passenger _
, PUNCT , punct 1 O ,
Mrs PROPN NNP compound 4 B-PERSON Mrs
Folake PROPN NNP compound 5 I-PERSON Folake
Adebayo PROPN NNP appos 1 I-PERSON Adebayo _
, PUNCT , punct 1 O ,
recounted VERB VBD ROOT 7 O recount
how SCONJ WRB advmod 11 O how
the DET DT det 10 O the
bus NOUN NN nsubj 11 O bus
lost VERB VBD ccomp 7 O lose
its PRON PRP$ poss 13 O its
brakes NOUN NNS dobj 11 O brake _
. PUNCT . punct 7 O .
“ PUNCT `` punct 28 O " _
I PRON PRP nsubj 17 O I
saw VERB VBD ccomp 28 O see
death NOUN NN dobj 17 O death
with ADP IN prep 17 O with
my PRON PRP$ poss 21 O my
eyes NOUN NNS pobj 19 O eye _
, PUNCT , punct 28 O , _
” PUNCT '' punct 28 O "
the DET DT det 25 O the
mother NOUN NN nsubj 28 O mother
of ADP IN prep 25 O of
three NUM CD pobj 26 B-CARDINAL three
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
Police NOUN NNS compound 32 O Police
spokesman NOUN NN compound 35 O spokesman
SP PROPN NNP compound 35 B-ORG SP
Tunde PROPN NNP compound 35 I-ORG Tunde
Bakare PROPN NNP nsubj 36 I-ORG Bakare
said VERB VBD ROOT 36 O say
the DET DT det 38 O the
driver NOUN NN nsubjpass 41 O driver
had AUX VBD aux 41 O have
been AUX VBN auxpass 41 O be
arrested VERB VBN ccomp 36 O arrest _
. PUNCT . punct 36 O .
“ PUNCT `` punct 53 O " _
He PRON PRP nsubjpass 47 O he
will AUX MD aux 47 O will
be AUX VB auxpass 47 O be
charged VERB VBN ccomp 53 O charge
to ADP IN prep 47 O to
court NOUN NN pobj 48 O court _
, PUNCT , punct 53 O , _
” PUNCT '' punct 53 O "
Bakare PROPN NNP nsubj 53 B-ORG Bakare
said VERB VBD ROOT 53 O say _
. PUNCT . punct 53 O . _
"""

_WARD_SISTER = """
Her PRON PRP$ poss 1 O her
colleague NOUN NN nsubj 10 O colleague _
, PUNCT , punct 1 O ,
Grace PROPN NNP compound 4 B-ORG Grace
Obi PROPN NNP appos 1 I-ORG Obi _
, PUNCT , punct 4 O ,
a DET DT det 8 O a
ward NOUN NN compound 8 O ward
sister NOUN NN appos 4 O sister _
, PUNCT , punct 1 O ,
agreed VERB VBD ROOT 10 O agree _
. PUNCT . punct 10 O .
“ PUNCT `` punct 25 O " _
We PRON PRP nsubj 14 O we
are AUX VBP ccomp 25 O be
tired ADJ JJ acomp 14 O tired
of ADP IN prep 15 O of
being AUX VBG auxpass 18 O be
told VERB VBN pcomp 16 O tell
to PART TO aux 20 O to
wait VERB VB xcomp 18 O wait _
, PUNCT , punct 25 O , _
” PUNCT '' punct 25 O "
Ms PROPN NNP compound 24 O Ms
Obi PROPN NNP nsubj 25 O Obi
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

_EXECUTIVE = """
Harbour PROPN NNP compound 1 B-ORG Harbour
Foods PROPN NNPS nsubj 2 I-ORG Foods
said VERB VBD ROOT 2 O say
it PRON PRP nsubj 5 O it
would AUX MD aux 5 O would
close VERB VB ccomp 2 O close
the DET DT det 7 O the
plant NOUN NN dobj 5 O plant
in ADP IN prep 5 O in
March PROPN NNP pobj 8 B-DATE March _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
“ PUNCT `` punct 24 O " _
This PRON DT nsubj 14 O this
was AUX VBD ccomp 24 O be
a DET DT det 17 O a
difficult ADJ JJ amod 17 O difficult
decision NOUN NN attr 14 O decision _
, PUNCT , punct 24 O , _
” PUNCT '' punct 24 O "
chief ADJ JJ amod 21 O chief
executive NOUN NN compound 23 O executive
Jane PROPN NNP compound 23 B-PERSON Jane
Moss PROPN NNP nsubj 24 I-PERSON Moss
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

_EMERITUS = """
“ PUNCT `` punct 8 O " _
Sea NOUN NN compound 2 B-LOC sea
levels NOUN NNS nsubj 4 O level
are AUX VBP aux 4 O be
rising VERB VBG ccomp 8 O rise
faster ADV RBR advmod 4 O fast _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Professor PROPN NNP compound 12 O Professor
Emeritus PROPN NNP compound 12 B-PERSON Emeritus
John PROPN NNP compound 12 I-PERSON John
Cole PROPN NNP nsubj 8 I-PERSON Cole
of ADP IN prep 12 O of
Harbour PROPN NNP compound 15 B-ORG Harbour
University PROPN NNP pobj 13 I-ORG University _
. PUNCT . punct 8 O . _
"""

# (Entities set by hand: the whole run tagged one person.)
_JOB_INSIDE = """
“ PUNCT `` punct 6 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
appeal VERB VB ccomp 6 O appeal _
, PUNCT , punct 6 O , _
” PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Harlow PROPN NNP compound 8 B-PERSON Harlow
spokesperson NOUN NN compound 10 I-PERSON spokesperson
Karine PROPN NNP compound 10 I-PERSON Karine
Dubois PROPN NNP nsubj 6 I-PERSON Dubois _
. PUNCT . punct 6 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


def test_accents_the_list_leaves_out_still_spell_a_given_name() -> None:
    assert given_name_in_plain_letters("maría")
    assert not given_name_in_plain_letters("maria")  # (listed as written: no second look)
    assert not given_name_in_plain_letters("café")


def test_a_given_name_with_accents_opens_a_name_the_tagger_missed() -> None:
    assert _rows(_ACCENT)[0][0] == "María del Carmen Ruiz"


def test_one_name_set_off_by_an_age_is_a_person() -> None:
    assert _rows(_AGED) == [("Sutrisno", "fruit seller", "", "Sutrisno")]


def test_one_name_beside_a_role_is_its_holder_and_the_bracketed_short_form_the_body() -> None:
    speaker, role, organization, mention = _rows(_BRACKET)[0]
    assert (speaker, organization, mention) == ("Suharyanto", "BNPB", "the former army general")
    assert role.startswith("head of the national disaster agency")


def test_an_apposition_after_a_persons_body_describes_the_body() -> None:
    assert _rows(_APPOSED) == [("Nurul Hidayah", "", "Urban Poor Consortium", "Nurul Hidayah")]


def test_an_age_with_its_verb_read_as_a_participle_speaks() -> None:
    rows = _rows(_AGE_TOLD)
    assert rows[-1] == ("Jean-Luc Mélenchon", "leader of the party", "", "The 71-year-old")


def test_a_description_continues_the_topic_holding_its_role() -> None:
    rows = _rows(_TOPIC)
    assert rows[0][0] == "Nigel Williams"
    assert rows[1] == ("Marc Jones", "Independent councillor", "", "the Gresford councillor")


def test_a_surname_tagged_a_body_after_a_listed_given_name_is_his() -> None:
    assert _rows(_HARISH) == [("Harish Kumar", "Special commissioner", "", "he")]


def test_where_a_member_sits_is_a_role_before_the_name() -> None:
    assert _rows(_BACKBENCHER) == [("Joanna Pike", "Backbencher", "", "Backbencher Joanna Pike")]


def test_a_description_in_anothers_report_is_nobody_without_its_role() -> None:
    assert _rows(_DRIVER)[0] == ("Folake Adebayo", "", "", "the mother of three")


def test_a_ward_sister_is_a_job() -> None:
    assert _rows(_WARD_SISTER) == [("Grace Obi", "ward sister", "", "Ms Obi")]


def test_a_chief_executive_is_of_the_body_the_sentence_before_is_about() -> None:
    assert _rows(_EXECUTIVE) == [("Jane Moss", "chief executive", "Harbour Foods", "Jane Moss")]


def test_emeritus_is_a_word_of_the_title() -> None:
    assert _rows(_EMERITUS)[0][:3] == ("John Cole", "Professor Emeritus", "Harbour University")


def test_a_job_in_small_letters_inside_a_tagged_name_is_no_word_of_it() -> None:
    speaker, role, _, mention = _rows(_JOB_INSIDE)[0]
    assert (speaker, role) == ("Karine Dubois", "spokesperson")
    assert mention == "Harlow spokesperson Karine Dubois"
