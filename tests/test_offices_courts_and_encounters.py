"""A body named for an office, a court and a workplace set off by a participle, an office named
after an encounter, and a headline's common noun, each from a frozen parse of a sentence written
for this file (the entities as the tagger gave them), so a model update cannot change what a test
exercises:

- `the Lenton County District Attorney's Office` (untagged), `the Attorney General's Office`
  (tagged from `General`), `the Lenton County Sheriff's Office` (tagged whole): an office in
  capitals, its possessive and a body's noun are one body, the office's holder its owner (the
  organisation was *Office*, *General's Office* and *Lenton County Sheriff*);
- `Judge Ana Ruiz, sitting at Lenton Crown Court, told him`, `Tom Hale, an engineer working for
  Harbour Bank, said`: a participle of working at a body (or of a judge's sitting at a court) set
  off after a name gives the body, as `who works for` does (not `sitting at the bar of the Lenton
  Arms`); `Recorder Sam Tate` (a part-time judge of England and Wales) is an office, no name;
- `said Mayor Harold  L. Fenwick`, typed with two spaces: the speaker's name is one line with
  single spaces, a table's cell (the mention keeps the text as it is);
- `Lenton Grammar's Tom Hale scored`, the school tagged a person: a name closed by its
  possessive owns the name after it and is no part of it (the speaker was *Lenton Grammar's Tom
  Hale*);
- `The Blues lost again. Blues captain Tevita Latu said`: a plural in capitals opening the
  sentence before a job names the side the article names so (the role was *Blues captain*);
- `Harbour SC head coach Abdallah Wekesa said`, `Harbour` tagged a verb: a verb opens no title,
  so it opens the body's tagged name (the organisation was *SC*); `Veteran Arsenal striker`,
  tagged one body, still works for Arsenal;
- `A spokesperson for Lenton and District NHS Foundation Trust said`, the town tagged a place
  and cut off: a body named for a town `and District` is one body (the organisation was
  *Lenton*);
- `Police and Crime Commissioner Jo Kerr said`: `police` is a word of a brief
  (models/portfolios.txt), so the two joined by `and` are one brief (the role was *Crime
  Commissioner*);
- `Ana Ruiz, who resigned as finance minister last year,` (`minister` tagged a proper noun), `who
  stepped down as finance minister`: a post left, *former finance minister*; `who will step down
  as finance minister` holds it still;
- `The Right Reverend Ana Ruiz, Bishop of Lenton,`, `The Reverend Ana Ruiz`, `The Rt Hon Tom
  Hale MP`: `Reverend` in full, like `Rev`, and the styles `Right Reverend` and `Rt Hon` (pairs:
  models/titles.txt) are no part of the name (the speaker was *Reverend Ana Ruiz*);
- `The Scottish Government's net zero secretary, Mia Cole,`, `zero` tagged a number: the words of
  a brief are no count dropped from the role (the role was *net secretary*);
- `a Downing Street spokesperson said`, the street tagged a location: a seat of government in
  capitals before a job of speaking for a body stands for the body there (as `a White House
  spokesperson` does);
- `Lenton Police Department spokesperson Officer Dana Reyes said`: a rank in capitals between a job
  of speaking for a body and the name is a form of address (the role was *spokesperson Officer*);
- `The Harbour Anti-Corruption Commission charged …`, untagged: a hyphen joining two words in
  capitals is inside the body's name (the organisation was *Corruption Commission*);

- `In an interview with the chief executive of Harbour Water, Lena Okafor, we asked …`: words
  naming an encounter (an interview, a conversation, a letter) before `with`/`between`/`from`
  and an office are no part of the office (the role was *In an interview with the chief
  executive of Harbour Water*);
- `Speaking in an interview with the mayor of Lenton, Priya Nair said`: the name, not set off,
  is the sentence's subject, not the office's holder (no role, rather than that sentence);
- `a conversation between Radio Lenton's Tom Becker and the mayor of Lenton, Priya Nair`, a
  transcript's introduction: the office after `and` is the second person's (the role was *Tom
  Becker and the mayor of Lenton*);
- `Council approves new bus lanes` heading a story about `Lenton City Council`: `the council's
  cabinet member` works for the council the story names, not for the headline's *Council*.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_AN_OFFICEHOLDERS_OFFICE_UNTAGGED = """
“ PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
appeal VERB VB ccomp 8 O appeal
the DET DT det 5 O the
ruling NOUN NN dobj 3 O ruling _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Tom PROPN NNP compound 10 B-PERSON Tom
Hale PROPN NNP nsubj 8 I-PERSON Hale _
, PUNCT , punct 10 O ,
a DET DT det 13 O a
spokesman NOUN NN appos 10 O spokesman
for ADP IN prep 13 O for
the DET DT det 19 O the
Lenton PROPN NNP compound 17 B-GPE Lenton
County PROPN NNP compound 19 I-GPE County
District PROPN NNP compound 19 O District
Attorney PROPN NNP poss 21 O Attorney _
's PART POS case 19 O 's
Office PROPN NNP pobj 14 O Office _
. PUNCT . punct 8 O . _
"""

_AN_OFFICEHOLDERS_OFFICE_CUT = """
A DET DT det 1 O a
spokesperson NOUN NN nsubj 8 O spokesperson
for ADP IN prep 1 O for
the DET DT det 5 O the
Attorney PROPN NNP compound 5 O Attorney
General PROPN NNP poss 7 B-ORG General _
's PART POS case 5 I-ORG 's
Office PROPN NNP pobj 2 I-ORG Office
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
“ PUNCT `` punct 8 O " _
We PRON PRP nsubj 13 O we
are AUX VBP aux 13 O be
reviewing VERB VBG ccomp 8 O review
the DET DT det 15 O the
ruling NOUN NN dobj 13 O ruling _
. PUNCT . punct 8 O . _
” PUNCT '' punct 8 O " _
"""

_AN_OFFICEHOLDERS_OFFICE_TAGGED = """
Deputy PROPN NNP compound 2 O Deputy
Tom PROPN NNP compound 2 B-PERSON Tom
Hale PROPN NNP nsubj 10 I-PERSON Hale
of ADP IN prep 2 O of
the DET DT det 7 B-ORG the
Lenton PROPN NNP compound 6 I-ORG Lenton
County PROPN NNP compound 7 I-ORG County
Sheriff PROPN NNP poss 9 I-ORG Sheriff _
's PART POS case 7 I-ORG 's
Office PROPN NNP pobj 3 I-ORG Office
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
“ PUNCT `` punct 10 O " _
The DET DT det 14 O the
road NOUN NN nsubj 16 O road
will AUX MD aux 16 O will
stay VERB VB ccomp 10 O stay
closed ADJ JJ acomp 16 O closed _
. PUNCT . punct 10 O . _
” PUNCT '' punct 10 O " _
"""

_A_BODY_WITH_A_HYPHENATED_WORD = """
The DET DT det 5 O the
Harbour PROPN NNP compound 5 O Harbour
Anti PROPN NNP compound 5 O Anti _
- PROPN NNP compound 5 O - _
Corruption PROPN NNP compound 5 O Corruption
Commission PROPN NNP nsubj 6 O Commission
charged VERB VBD ROOT 6 O charge
three NUM CD nummod 8 B-CARDINAL three
officials NOUN NNS dobj 6 O official
on ADP IN prep 6 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 6 O .
Ana PROPN NNP compound 13 O Ana
Ruiz PROPN NNP nsubj 22 O Ruiz _
, PUNCT , punct 13 O ,
a DET DT det 17 O a
forensic ADJ JJ amod 17 O forensic
analyst NOUN NN appos 13 O analyst
with ADP IN prep 17 O with
the DET DT det 20 O the
commission NOUN NN pobj 18 O commission _
, PUNCT , punct 13 O ,
told VERB VBD ROOT 22 O tell
the DET DT det 24 O the
court NOUN NN dobj 22 O court _
: PUNCT : punct 22 O :
“ PUNCT `` punct 22 O " _
The DET DT det 28 O the
money NOUN NN nsubj 29 O money
moved VERB VBD ccomp 22 O move
through ADP IN prep 29 O through
five NUM CD nummod 32 B-CARDINAL five
accounts NOUN NNS pobj 30 O account _
. PUNCT . punct 22 O . _
” PUNCT '' punct 22 O " _
"""

_A_JUDGE_SITTING_AT_A_COURT = """
Judge PROPN NNP compound 2 O Judge
Ana PROPN NNP compound 2 B-PERSON Ana
Ruiz PROPN NNP nsubj 10 I-PERSON Ruiz _
, PUNCT , punct 10 O ,
sitting VERB VBG advcl 10 O sit
at ADP IN prep 4 O at
Lenton PROPN NNP compound 8 B-ORG Lenton
Crown PROPN NNP compound 8 I-ORG Crown
Court PROPN NNP pobj 5 I-ORG Court _
, PUNCT , punct 10 O ,
told VERB VBD ROOT 10 O tell
him PRON PRP dobj 10 O he _
: PUNCT : punct 10 O :
“ PUNCT `` punct 10 O " _
You PRON PRP nsubj 15 O you
showed VERB VBD ccomp 10 O show
no DET DT det 17 O no
remorse NOUN NN dobj 15 O remorse _
. PUNCT . punct 10 O . _
” PUNCT '' punct 10 O " _
"""

_AN_ENGINEER_WORKING_FOR_A_BANK = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 10 I-PERSON Hale _
, PUNCT , punct 1 O ,
an DET DT det 4 O an
engineer NOUN NN appos 1 O engineer
working VERB VBG acl 4 O work
for ADP IN prep 5 O for
Harbour PROPN NNP compound 8 B-ORG Harbour
Bank PROPN NNP pobj 6 I-ORG Bank _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
“ PUNCT `` punct 10 O " _
The DET DT det 14 O the
bridge NOUN NN nsubj 16 O bridge
will AUX MD aux 16 O will
hold VERB VB ccomp 10 O hold _
. PUNCT . punct 10 O . _
” PUNCT '' punct 10 O " _
"""

_WORKING_FOR_A_BANK = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 8 I-PERSON Hale _
, PUNCT , punct 1 O ,
working VERB VBG acl 1 O work
for ADP IN prep 3 O for
Harbour PROPN NNP compound 6 B-ORG Harbour
Bank PROPN NNP pobj 4 I-ORG Bank _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
“ PUNCT `` punct 8 O " _
The DET DT det 12 O the
bridge NOUN NN nsubj 14 O bridge
will AUX MD aux 14 O will
hold VERB VB ccomp 8 O hold _
. PUNCT . punct 8 O . _
” PUNCT '' punct 8 O " _
"""

_SITTING_AT_A_BAR = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 12 I-PERSON Hale _
, PUNCT , punct 1 O ,
sitting VERB VBG acl 1 O sit
at ADP IN prep 3 O at
the DET DT det 6 O the
bar NOUN NN pobj 4 O bar
of ADP IN prep 6 O of
the DET DT det 10 B-ORG the
Lenton PROPN NNP compound 10 I-ORG Lenton
Arms PROPN NNP pobj 7 I-ORG Arms _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
“ PUNCT `` punct 12 O " _
I PRON PRP nsubj 16 O I
saw VERB VBD ccomp 12 O see
nothing PRON NN dobj 16 O nothing _
. PUNCT . punct 12 O . _
” PUNCT '' punct 12 O " _
"""

_A_RECORDER = """
Sentencing VERB VBG advcl 6 O sentence
him PRON PRP dobj 0 O he _
, PUNCT , punct 6 O ,
Recorder PROPN NNP compound 5 B-PERSON Recorder
Sam PROPN NNP compound 5 I-PERSON Sam
Tate PROPN NNP nsubj 6 I-PERSON Tate
said VERB VBD ROOT 6 O say _
: PUNCT : punct 6 O :
“ PUNCT `` punct 6 O " _
This PRON DT nsubj 10 O this
was AUX VBD ccomp 6 O be
a DET DT det 13 O a
grave ADJ JJ amod 13 O grave
breach NOUN NN attr 10 O breach
of ADP IN prep 13 O of
trust NOUN NN pobj 14 O trust _
. PUNCT . punct 6 O . _
” PUNCT '' punct 6 O " _
"""

_A_NAME_TYPED_WITH_TWO_SPACES = """
“ PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
rebuild VERB VB ccomp 8 O rebuild
the DET DT det 5 O the
bridge NOUN NN dobj 3 O bridge _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Mayor PROPN NNP compound 13 O Mayor
Harold PROPN NNP compound 13 B-PERSON Harold
<space> SPACE _SP dep 10 I-PERSON <space> _
L. PROPN NNP compound 13 I-PERSON L.
Fenwick PROPN NNP nsubj 8 I-PERSON Fenwick _
. PUNCT . punct 8 O . _
"""

_A_NAME_AFTER_ITS_SCHOOLS_POSSESSIVE = """
Lenton PROPN NNP compound 1 B-PERSON Lenton
Grammar PROPN NNP poss 4 I-PERSON Grammar _
's PART POS case 1 I-PERSON 's
Tom PROPN NNP compound 4 B-PERSON Tom
Hale PROPN NNP nsubj 5 I-PERSON Hale
scored VERB VBD ROOT 5 O score
twice ADV RB advmod 5 O twice
in ADP IN prep 5 O in
the DET DT det 9 O the
final ADJ JJ pobj 7 O final _
. PUNCT . punct 5 O .
“ PUNCT `` punct 20 O " _
It PRON PRP nsubj 13 O it
was AUX VBD ccomp 20 O be
a DET DT det 16 O a
great ADJ JJ amod 16 O great
night NOUN NN attr 13 O night _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
Hale PROPN NNP nsubj 20 B-PERSON Hale
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

_A_SIDES_PLURAL_OPENING_A_SENTENCE = """
The DET DT det 1 O the
Blues PROPN NNPS nsubj 2 B-ORG Blues
lost VERB VBD ROOT 2 O lose
again ADV RB advmod 2 O again
on ADP IN prep 2 O on
Saturday PROPN NNP pobj 4 B-DATE Saturday _
. PUNCT . punct 2 O .
Blues NOUN NNS compound 8 O blue
captain NOUN NN compound 10 O captain
Tevita PROPN NNP compound 10 B-PERSON Tevita
Latu PROPN NNP nsubj 11 I-PERSON Latu
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
“ PUNCT `` punct 11 O " _
We PRON PRP nsubj 15 O we
were AUX VBD ccomp 11 O be
poor ADJ JJ acomp 15 O poor
in ADP IN prep 15 O in
the DET DT det 19 O the
scrum NOUN NN pobj 17 O scrum _
. PUNCT . punct 11 O . _
” PUNCT '' punct 11 O " _
"""

_A_SIDES_NAME_OPENED_BY_A_VERB = """
Harbour VERB VB compound 5 B-ORG harbour
SC PROPN NNP compound 3 I-ORG SC
head NOUN NN compound 3 O head
coach NOUN NN dobj 0 O coach
Abdallah PROPN NNP compound 5 B-PERSON Abdallah
Wekesa PROPN NNP nsubj 6 I-PERSON Wekesa
said VERB VBD ROOT 6 O say _
: PUNCT : punct 6 O :
“ PUNCT `` punct 6 O " _
We PRON PRP nsubj 10 O we
deserved VERB VBD ccomp 6 O deserve
the DET DT det 12 O the
win NOUN NN dobj 10 O win _
. PUNCT . punct 6 O . _
” PUNCT '' punct 6 O " _
"""

_A_VETERAN_TAGGED_INSIDE_A_SIDE = """
Veteran NOUN NN compound 2 B-ORG veteran
Arsenal ADJ JJ compound 2 I-ORG arsenal
striker NOUN NN compound 4 O striker
Tom PROPN NNP compound 4 B-PERSON Tom
Hale PROPN NNP nsubj 5 I-PERSON Hale
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
“ PUNCT `` punct 5 O " _
We PRON PRP nsubj 9 O we
deserved VERB VBD ccomp 5 O deserve
the DET DT det 11 O the
win NOUN NN dobj 9 O win _
. PUNCT . punct 5 O . _
” PUNCT '' punct 5 O " _
"""

_A_BODY_OF_A_TOWN_AND_DISTRICT = """
A DET DT det 1 O a
spokesperson NOUN NN nsubj 9 O spokesperson
for ADP IN prep 1 O for
Lenton PROPN NNP pobj 2 B-GPE Lenton
and CCONJ CC cc 3 O and
District PROPN NNP compound 8 B-ORG District
NHS PROPN NNP compound 8 I-ORG NHS
Foundation PROPN NNP compound 8 I-ORG Foundation
Trust PROPN NNP conj 3 I-ORG Trust
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
“ PUNCT `` punct 9 O " _
We PRON PRP nsubj 13 O we
apologise VERB VBP ccomp 9 O apologise
for ADP IN prep 13 O for
the DET DT det 16 O the
delay NOUN NN pobj 14 O delay _
. PUNCT . punct 9 O . _
” PUNCT '' punct 9 O " _
"""

_A_POLICE_AND_CRIME_COMMISSIONER = """
Police PROPN NNP nmod 3 O Police
and CCONJ CC cc 0 O and
Crime PROPN NNP conj 0 O Crime
Commissioner PROPN NNP compound 5 O Commissioner
Jo PROPN NNP compound 5 B-PERSON Jo
Kerr PROPN NNP nsubj 6 I-PERSON Kerr
said VERB VBD ROOT 6 O say _
: PUNCT : punct 6 O :
“ PUNCT `` punct 6 O " _
Officers NOUN NNS nsubj 11 O officer
will AUX MD aux 11 O will
be AUX VB ccomp 6 O be
back ADV RB advmod 11 O back
on ADP IN prep 12 O on
the DET DT det 15 O the
beat NOUN NN pobj 13 O beat _
. PUNCT . punct 6 O . _
” PUNCT '' punct 6 O " _
"""

_RESIGNED_AS_A_MINISTER = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 11 O Ruiz _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
resigned VERB VBD relcl 1 O resign
as ADP IN prep 4 O as
finance NOUN NN compound 7 O finance
minister PROPN NNP pobj 5 O minister
last ADJ JJ amod 9 B-DATE last
year NOUN NN npadvmod 4 I-DATE year _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
“ PUNCT `` punct 11 O " _
The DET DT det 15 O the
budget NOUN NN nsubj 16 O budget
is AUX VBZ ccomp 11 O be
a DET DT det 18 O a
fantasy NOUN NN attr 16 O fantasy _
. PUNCT . punct 11 O . _
” PUNCT '' punct 11 O " _
"""

_STEPPED_DOWN_AS_A_MINISTER = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 12 O Ruiz _
, PUNCT , punct 1 O ,
who PRON WP nsubj 4 O who
stepped VERB VBD relcl 1 O step
down ADV RB prt 4 O down
as ADP IN prep 4 O as
finance NOUN NN compound 8 O finance
minister PROPN NNP pobj 6 O minister
last ADJ JJ amod 10 B-DATE last
year NOUN NN npadvmod 4 I-DATE year _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
“ PUNCT `` punct 12 O " _
The DET DT det 16 O the
budget NOUN NN nsubj 17 O budget
is AUX VBZ ccomp 12 O be
a DET DT det 19 O a
fantasy NOUN NN attr 17 O fantasy _
. PUNCT . punct 12 O . _
” PUNCT '' punct 12 O " _
"""

_WILL_STEP_DOWN_AS_A_MINISTER = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 13 O Ruiz _
, PUNCT , punct 1 O ,
who PRON WP nsubj 5 O who
will AUX MD aux 5 O will
step VERB VB relcl 1 O step
down ADP RP prt 5 O down
as ADP IN prep 5 O as
finance NOUN NN compound 9 O finance
minister NOUN NN pobj 7 O minister
in ADP IN prep 5 O in
May PROPN NNP pobj 10 B-DATE May _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 13 O say _
: PUNCT : punct 13 O :
“ PUNCT `` punct 13 O " _
The DET DT det 17 O the
budget NOUN NN nsubj 18 O budget
is AUX VBZ ccomp 13 O be
a DET DT det 20 O a
fantasy NOUN NN attr 18 O fantasy _
. PUNCT . punct 13 O . _
” PUNCT '' punct 13 O " _
"""

_THE_RIGHT_REVEREND = """
The DET DT det 2 O the
Right ADJ JJ amod 2 O right
Reverend PROPN NNP compound 4 O Reverend
Ana PROPN NNP compound 4 O Ana
Ruiz PROPN NNP nsubj 10 O Ruiz _
, PUNCT , punct 4 O ,
Bishop PROPN NNP appos 4 O Bishop
of ADP IN prep 6 O of
Lenton PROPN NNP pobj 7 B-GPE Lenton _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
“ PUNCT `` punct 10 O " _
We PRON PRP nsubj 14 O we
pray VERB VBP ccomp 10 O pray
for ADP IN prep 14 O for
the DET DT det 17 O the
families NOUN NNS pobj 15 O family _
. PUNCT . punct 10 O . _
” PUNCT '' punct 10 O " _
"""

_THE_REVEREND = """
The DET DT det 3 O the
Reverend PROPN NNP compound 3 O Reverend
Ana PROPN NNP compound 3 O Ana
Ruiz PROPN NNP nsubj 4 O Ruiz
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
“ PUNCT `` punct 4 O " _
We PRON PRP nsubj 8 O we
pray VERB VBP ccomp 4 O pray
for ADP IN prep 8 O for
the DET DT det 11 O the
families NOUN NNS pobj 9 O family _
. PUNCT . punct 4 O . _
” PUNCT '' punct 4 O "
The DET DT det 15 O the
minister NOUN NN nsubj 16 O minister
spoke VERB VBD ROOT 16 O speak
for ADP IN prep 16 O for
ten NUM CD nummod 19 B-TIME ten
minutes NOUN NNS pobj 17 I-TIME minute _
. PUNCT . punct 16 O . _
"""

_THE_RT_HON = """
The DET DT det 5 B-PERSON the
Rt PROPN NNP compound 5 I-PERSON Rt
Hon PROPN NNP compound 5 I-PERSON Hon
Tom PROPN NNP compound 5 I-PERSON Tom
Hale PROPN NNP compound 5 I-PERSON Hale
MP PROPN NNP nsubj 6 I-PERSON MP
said VERB VBD ROOT 6 O say _
: PUNCT : punct 6 O :
“ PUNCT `` punct 6 O " _
We PRON PRP nsubj 11 O we
will AUX MD aux 11 O will
win VERB VB ccomp 6 O win
the DET DT det 13 O the
seat NOUN NN dobj 11 O seat _
. PUNCT . punct 6 O . _
” PUNCT '' punct 6 O " _
"""

_A_NET_ZERO_SECRETARY = """
The DET DT det 2 B-ORG the
Scottish PROPN NNP compound 2 I-ORG Scottish
Government PROPN NNP poss 6 I-ORG Government _
's PART POS case 2 I-ORG 's
net ADJ JJ amod 6 O net
zero NUM CD nummod 6 B-CARDINAL zero
secretary NOUN NN nsubj 11 O secretary _
, PUNCT , punct 6 O ,
Mia PROPN NNP compound 9 B-PERSON Mia
Cole PROPN NNP appos 6 I-PERSON Cole _
, PUNCT , punct 6 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
“ PUNCT `` punct 11 O " _
We PRON PRP nsubj 15 O we
are AUX VBP ccomp 11 O be
on ADP IN prep 15 O on
track NOUN NN pobj 16 O track _
. PUNCT . punct 11 O . _
” PUNCT '' punct 11 O " _
"""

_A_SEAT_OF_GOVERNMENTS_SPOKESPERSON = """
“ PUNCT `` punct 13 O " _
We PRON PRP nsubj 4 O we
do AUX VBP aux 4 O do
not PART RB neg 4 O not
comment VERB VB ccomp 13 O comment
on ADP IN prep 4 O on
leaks NOUN NNS pobj 5 O leak _
, PUNCT , punct 13 O , _
” PUNCT '' punct 13 O "
a DET DT det 12 O a
Downing PROPN NNP compound 11 B-LOC Downing
Street PROPN NNP compound 12 I-LOC Street
spokesperson NOUN NN nsubj 13 O spokesperson
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
"""

_A_SPOKESPERSONS_RANK = """
“ PUNCT `` punct 15 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
reviewing VERB VBG ccomp 15 O review
the DET DT det 5 O the
footage NOUN NN dobj 3 O footage _
, PUNCT , punct 15 O , _
” PUNCT '' punct 15 O "
Lenton PROPN NNP compound 10 B-ORG Lenton
Police PROPN NNP compound 10 I-ORG Police
Department PROPN NNP compound 11 I-ORG Department
spokesperson NOUN NN compound 12 O spokesperson
Officer PROPN NNP compound 14 O Officer
Dana PROPN NNP compound 14 B-PERSON Dana
Reyes PROPN NNP nsubj 15 I-PERSON Reyes
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""

_AN_INTERVIEW_WITH_AN_OFFICE = """
In ADP IN prep 15 O in
an DET DT det 2 O an
interview NOUN NN pobj 0 O interview
with ADP IN prep 2 O with
the DET DT det 6 O the
chief ADJ JJ amod 6 O chief
executive NOUN NN pobj 3 O executive
of ADP IN prep 6 O of
Harbour PROPN NNP compound 9 B-ORG Harbour
Water PROPN NNP pobj 7 I-ORG Water _
, PUNCT , punct 9 O ,
Lena PROPN NNP compound 12 B-PERSON Lena
Okafor PROPN NNP appos 9 I-PERSON Okafor _
, PUNCT , punct 15 O ,
we PRON PRP nsubj 15 O we
asked VERB VBD ROOT 15 O ask
about ADP IN prep 15 O about
the DET DT det 18 O the
bills NOUN NNS pobj 16 O bill _
. PUNCT . punct 15 O .
“ PUNCT `` punct 27 O " _
Our PRON PRP$ poss 22 O our
costs NOUN NNS nsubj 23 O cost
doubled VERB VBD ccomp 27 O double _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
she PRON PRP nsubj 27 O she
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

_SPEAKING_IN_AN_INTERVIEW = """
Speaking VERB VBG advcl 12 O speak
in ADP IN prep 0 O in
an DET DT det 3 O an
interview NOUN NN pobj 1 O interview
with ADP IN prep 3 O with
the DET DT det 6 O the
mayor NOUN NN pobj 4 O mayor
of ADP IN prep 6 O of
Lenton PROPN NNP pobj 7 B-GPE Lenton _
, PUNCT , punct 12 O ,
Priya PROPN NNP compound 11 B-PERSON Priya
Nair PROPN NNP nsubj 12 I-PERSON Nair
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
“ PUNCT `` punct 12 O " _
We PRON PRP nsubj 17 O we
will AUX MD aux 17 O will
build VERB VB ccomp 12 O build
four NUM CD compound 19 B-CARDINAL four
hundred NUM CD nummod 20 I-CARDINAL hundred
homes NOUN NNS dobj 17 O home _
. PUNCT . punct 12 O . _
” PUNCT '' punct 12 O " _
"""

_A_CONVERSATION_BETWEEN_TWO = """
This PRON DT nsubj 1 O this
is AUX VBZ ROOT 1 O be
a DET DT det 3 O a
transcript NOUN NN attr 1 O transcript
of ADP IN prep 3 O of
a DET DT det 6 O a
conversation NOUN NN pobj 4 O conversation
between ADP IN prep 6 O between
Radio PROPN NNP compound 9 B-ORG Radio
Lenton PROPN NNP poss 12 I-ORG Lenton _
's PART POS case 9 I-ORG 's
Tom PROPN NNP compound 12 B-PERSON Tom
Becker PROPN NNP pobj 7 I-PERSON Becker
and CCONJ CC cc 12 O and
the DET DT det 15 O the
mayor NOUN NN conj 12 O mayor
of ADP IN prep 15 O of
Lenton PROPN NNP pobj 16 B-GPE Lenton _
, PUNCT , punct 17 O ,
Priya PROPN NNP compound 20 B-PERSON Priya
Nair PROPN NNP appos 17 I-PERSON Nair _
. PUNCT . punct 1 O .
“ PUNCT `` punct 25 O " _
We PRON PRP nsubj 25 O we
will AUX MD aux 25 O will
build VERB VB ccomp 32 O build
four NUM CD compound 27 B-CARDINAL four
hundred NUM CD nummod 28 I-CARDINAL hundred
homes NOUN NNS dobj 25 O home _
, PUNCT , punct 32 O , _
” PUNCT '' punct 32 O "
she PRON PRP nsubj 32 O she
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

_A_HEADLINE_OPENING_ON_A_BODY_NOUN = """
Council PROPN NNP nsubj 1 B-ORG Council
approves VERB VBZ ROOT 1 O approve
new ADJ JJ amod 4 O new
bus NOUN NN compound 4 O bus
lanes NOUN NNS dobj 1 O lane _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Lenton PROPN NNP compound 8 B-ORG Lenton
City PROPN NNP compound 8 I-ORG City
Council PROPN NNP nsubj 10 I-ORG Council
has AUX VBZ aux 10 O have
approved VERB VBN ROOT 10 O approve
three NUM CD nummod 14 B-CARDINAL three
new ADJ JJ amod 14 O new
bus NOUN NN compound 14 O bus
lanes NOUN NNS dobj 10 O lane
on ADP IN prep 14 O on
the DET DT det 18 O the
ring NOUN NN compound 18 O ring
road NOUN NN pobj 15 O road _
. PUNCT . punct 10 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
“ PUNCT `` punct 23 O " _
This PRON DT nsubj 23 O this
is AUX VBZ ccomp 32 O be
the DET DT det 26 O the
biggest ADJ JJS amod 26 O big
change NOUN NN attr 23 O change
in ADP IN prep 26 O in
a DET DT det 29 O a
generation NOUN NN pobj 27 O generation _
, PUNCT , punct 32 O , _
” PUNCT '' punct 32 O "
said VERB VBD ROOT 32 O say
Ade PROPN NNP compound 34 B-PERSON Ade
Bello PROPN NNP nsubj 32 I-PERSON Bello _
, PUNCT , punct 34 O ,
the DET DT det 37 O the
council NOUN NN poss 40 O council _
's PART POS case 37 O 's
cabinet NOUN NN compound 40 O cabinet
member NOUN NN appos 34 O member
for ADP IN prep 40 O for
transport NOUN NN pobj 41 O transport _
. PUNCT . punct 32 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_an_office_after_an_interview_with_is_the_apposed_persons() -> None:
    assert _rows(_AN_INTERVIEW_WITH_AN_OFFICE) == [
        ("Lena Okafor", "chief executive of Harbour Water", "Harbour Water")
    ]


def test_the_subject_after_an_interview_with_an_office_holds_no_role() -> None:
    assert _rows(_SPEAKING_IN_AN_INTERVIEW) == [("Priya Nair", "", "")]


def test_the_office_after_and_in_a_conversation_between_two_is_the_seconds() -> None:
    assert _rows(_A_CONVERSATION_BETWEEN_TWO) == [("Priya Nair", "mayor of Lenton", "")]


def test_a_headlines_body_noun_gives_way_to_the_body_the_story_names() -> None:
    assert _rows(_A_HEADLINE_OPENING_ON_A_BODY_NOUN) == [
        ("Ade Bello", "cabinet member for transport", "Lenton City Council")
    ]


def test_an_office_in_capitals_owns_a_body_named_for_it() -> None:
    office = "Lenton County District Attorney's Office"
    assert _rows(_AN_OFFICEHOLDERS_OFFICE_UNTAGGED) == [("Tom Hale", f"spokesman for the {office}", office)]
    assert _rows(_AN_OFFICEHOLDERS_OFFICE_CUT)[0][2] == "Attorney General's Office"
    assert _rows(_AN_OFFICEHOLDERS_OFFICE_TAGGED) == [
        ("Tom Hale", "Deputy", "Lenton County Sheriff's Office")
    ]


def test_a_hyphen_between_words_in_capitals_is_inside_an_untagged_body() -> None:
    assert _rows(_A_BODY_WITH_A_HYPHENATED_WORD) == [
        ("Ana Ruiz", "forensic analyst with the commission", "Harbour Anti-Corruption Commission")
    ]


def test_a_participle_of_working_at_a_body_gives_the_body() -> None:
    assert _rows(_A_JUDGE_SITTING_AT_A_COURT) == [("Ana Ruiz", "Judge", "Lenton Crown Court")]
    assert _rows(_AN_ENGINEER_WORKING_FOR_A_BANK) == [("Tom Hale", "engineer", "Harbour Bank")]
    assert _rows(_WORKING_FOR_A_BANK) == [("Tom Hale", "", "Harbour Bank")]
    assert _rows(_SITTING_AT_A_BAR) == [("Tom Hale", "", "")]


def test_a_recorder_is_an_office_before_a_name() -> None:
    assert _rows(_A_RECORDER) == [("Sam Tate", "Recorder", "")]


def test_a_name_typed_with_two_spaces_is_written_with_one() -> None:
    (row,) = Extractor().rows(frozen(_A_NAME_TYPED_WITH_TWO_SPACES))
    assert (row.speaker, row.role, row.mention) == ("Harold L. Fenwick", "Mayor", "Harold  L. Fenwick")


def test_a_name_closed_by_a_possessive_is_no_part_of_the_name_after_it() -> None:
    assert _rows(_A_NAME_AFTER_ITS_SCHOOLS_POSSESSIVE) == [("Tom Hale", "", "")]


def test_a_side_opening_the_sentence_before_a_job_is_the_organisation() -> None:
    assert _rows(_A_SIDES_PLURAL_OPENING_A_SENTENCE) == [("Tevita Latu", "captain", "Blues")]
    assert _rows(_A_SIDES_NAME_OPENED_BY_A_VERB) == [("Abdallah Wekesa", "head coach", "Harbour SC")]
    assert _rows(_A_VETERAN_TAGGED_INSIDE_A_SIDE) == [("Tom Hale", "striker", "Arsenal")]


def test_a_body_named_for_a_town_and_district_is_one_body() -> None:
    assert _rows(_A_BODY_OF_A_TOWN_AND_DISTRICT)[0][2] == "Lenton and District NHS Foundation Trust"


def test_police_and_crime_are_one_brief_before_a_title() -> None:
    assert _rows(_A_POLICE_AND_CRIME_COMMISSIONER) == [("Jo Kerr", "Police and Crime Commissioner", "")]


def test_a_post_left_is_a_former_role_and_one_to_be_left_is_held() -> None:
    assert _rows(_RESIGNED_AS_A_MINISTER) == [("Ana Ruiz", "former finance minister", "")]
    assert _rows(_STEPPED_DOWN_AS_A_MINISTER) == [("Ana Ruiz", "former finance minister", "")]
    assert _rows(_WILL_STEP_DOWN_AS_A_MINISTER) == [("Ana Ruiz", "finance minister", "")]


def test_the_styles_of_clergy_and_privy_counsellors_are_no_part_of_a_name() -> None:
    # (A bishop's see is named for its place, no employer: models/offices.txt.)
    assert _rows(_THE_RIGHT_REVEREND) == [("Ana Ruiz", "Bishop of Lenton", "")]
    assert _rows(_THE_REVEREND) == [("Ana Ruiz", "minister", "")]
    assert _rows(_THE_RT_HON)[0][0] == "Tom Hale"


def test_net_zero_is_a_briefs_words_not_a_count() -> None:
    assert _rows(_A_NET_ZERO_SECRETARY) == [("Mia Cole", "net zero secretary", "Scottish Government")]


def test_a_seat_of_government_before_a_spokesperson_is_the_body() -> None:
    assert _rows(_A_SEAT_OF_GOVERNMENTS_SPOKESPERSON)[0][1:] == ("spokesperson", "Downing Street")


def test_a_rank_between_a_spokespersons_job_and_the_name_is_no_part_of_the_role() -> None:
    assert _rows(_A_SPOKESPERSONS_RANK) == [("Dana Reyes", "spokesperson", "Lenton Police Department")]
