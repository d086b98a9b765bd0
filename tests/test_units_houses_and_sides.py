"""Where a role's body is, as other countries' news writes it (issue 10), each from a frozen parse
of a sentence written for this file, so a model update cannot change what a test exercises:

- `Head of Corporate Communications at the Lagos State Water Corporation`, `Professor of Economics
  at the University of Eastgate`: a department or a field in capitals after `of`, with a body
  named after it, is a unit of that body: the body is the organisation, not the unit;
- `the commission's Head of Media and Publicity, Ann Lee`: a word only a department's name has
  (`Publicity`) says the words after `of` are a unit, with no body after them;
- `The EFCC's Head of Media and Publicity, Amina Bello-Yusuf,`, tagged one body from `Publicity`
  over the comma: the name after the comma, opening on a given name, is a person's;
- `'We will not back down', says defiant PM` heading a story that names `The Prime Minister, Sir
  Tom Hale,` after it: an initialism in the headline is the holder the story names later;
- `Farmers' leader Ravi Kumar said`, `Farmers` tagged a body: a plural common noun in capitals
  only because it opens the sentence owns no job for a body;
- `Finance MEC Thuli Ndlovu said`, tagged a body from `MEC`: a common South African given name
  (models/first_names.txt) opens the name after the title;
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
  that end on a body's noun opens the body's name, and the country after it is its branch;
- `who has run a noodle stall at Harbourside Food Centre`: a business of one's own (`a` stall) at
  a place is no post in a body (`who heads the liver unit at X Hospital` is);
- `Local Government Minister Sam Brown said` opening a sentence, `Local` read as an adjective: the
  brief's word in capitals is the portfolio's, kept in the title;
- `said the state Police Public Relations Officer, SP Tunde Bakare`, parsed with `state` the
  subject, the office its apposition and the name the office's: the name speaks, and the office
  heads the apposition; `Police Public Relations Officer SP Bola Adeyemi`, `Police Public
  Relations` tagged a body: a department's words after `Police` are the title's, no body.
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


_OWN_STALL = """
Mr PROPN NNP compound 3 O Mr
Lim PROPN NNP compound 3 B-PERSON Lim
Boon PROPN NNP compound 3 I-PERSON Boon
Hock PROPN NNP nsubj 21 I-PERSON Hock _
, PUNCT , punct 3 O ,
67 NUM CD appos 3 B-DATE 67 _
, PUNCT , punct 3 O ,
who PRON WP nsubj 9 O who
has AUX VBZ aux 9 O have
run VERB VBN relcl 3 O run
a DET DT det 12 O a
noodle NOUN NN compound 12 O noodle
stall NOUN NN dobj 9 O stall
at ADP IN prep 9 O at
Harbourside PROPN NNP compound 16 B-ORG Harbourside
Food PROPN NNP compound 16 I-ORG Food
Centre PROPN NNP pobj 13 I-ORG Centre
for ADP IN prep 9 O for
30 NUM CD nummod 19 B-DATE 30
years NOUN NNS pobj 17 I-DATE year _
, PUNCT , punct 3 O ,
welcomed VERB VBD ROOT 21 O welcome
the DET DT det 23 O the
news NOUN NN dobj 21 O news _
. PUNCT . punct 21 O .
“ PUNCT `` punct 29 O " _
Now ADV RB advmod 29 O now
I PRON PRP nsubj 29 O I
can AUX MD aux 29 O can
plan VERB VB ccomp 34 O plan
ahead ADV RB advmod 29 O ahead _
, PUNCT , punct 34 O , _
” PUNCT '' punct 34 O "
he PRON PRP nsubj 34 O he
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


_HEADS_A_UNIT = """
Dr PROPN NNP compound 2 O Dr
Ana PROPN NNP compound 2 O Ana
Ruiz PROPN NNP nsubj 14 O Ruiz _
, PUNCT , punct 2 O ,
who PRON WP nsubj 5 O who
heads VERB VBZ relcl 2 O head
the DET DT det 8 O the
liver NOUN NN compound 8 O liver
unit NOUN NN dobj 5 O unit
at ADP IN prep 5 O at
Harbourside PROPN NNP compound 12 B-ORG Harbourside
General PROPN NNP compound 12 I-ORG General
Hospital PROPN NNP pobj 9 I-ORG Hospital _
, PUNCT , punct 2 O ,
welcomed VERB VBD ROOT 14 O welcome
the DET DT det 16 O the
news NOUN NN dobj 14 O news _
. PUNCT . punct 14 O .
“ PUNCT `` punct 22 O " _
Now ADV RB advmod 22 O now
we PRON PRP nsubj 22 O we
can AUX MD aux 22 O can
plan VERB VB ccomp 27 O plan
ahead ADV RB advmod 22 O ahead _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
she PRON PRP nsubj 27 O she
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


_LOCAL_GOVERNMENT = """
Local ADJ JJ amod 2 O local
Government PROPN NNP compound 2 O Government
Minister PROPN NNP compound 4 O Minister
Sam PROPN NNP compound 4 B-PERSON Sam
Brown PROPN NNP nsubj 5 I-PERSON Brown
said VERB VBD ROOT 5 O say
councils NOUN NNS nsubj 7 O council
had VERB VBD ccomp 5 O have
to PART TO aux 9 O to
get VERB VB xcomp 7 O get
back ADV RB advmod 9 O back
to ADP IN prep 10 O to
basics NOUN NNS pobj 11 O basic _
. PUNCT . punct 5 O .
“ PUNCT `` punct 21 O " _
Pipes NOUN NNS prep 14 O pipe
first ADV RB advmod 15 B-ORDINAL first _
, PUNCT , punct 21 O , _
” PUNCT '' punct 21 O "
the DET DT det 20 O the
minister PROPN NNP nsubj 21 O minister
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


_STATE_OFFICER = """
“ PUNCT `` punct 6 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
investigating VERB VBG ccomp 6 O investigate _
, PUNCT , punct 6 O , _
” PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
state NOUN NN nsubj 6 O state
Police PROPN NNP nmod 12 B-ORG Police
Public PROPN NNP compound 11 I-ORG Public
Relations PROPN NNPS compound 12 I-ORG Relations
Officer PROPN NNP appos 8 O Officer _
, PUNCT , punct 12 O ,
SP PROPN NNP compound 16 B-ORG SP
Tunde PROPN NNP compound 16 I-ORG Tunde
Bakare PROPN NNP appos 12 I-ORG Bakare _
. PUNCT . punct 6 O . _
"""


_RELATIONS_OFFICER = """
Police PROPN NNP compound 3 B-ORG Police
Public PROPN NNP compound 2 I-ORG Public
Relations PROPN NNPS compound 3 I-ORG Relations
Officer PROPN NNP compound 6 O Officer
SP PROPN NNP compound 6 O SP
Bola PROPN NNP compound 6 O Bola
Adeyemi PROPN NNP nsubj 7 O Adeyemi
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
suspects NOUN NNS nsubjpass 12 O suspect
had AUX VBD aux 12 O have
been AUX VBN auxpass 12 O be
arrested VERB VBN ccomp 7 O arrest _
. PUNCT . punct 7 O .
“ PUNCT `` punct 22 O " _
They PRON PRP nsubjpass 18 O they
will AUX MD aux 18 O will
be AUX VB auxpass 18 O be
charged VERB VBN ccomp 22 O charge _
, PUNCT , punct 22 O , _
” PUNCT '' punct 22 O "
Adeyemi PROPN NNP nsubj 22 B-PERSON Adeyemi
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


_PUBLICITY = """
“ PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
recover VERB VB ccomp 8 O recover
the DET DT det 5 O the
money NOUN NN dobj 3 O money _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
commission NOUN NN poss 12 O commission _
’s PART POS case 10 O ’s
Head PROPN NNP nsubj 8 O Head
of ADP IN prep 12 O of
Media PROPN NNP pobj 13 B-ORG Media
and CCONJ CC cc 14 O and
Publicity PROPN NNP conj 14 O Publicity _
, PUNCT , punct 12 O ,
Ann PROPN NNP compound 19 B-PERSON Ann
Lee PROPN NNP appos 12 I-PERSON Lee _
. PUNCT . punct 8 O . _
"""


# (Tagged as the tagger tags it: `Publicity, Amina Bello-Yusuf` one body.)
_OVER_THE_COMMA = """
The DET DT det 1 O the
EFCC PROPN NNP poss 3 B-ORG EFCC _
’s PART POS case 1 O ’s
Head PROPN NNP nsubj 14 O Head
of ADP IN prep 3 O of
Media PROPN NNP pobj 4 B-ORG Media
and CCONJ CC cc 5 O and
Publicity PROPN NNP conj 5 B-ORG Publicity _
, PUNCT , punct 3 I-ORG ,
Amina PROPN NNP compound 12 I-ORG Amina
Bello PROPN NNP compound 12 I-ORG Bello _
- PUNCT HYPH punct 12 I-ORG - _
Yusuf PROPN NNP appos 3 I-ORG Yusuf _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 14 O say
in ADP IN prep 14 O in
a DET DT det 17 O a
statement NOUN NN pobj 15 O statement
that SCONJ IN mark 22 O that
the DET DT det 20 O the
commission NOUN NN nsubj 22 O commission
would AUX MD aux 22 O would
recover VERB VB acl 17 O recover
the DET DT det 24 O the
money NOUN NN dobj 22 O money _
. PUNCT . punct 14 O .
“ PUNCT `` punct 35 O " _
Every DET DT det 28 O every
kobo NOUN NN nsubjpass 31 O kobo
will AUX MD aux 31 O will
be AUX VB auxpass 31 O be
returned VERB VBN ccomp 35 O return _
, PUNCT , punct 35 O , _
” PUNCT '' punct 35 O "
she PRON PRP nsubj 35 O she
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""


_HEADLINE_INITIALISM = """
‘ PUNCT `` punct 8 O ' _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
back VERB VB prep 0 O back
down ADV RB advmod 4 O down _
’ PUNCT '' punct 8 O ' _
, PUNCT , punct 8 O ,
says VERB VBZ ROOT 8 O say
defiant ADJ JJ amod 10 O defiant
PM PROPN NNP nsubj 8 O PM _
<paragraph> SPACE _SP dep 10 O <paragraph> _
The DET DT det 14 O the
Prime PROPN NNP compound 14 O Prime
Minister PROPN NNP nsubj 20 O Minister _
, PUNCT , punct 14 O ,
Sir PROPN NNP compound 18 O Sir
Tom PROPN NNP compound 18 B-PERSON Tom
Hale PROPN NNP appos 14 I-PERSON Hale _
, PUNCT , punct 14 O ,
vowed VERB VBD ROOT 20 O vow
on ADP IN prep 20 O on
Monday PROPN NNP pobj 21 B-DATE Monday
to PART TO aux 24 O to
press VERB VB xcomp 20 O press
ahead ADV RB advmod 24 O ahead
with ADP IN prep 24 O with
the DET DT det 28 O the
reforms NOUN NNS pobj 26 O reform _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
“ PUNCT `` punct 41 O " _
We PRON PRP nsubj 35 O we
will AUX MD aux 35 O will
not PART RB neg 35 O not
back VERB VB ccomp 41 O back
down ADP RP prt 35 O down _
, PUNCT , punct 41 O , _
” PUNCT '' punct 41 O "
Sir PROPN NNP compound 40 O Sir
Tom PROPN NNP nsubj 41 B-PERSON Tom
told VERB VBD ROOT 41 O tell
MPs PROPN NNP dobj 41 O MPs _
. PUNCT . punct 41 O . _
"""


_FARMERS_LEADER = """
Farmers NOUN NNS poss 2 B-ORG farmer _
' PART POS case 0 O '
leader NOUN NN compound 4 O leader
Ravi PROPN NNP compound 4 B-PERSON Ravi
Kumar PROPN NNP nsubj 5 I-PERSON Kumar
said VERB VBD ROOT 5 O say
they PRON PRP nsubj 8 O they
would AUX MD aux 8 O would
march VERB VB ccomp 5 O march
on ADP IN prep 8 O on
the DET DT det 11 O the
capital NOUN NN pobj 9 O capital _
. PUNCT . punct 5 O .
“ PUNCT `` punct 20 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
march VERB VB ccomp 20 O march _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
Kumar PROPN NNP nsubj 20 B-PERSON Kumar
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


_SOUTH_AFRICAN_NAME = """
Finance NOUN NN compound 1 O finance
MEC PROPN NNP compound 3 B-ORG MEC
Thuli PROPN NNP compound 3 I-ORG Thuli
Ndlovu PROPN NNP nsubj 4 I-ORG Ndlovu
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
budget NOUN NN nsubjpass 8 O budget
was AUX VBD auxpass 8 O be
balanced VERB VBN ccomp 4 O balance _
. PUNCT . punct 4 O .
“ PUNCT `` punct 18 O " _
We PRON PRP nsubj 12 O we
have VERB VBP ccomp 18 O have
no DET DT det 14 O no
deficit NOUN NN dobj 12 O deficit _
, PUNCT , punct 18 O , _
” PUNCT '' punct 18 O "
Ndlovu PROPN NNP nsubj 18 O Ndlovu
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
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


def test_a_departments_own_word_makes_a_unit_without_a_body_after_it() -> None:
    assert _rows(_PUBLICITY) == [("Ann Lee", "Head of Media and Publicity", "", "Ann Lee")]


def test_a_name_after_a_comma_inside_a_tagged_body_is_a_person() -> None:
    assert _rows(_OVER_THE_COMMA) == [("Amina Bello-Yusuf", "Head of Media and Publicity", "EFCC", "she")]


def test_an_initialism_in_the_headline_is_the_holder_named_after_it() -> None:
    assert _rows(_HEADLINE_INITIALISM)[0] == ("Tom Hale", "Prime Minister", "", "PM")


def test_a_common_noun_opening_the_sentence_owns_no_job_for_a_body() -> None:
    assert _rows(_FARMERS_LEADER) == [("Ravi Kumar", "leader", "", "Kumar")]


def test_a_south_african_given_name_opens_the_name_after_a_title() -> None:
    assert _rows(_SOUTH_AFRICAN_NAME) == [("Thuli Ndlovu", "Finance MEC", "", "Ndlovu")]


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


def test_running_a_business_of_ones_own_at_a_place_is_no_post() -> None:
    assert _rows(_OWN_STALL) == [("Lim Boon Hock", "", "", "he")]
    assert _rows(_HEADS_A_UNIT) == [("Ana Ruiz", "", "Harbourside General Hospital", "she")]


def test_a_briefs_adjective_opening_a_sentence_stays_in_the_portfolio() -> None:
    assert _rows(_LOCAL_GOVERNMENT) == [("Sam Brown", "Local Government Minister", "", "the minister")]


def test_a_name_apposed_to_an_office_apposed_to_the_subject_speaks() -> None:
    assert _rows(_STATE_OFFICER) == [
        ("Tunde Bakare", "state Police Public Relations Officer", "", "SP Tunde Bakare")
    ]


def test_a_departments_words_after_a_bodys_noun_are_the_titles() -> None:
    assert _rows(_RELATIONS_OFFICER) == [("Bola Adeyemi", "Police Public Relations Officer", "", "Adeyemi")]
