"""Names set off beside a person's place, names the tagger took for places, and ranks written
before a name in other countries' news (issue 10), each from a frozen parse of a sentence written
for this file, so a model update cannot change what a test exercises:

- `A boat owner from Kadavu, Ravi Lal, said …` | `“…,” he said.`, the parser hanging the name on
  the place: the name stands in the subject's place, so `he` in the next sentence is Ravi Lal,
  not the minister quoted before;
- `said director-general Anong Saelim`, the name tagged a place: two words in capitals that no
  list knows as a place, right after a job, name a person, not a body;
- `Pol Maj Gen Anan Srisuk`: the Thai police's `Pol` before a rank is a title's word, no part of
  the name (models/titles.txt, an honour of two words, since `Pol` alone is a given name);
- `Kumirai, the country's largest farmers' federation,` … `Kumirai President Ana Mori said`: a
  word no dictionary has that the article sets beside a body's noun is the body before a title
  in capitals (not a place's name, as `Tampa Mayor` is);
- `Clive Black, head of research at Shore Capital, said`, untagged, `Clive` an adjective to the
  tagger: words in capitals opening on a given name, with a role set off after them, are a
  person's name, so the `he` after them is Clive Black, not the director quoted before;
- `an analyst at Bergholt`, the firm tagged a person: one word one works `at` or `with`, never
  shown as a person's name, is a body;
- `State Minister for Labour and Employment Rafiqul Hasan Talukder`, the tagger tagging the last
  two words alone: a Bangladeshi given name (models/first_names.txt) before a person's name of two
  words opens it;
- `Harbour Chamber of Commerce and Industry (HCCI) President Ana Ruiz`: the short form in brackets
  closes the body's name before a title in capitals too (the role was *and Industry President*);
- `Harbour Garment Makers and Exporters Association (HGMEA) President Ana Ruiz`, the parser
  starting a sentence at `President`: no sentence starts after a body's short form in brackets;
- `Chief Officer for Mobility Ana Ruiz`: `mobility` is a portfolio (models/portfolios.txt);
- `Transport and Infrastructure Minister Ana Ruiz`: two brief words joined by `and` before a
  title's noun are one brief, not a body and a title (`Transport` tagged a body) nor the second
  alone;
- `Opposition councillor Rav Mistry agreed. He said:`, the name tagged a body: two words in
  capitals right after a job in small letters are a person's name, so `He` is Rav Mistry;
- `said Additional Municipal Commissioner (Projects) Vikram Bangar`, all tagged one body: the
  name closes the span after a title and a unit in brackets;
- `'We will not be silenced,' says union boss as strike looms` heading the story, `boss` parsed
  the subject of `looms`: the speaker is the *union boss*, not the *union*; and when the story
  quotes the same words further on from `HWU general secretary Tom Hale`, the boss is Tom Hale;
- `Ana Ruiz has worked as a tour guide for 20 years`: a post served in the present perfect is
  held now (not `has never worked as`);
- `said Harbour Transport (HT) director of public transport Ana Ruiz`, the body tagged a person:
  a name whose initials the short form in brackets after it spells is a body's;
- `State exco for infrastructure and transport Ana Ruiz said`: Malaysia's `exco` is a job
  (models/role_nouns.txt), and two fields in small letters joined by `and` after a job's `for`
  end the title;
- `Power utility Harvolt …` then `Harvolt group chief executive Ana Ruiz`: `group` before a job
  is the job's word (the whole group's), no unit of the body;
- `Rep. Ana Ruiz voted against the bill … “…,” the lawmaker said`: a description by a noun of the
  job's family (models/job_families.txt) stands for the one person given such a job (and, `Rep.`
  giving no role, its noun is hers);
- `Harbour Association of Small Scale Miners (HASSM) General Secretary Godwin Armah said`, the
  parser making the name the object of the body's `of`: the name right after the title holds the
  subject's place, so `he` after it is Godwin Armah, not the minister quoted before;
- `Rickshaw driver Imran Qadir said`, `Rickshaw` an adjective the tagger calls a person's: an
  English word opening the sentence is the job's word, no body's short name;
- `said Jamaat-e-Kisan leader Ali Raza`, the body tagged a person, and `said Shahid-ul-Karim`,
  untagged: a name whose words the izafat or the Arabic article joins with hyphens is one word,
  a body's with the izafat (the organisation was *Kisan*), a person's with the article (the
  speaker was *Karim*);
- `For four years as secretary of state, Ana Ruiz travelled …`: a span of time opening the words
  set before the name, then `as` and the office, gives the office alone (the role was *For as
  secretary of state*).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# `Kadavu` hand-set to the place the tagger makes of such a town in a longer story.
_NAME_SET_OFF_AFTER_A_PLACE = """
Fisheries NOUN NNS compound 1 O fishery
Minister PROPN NNP compound 3 O Minister
Tom PROPN NNP compound 3 B-PERSON Tom
Hale PROPN NNP nsubj 4 I-PERSON Hale
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
ministry NOUN NN nsubj 8 O ministry
was AUX VBD aux 8 O be
reviewing VERB VBG ccomp 4 O review
the DET DT det 10 O the
quota NOUN NN dobj 8 O quota _
. PUNCT . punct 4 O .
“ PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
hear VERB VBP ccomp 20 O hear
the DET DT det 16 O the
fishers NOUN NNS dobj 14 O fisher _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
he PRON PRP nsubj 20 O he
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
A DET DT det 25 O a
boat NOUN NN compound 25 O boat
owner NOUN NN nsubj 32 O owner
from ADP IN prep 25 O from
Kadavu PROPN NNP pobj 26 B-GPE Kadavu _
, PUNCT , punct 27 O ,
Ravi PROPN NNP compound 30 B-PERSON Ravi
Lal PROPN NNP appos 27 I-PERSON Lal _
, PUNCT , punct 25 O ,
said VERB VBD ROOT 32 O say
his PRON PRP$ poss 34 O his
family NOUN NN nsubj 36 O family
had AUX VBD aux 36 O have
fished VERB VBN ccomp 32 O fish
these DET DT det 38 O these
waters NOUN NNS dobj 36 O water
for ADP IN prep 36 O for
four NUM CD nummod 41 B-CARDINAL four
generations NOUN NNS pobj 39 O generation _
. PUNCT . punct 32 O .
“ PUNCT `` punct 54 O " _
My PRON PRP$ poss 45 O my
sons NOUN NNS nsubj 48 O son
do AUX VBP aux 48 O do
not PART RB neg 48 O not
want VERB VB ccomp 54 O want
to PART TO aux 50 O to
fish VERB VB xcomp 48 O fish _
, PUNCT , punct 54 O , _
” PUNCT '' punct 54 O "
he PRON PRP nsubj 54 O he
said VERB VBD ROOT 54 O say _
. PUNCT . punct 54 O . _
"""

# The name hand-set to the place the tagger made of it in a longer story.
_NAME_TAGGED_A_PLACE_AFTER_A_JOB = """
“ PUNCT `` punct 9 O " _
Heavy ADJ JJ amod 2 O heavy
rain NOUN NN nsubj 4 O rain
will AUX MD aux 4 O will
continue VERB VB ccomp 9 O continue
until ADP IN prep 4 O until
Thursday PROPN NNP pobj 5 B-DATE Thursday _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
director NOUN NN compound 12 O director _
- PUNCT HYPH punct 12 O - _
general PROPN NNP compound 14 O general
Anong PROPN NNP compound 14 B-GPE Anong
Saelim PROPN NNP nsubj 9 I-GPE Saelim _
. PUNCT . punct 9 O . _
"""

_THAI_POLICE_RANK = """
Pol PROPN NNP compound 4 B-PERSON Pol
Maj PROPN NNP compound 4 I-PERSON Maj
Gen PROPN NNP compound 4 I-PERSON Gen
Anan PROPN NNP compound 4 I-PERSON Anan
Srisuk PROPN NNP nsubj 12 I-PERSON Srisuk _
, PUNCT , punct 4 O ,
commander NOUN NN appos 4 O commander
of ADP IN prep 6 O of
the DET DT det 10 O the
traffic NOUN NN compound 10 O traffic
division NOUN NN pobj 7 O division _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 12 O say
officers NOUN NNS nsubjpass 16 O officer
had AUX VBD aux 16 O have
been AUX VBN auxpass 16 O be
sent VERB VBN ccomp 12 O send _
. PUNCT . punct 12 O .
“ PUNCT `` punct 20 O " _
Please INTJ UH intj 20 O please
avoid VERB VB ccomp 27 O avoid
the DET DT det 23 O the
old ADJ JJ amod 23 O old
town NOUN NN dobj 20 O town _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


_COINED_BODY_SHOWN_BY_APPOSITION = """
Kumirai PROPN NNP nsubj 10 O Kumirai _
, PUNCT , punct 0 O ,
the DET DT det 3 O the
country NOUN NN poss 8 O country _
's PART POS case 3 O 's
largest ADJ JJS amod 6 O large
farmers NOUN NNS poss 8 O farmer _
' PART POS case 6 O '
federation NOUN NN appos 0 O federation _
, PUNCT , punct 0 O ,
welcomed VERB VBD ROOT 10 O welcome
the DET DT det 12 O the
decision NOUN NN dobj 10 O decision _
. PUNCT . punct 10 O .
“ PUNCT `` punct 27 O " _
Farmers NOUN NNS nsubj 18 O farmer
can AUX MD aux 18 O can _
not PART RB neg 18 O not
wait VERB VB ccomp 27 O wait
any ADV RB advmod 20 O any
longer ADV RBR advmod 18 O long _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
Kumirai PROPN NNP compound 24 O Kumirai
President PROPN NNP compound 26 O President
Ana PROPN NNP compound 26 B-PERSON Ana
Mori PROPN NNP nsubj 27 I-PERSON Mori
said VERB VBD ROOT 27 O say
in ADP IN prep 27 O in
a DET DT det 30 O a
statement NOUN NN pobj 28 O statement _
. PUNCT . punct 27 O . _
"""

# `Clive Black` hand-set untagged, `Clive` an adjective, as the tagger read them in a longer story.
_NAME_SET_OFF_BEFORE_A_ROLE = """
Finance NOUN NN compound 1 O finance
director NOUN NN compound 3 O director
Tom PROPN NNP compound 3 B-PERSON Tom
Sykes PROPN NNP nsubj 4 I-PERSON Sykes
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
firm NOUN NN nsubj 8 O firm
would AUX MD aux 8 O would
cut VERB VB ccomp 4 O cut
jobs NOUN NNS dobj 8 O job _
. PUNCT . punct 4 O .
“ PUNCT `` punct 20 O " _
We PRON PRP nsubj 13 O we
need VERB VBP ccomp 20 O need
to PART TO aux 15 O to
be AUX VB xcomp 13 O be
leaner ADJ JJR acomp 15 O lean _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
Sykes PROPN NNP nsubj 20 B-ORG Sykes
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
Clive ADJ JJ compound 24 O Clive
Black PROPN NNP nsubj 33 O Black _
, PUNCT , punct 24 O ,
head NOUN NN appos 24 O head
of ADP IN prep 26 O of
research NOUN NN pobj 27 O research
at ADP IN prep 26 O at
Shore PROPN NNP compound 31 B-ORG Shore
Capital PROPN NNP pobj 29 I-ORG Capital _
, PUNCT , punct 24 O ,
said VERB VBD ROOT 33 O say
the DET DT det 35 O the
outlook NOUN NN nsubj 36 O outlook
was AUX VBD ccomp 33 O be
brighter ADJ JJR acomp 36 O bright _
. PUNCT . punct 33 O .
“ PUNCT `` punct 49 O " _
The DET DT det 42 O the
second ADJ JJ amod 42 B-ORDINAL second
half NOUN NN nsubj 44 O half
will AUX MD aux 44 O will
be AUX VB ccomp 49 O be
better ADJ JJR acomp 44 O well _
, PUNCT , punct 49 O , _
” PUNCT '' punct 49 O "
he PRON PRP nsubj 49 O he
wrote VERB VBD ROOT 49 O write
in ADP IN prep 49 O in
a DET DT det 52 O a
note NOUN NN pobj 50 O note _
. PUNCT . punct 49 O . _
"""

# `Bergholt` hand-set to the person the tagger makes of such a firm's name.
_FIRM_TAKEN_FOR_A_PERSON = """
“ PUNCT `` punct 10 O " _
The DET DT det 2 O the
numbers NOUN NNS nsubj 3 O number
were AUX VBD ccomp 10 O be
weaker ADJ JJR acomp 3 O weak
than SCONJ IN mark 7 O than
we PRON PRP nsubj 7 O we
expected VERB VBD advcl 4 O expect _
, PUNCT , punct 10 O , _
” PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Priya PROPN NNP compound 12 B-PERSON Priya
Shah PROPN NNP nsubj 10 I-PERSON Shah _
, PUNCT , punct 12 O ,
an DET DT det 15 O an
analyst NOUN NN appos 12 O analyst
at ADP IN prep 15 O at
Bergholt PROPN NNP pobj 16 B-PERSON Bergholt _
. PUNCT . punct 10 O . _
"""


_GIVEN_NAME_BEFORE_A_TAGGED_NAME = """
State PROPN NNP compound 1 O State
Minister PROPN NNP nsubj 9 O Minister
for ADP IN prep 1 O for
Labour PROPN NNP nmod 8 O Labour
and CCONJ CC cc 3 O and
Employment PROPN NNP conj 3 O Employment
Rafiqul PROPN NNP compound 8 O Rafiqul
Hasan PROPN NNP compound 8 B-PERSON Hasan
Talukder PROPN NNP pobj 2 I-PERSON Talukder
said VERB VBD ROOT 9 O say
a DET DT det 12 O a
wage NOUN NN compound 12 O wage
board NOUN NN nsubj 14 O board
would AUX MD aux 14 O would
decide VERB VB ccomp 9 O decide _
. PUNCT . punct 9 O .
“ PUNCT `` punct 26 O " _
The DET DT det 18 O the
government NOUN NN nsubj 19 O government
is AUX VBZ ccomp 26 O be
with ADP IN prep 19 O with
the DET DT det 22 O the
workers NOUN NNS pobj 20 O worker _
, PUNCT , punct 26 O , _
” PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

_SHORT_FORM_BEFORE_A_TITLE_IN_CAPITALS = """
Harbour PROPN NNP compound 1 B-ORG Harbour
Chamber PROPN NNP nsubj 12 I-ORG Chamber
of ADP IN prep 1 I-ORG of
Commerce PROPN NNP pobj 2 I-ORG Commerce
and CCONJ CC cc 3 I-ORG and
Industry PROPN NNP conj 3 I-ORG Industry
( PUNCT -LRB- punct 7 O ( _
HCCI PROPN NNP appos 1 O HCCI _
) PUNCT -RRB- punct 7 O )
President PROPN NNP compound 11 O President
Ana PROPN NNP compound 11 B-PERSON Ana
Ruiz PROPN NNP nsubj 12 I-PERSON Ruiz
said VERB VBD ROOT 12 O say
firms NOUN NNS nsubj 16 O firm
could AUX MD aux 16 O could
not PART RB neg 16 O not
pay VERB VB ccomp 12 O pay _
. PUNCT . punct 12 O .
“ PUNCT `` punct 29 O " _
Orders NOUN NNS nsubj 20 O order
are AUX VBP ccomp 29 O be
down ADV RB advmod 20 O down
and CCONJ CC cc 20 O and
costs NOUN NNS nsubj 24 O cost
are AUX VBP conj 20 O be
up ADV RB advmod 24 O up _
, PUNCT , punct 29 O , _
” PUNCT '' punct 29 O "
she PRON PRP nsubj 29 O she
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""

_SHORT_FORM_BEFORE_A_SENTENCE_START = """
Harbour PROPN NNP compound 2 B-ORG Harbour
Garment PROPN NNP compound 2 I-ORG Garment
Makers PROPN NNPS ROOT 2 I-ORG Makers
and CCONJ CC cc 2 O and
Exporters PROPN NNP compound 5 B-ORG Exporters
Association PROPN NNP conj 2 I-ORG Association
( PUNCT -LRB- punct 5 O ( _
HGMEA PROPN NNP appos 5 B-ORG HGMEA _
) PUNCT -RRB- punct 2 O )
President PROPN NNP compound 11 O President
Ana PROPN NNP compound 11 B-PERSON Ana
Ruiz PROPN NNP nsubj 12 I-PERSON Ruiz
said VERB VBD ROOT 12 O say
factories NOUN NNS nsubj 16 O factory
could AUX MD aux 16 O could
not PART RB neg 16 O not
pay VERB VB ccomp 12 O pay _
. PUNCT . punct 12 O .
“ PUNCT `` punct 29 O " _
Orders NOUN NNS nsubj 20 O order
are AUX VBP ccomp 29 O be
down ADV RB advmod 20 O down
and CCONJ CC cc 20 O and
costs NOUN NNS nsubj 24 O cost
are AUX VBP conj 20 O be
up ADV RB advmod 24 O up _
, PUNCT , punct 29 O , _
” PUNCT '' punct 29 O "
she PRON PRP nsubj 29 O she
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""

_MOBILITY_BRIEF = """
Chief PROPN NNP compound 1 O Chief
Officer PROPN NNP nsubj 6 O Officer
for ADP IN prep 1 O for
Mobility PROPN NNP compound 5 B-PERSON Mobility
Ana PROPN NNP compound 5 O Ana
Ruiz PROPN NNP pobj 2 O Ruiz
defended VERB VBD ROOT 6 O defend
the DET DT det 8 O the
charges NOUN NNS dobj 6 O charge _
. PUNCT . punct 6 O .
“ PUNCT `` punct 18 O " _
The DET DT det 12 O the
fees NOUN NNS nsubjpass 14 O fee
are AUX VBP auxpass 14 O be
needed VERB VBN ccomp 18 O need _
, PUNCT , punct 18 O , _
” PUNCT '' punct 18 O "
Ruiz PROPN NNP nsubj 18 B-PERSON Ruiz
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""


_BRIEF_OF_TWO_WORDS_AFTER_A_COMMA = """
The DET DT det 1 O the
ministry NOUN NN nsubj 3 O ministry
will AUX MD aux 3 O will
review VERB VB ccomp 13 O review
the DET DT det 5 O the
rules NOUN NNS dobj 3 O rule _
, PUNCT , punct 5 O ,
Transport PROPN NNP nmod 10 B-ORG Transport
and CCONJ CC cc 7 O and
Infrastructure PROPN NNP conj 7 O Infrastructure
Minister PROPN NNP compound 12 O Minister
Ana PROPN NNP compound 12 B-PERSON Ana
Ruiz PROPN NNP nsubj 13 I-PERSON Ruiz
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O .
“ PUNCT `` punct 18 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
find VERB VB ccomp 24 O find
a DET DT det 20 O a
solution NOUN NN dobj 18 O solution _
, PUNCT , punct 24 O , _
” PUNCT '' punct 24 O "
Ruiz PROPN NNP nsubj 24 B-PERSON Ruiz
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

_BRIEF_OF_TWO_WORDS_OPENING = """
Transport NOUN NN nmod 3 O transport
and CCONJ CC cc 0 O and
Infrastructure PROPN NNP conj 0 O Infrastructure
Minister PROPN NNP compound 5 O Minister
Ana PROPN NNP compound 5 B-PERSON Ana
Ruiz PROPN NNP nsubj 6 I-PERSON Ruiz
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
ministry NOUN NN nsubj 10 O ministry
would AUX MD aux 10 O would
review VERB VB ccomp 6 O review
the DET DT det 12 O the
rules NOUN NNS dobj 10 O rule _
. PUNCT . punct 6 O .
“ PUNCT `` punct 23 O " _
We PRON PRP nsubj 17 O we
will AUX MD aux 17 O will
find VERB VB ccomp 23 O find
a DET DT det 19 O a
solution NOUN NN dobj 17 O solution _
, PUNCT , punct 23 O , _
” PUNCT '' punct 23 O "
Ruiz PROPN NNP nsubj 23 B-PERSON Ruiz
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


_NAME_TAGGED_A_BODY_AFTER_A_JOB = """
“ PUNCT `` punct 8 O " _
Our PRON PRP$ poss 2 O our
customers NOUN NNS nsubj 3 O customer
come VERB VBP ccomp 8 O come
by ADP IN prep 3 O by
car NOUN NN pobj 4 O car _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Peter PROPN NNP compound 10 B-PERSON Peter
Grant PROPN NNP nsubj 8 I-PERSON Grant _
, PUNCT , punct 10 O ,
who PRON WP nsubj 13 O who
runs VERB VBZ relcl 10 O run
a DET DT det 16 O a
hardware NOUN NN compound 16 O hardware
shop NOUN NN dobj 13 O shop _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
Opposition NOUN NN compound 20 O opposition
councillor NOUN NN compound 22 O councillor
Rav PROPN NNP compound 22 B-ORG Rav
Mistry PROPN NNP nsubj 23 I-ORG Mistry
agreed VERB VBD ROOT 23 O agree _
. PUNCT . punct 23 O .
He PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
: PUNCT : punct 26 O :
“ PUNCT `` punct 26 O " _
This PRON DT nsubjpass 31 O this
was AUX VBD auxpass 31 O be
rushed VERB VBN ccomp 26 O rush
through ADP IN advmod 31 O through _
. PUNCT . punct 26 O . _
” PUNCT '' punct 26 O " _
"""

# The whole run hand-set to the one body the tagger made of it in a longer story.
_NAME_AFTER_A_UNIT_IN_BRACKETS_INSIDE_A_BODY = """
“ PUNCT `` punct 9 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
given VERB VBN ccomp 9 O give
people NOUN NNS dative 3 O people
enough ADJ JJ amod 6 O enough
time NOUN NN dobj 3 O time _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Additional PROPN NNP compound 14 B-ORG Additional
Municipal PROPN NNP compound 12 I-ORG Municipal
Commissioner PROPN NNP nmod 14 I-ORG Commissioner
( PUNCT -LRB- punct 14 I-ORG ( _
Projects PROPN NNPS nsubj 9 I-ORG Projects _
) PUNCT -RRB- punct 9 I-ORG )
Vikram PROPN NNP compound 17 I-ORG Vikram
Bangar PROPN NNP nsubj 9 I-ORG Bangar _
. PUNCT . punct 9 O . _
"""


_HEADLINE_QUOTE_SAID_AGAIN = """
' PUNCT `` punct 8 O ' _
We PRON PRP nsubjpass 5 O we
will AUX MD aux 5 O will
not PART RB neg 5 O not
be AUX VB auxpass 5 O be
silenced VERB VBN ccomp 8 O silence _
, PUNCT , punct 8 O , _
' PUNCT '' punct 8 O '
says VERB VBZ ROOT 8 O say
union NOUN NN compound 10 O union
boss NOUN NN nsubj 13 O boss
as SCONJ IN mark 13 O as
strike NOUN NN nsubj 13 O strike
looms VERB VBZ ccomp 8 O loom _
<paragraph> SPACE _SP dep 13 O <paragraph> _
Dock PROPN NNP compound 16 O Dock
workers NOUN NNS nsubj 18 O worker
will AUX MD aux 18 O will
strike VERB VB ROOT 18 O strike
next ADJ JJ amod 20 B-DATE next
week NOUN NN npadvmod 18 I-DATE week _
. PUNCT . punct 18 O .
“ PUNCT `` punct 35 O " _
We PRON PRP nsubjpass 27 O we
will AUX MD aux 27 O will
not PART RB neg 27 O not
be AUX VB auxpass 27 O be
silenced VERB VBN ccomp 35 O silence _
, PUNCT , punct 35 O , _
” PUNCT '' punct 35 O "
HWU PROPN NNP nmod 32 B-ORG HWU
general ADJ JJ amod 32 O general
secretary NOUN NN compound 34 O secretary
Tom PROPN NNP compound 34 B-PERSON Tom
Hale PROPN NNP nsubj 35 I-PERSON Hale
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""


_WORKED_AS = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 3 O Ruiz
has AUX VBZ aux 3 O have
worked VERB VBN ROOT 3 O work
as ADP IN prep 3 O as
a DET DT det 7 O a
tour NOUN NN compound 7 O tour
guide NOUN NN pobj 4 O guide
for ADP IN prep 7 O for
20 NUM CD nummod 10 B-DATE 20
years NOUN NNS pobj 8 I-DATE year _
. PUNCT . punct 3 O .
“ PUNCT `` punct 20 O " _
The DET DT det 14 O the
floods NOUN NNS nsubj 15 O flood
came VERB VBD ccomp 20 O come
fast ADV RB advmod 15 O fast _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
she PRON PRP nsubj 20 O she
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

_NEVER_WORKED_AS = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 4 O Ruiz
has AUX VBZ aux 4 O have
never ADV RB neg 4 O never
worked VERB VBN ROOT 4 O work
as ADP IN prep 4 O as
a DET DT det 8 O a
tour NOUN NN compound 8 O tour
guide NOUN NN pobj 5 O guide _
. PUNCT . punct 4 O .
“ PUNCT `` punct 18 O " _
The DET DT det 12 O the
floods NOUN NNS nsubj 13 O flood
came VERB VBD ccomp 18 O come
fast ADV RB advmod 13 O fast _
, PUNCT , punct 18 O , _
” PUNCT '' punct 18 O "
she PRON PRP nsubj 18 O she
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""


_BODY_TAGGED_A_PERSON_BEFORE_ITS_SHORT_FORM = """
“ PUNCT `` punct 9 O " _
We PRON PRP nsubj 2 O we
expect VERB VBP ccomp 9 O expect
to PART TO aux 4 O to
see VERB VB xcomp 2 O see
an DET DT det 6 O an
improvement NOUN NN dobj 4 O improvement _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Harbour PROPN NNP compound 11 B-PERSON Harbour
Transport PROPN NNP nmod 15 I-PERSON Transport
( PUNCT -LRB- punct 11 O ( _
HT PROPN NNP appos 11 O HT _
) PUNCT -RRB- punct 11 O )
director NOUN NN nsubj 9 O director
of ADP IN prep 15 O of
public ADJ JJ amod 18 O public
transport NOUN NN compound 20 O transport
Ana PROPN NNP compound 20 O Ana
Ruiz PROPN NNP pobj 16 O Ruiz _
. PUNCT . punct 9 O . _
"""


_TWO_FIELDS_AFTER_A_JOBS_FOR = """
State NOUN NN compound 1 O state
exco NOUN NN nsubj 8 O exco
for ADP IN prep 1 O for
infrastructure NOUN NN pobj 2 O infrastructure
and CCONJ CC cc 3 O and
transport NOUN NN compound 7 O transport
Ana PROPN NNP compound 7 O Ana
Ruiz PROPN NNP conj 1 O Ruiz
said VERB VBD ROOT 8 O say
drains NOUN NNS nsubjpass 12 O drain
had AUX VBD aux 12 O have
been AUX VBN auxpass 12 O be
overwhelmed VERB VBN ccomp 8 O overwhelm _
. PUNCT . punct 8 O .
“ PUNCT `` punct 16 O " _
We PRON PRP nsubj 16 O we
recorded VERB VBD ccomp 27 O record
200 NUM CD nummod 18 B-QUANTITY 200 _
mm NOUN NNS dobj 16 I-QUANTITY mm
of ADP IN prep 18 O of
rain NOUN NN pobj 19 O rain
in ADP IN prep 16 O in
six NUM CD nummod 23 B-TIME six
hours NOUN NNS pobj 21 I-TIME hour _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
she PRON PRP nsubj 27 O she
told VERB VBD ROOT 27 O tell
reporters NOUN NNS dobj 27 O reporter _
. PUNCT . punct 27 O . _
"""


# `Harvolt` hand-set to a body where the story names it first and untagged after, as the tagger
# read a utility's name in a longer story; `Ana Ruiz` a person.
_GROUP_BEFORE_A_JOB = """
Power NOUN NN compound 1 O power
utility NOUN NN compound 2 O utility
Harvolt PROPN NNP nsubj 4 B-ORG Harvolt
has AUX VBZ aux 4 O have
warned VERB VBN ROOT 4 O warn
of ADP IN prep 4 O of
winter NOUN NN compound 8 B-DATE winter
power NOUN NN compound 8 O power
cuts NOUN NNS pobj 5 O cut _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Harvolt PROPN NNP compound 12 O Harvolt
group NOUN NN compound 16 O group
chief NOUN NN amod 14 O chief
executive NOUN NN appos 12 O executive
Ana PROPN NNP compound 16 B-PERSON Ana
Ruiz PROPN NNP nsubj 17 I-PERSON Ruiz
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
utility NOUN NN nsubj 21 O utility
had AUX VBD aux 21 O have
improved VERB VBN ccomp 17 O improve _
. PUNCT . punct 17 O .
“ PUNCT `` punct 34 O " _
We PRON PRP nsubj 25 O we
are AUX VBP ccomp 34 O be
in ADP IN prep 25 O in
a DET DT det 30 O a
much ADV RB advmod 29 O much
better ADJ JJR amod 30 O well
place NOUN NN pobj 26 O place _
, PUNCT , punct 34 O , _
” PUNCT '' punct 34 O "
she PRON PRP nsubj 34 O she
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


_DESCRIBED_BY_ANOTHER_NOUN_OF_THE_JOB = """
Rep. PROPN NNP compound 2 O Rep.
Ana PROPN NNP compound 2 B-PERSON Ana
Ruiz PROPN NNP nsubj 3 I-PERSON Ruiz
voted VERB VBD ROOT 3 O vote
against ADP IN prep 3 O against
the DET DT det 6 O the
bill NOUN NN pobj 4 O bill
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 7 B-DATE Tuesday _
. PUNCT . punct 3 O .
“ PUNCT `` punct 20 O " _
It PRON PRP nsubj 12 O it
is AUX VBZ ccomp 20 O be
a DET DT det 15 O a
bad ADJ JJ amod 15 O bad
law NOUN NN attr 12 O law _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
the DET DT det 19 O the
lawmaker NOUN NN nsubj 20 O lawmaker
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


# The second paragraph's parse hand-set to the one the parser gave such a line in a longer story:
# the body the subject, the name the object of its `of`.
_NAME_AFTER_A_TITLE_INSIDE_A_BODY = """
The DET DT det 1 O the
Minister PROPN NNP nsubj 11 O Minister
for ADP IN prep 1 O for
Lands PROPN NNPS pobj 2 O Lands _
, PUNCT , punct 1 O ,
Emmanuel PROPN NNP compound 9 B-PERSON Emmanuel
Armah PROPN NNP compound 9 I-PERSON Armah _
- PUNCT HYPH punct 9 I-PERSON - _
Kofi PROPN NNP compound 9 I-PERSON Kofi
Mensah PROPN NNP appos 1 I-PERSON Mensah _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say
the DET DT det 14 O the
task NOUN NN compound 14 O task
force NOUN NN nsubjpass 17 O force
would AUX MD aux 17 O would
be AUX VB auxpass 17 O be
deployed VERB VBN ccomp 11 O deploy _
. PUNCT . punct 11 O .
“ PUNCT `` punct 30 O " _
There PRON EX expl 22 O there
will AUX MD aux 22 O will
be AUX VB ccomp 30 O be
no DET DT det 25 O no
sacred ADJ JJ amod 25 O sacred
cows NOUN NNS attr 22 O cow _
, PUNCT , punct 30 O , _
” PUNCT '' punct 30 O "
Mr PROPN NNP compound 29 O Mr
Mensah PROPN NNP nsubj 30 B-PERSON Mensah
told VERB VBD ROOT 30 O tell
journalists NOUN NNS dobj 30 O journalist _
. PUNCT . punct 30 O . _
<paragraph> SPACE _SP dep 32 O <paragraph> _
Harbour PROPN NNP compound 35 O Harbour
Association PROPN NNP nsubj 47 O Association
of ADP IN prep 35 O of
Small PROPN NNP compound 38 O Small
Scale PROPN NNP compound 39 O Scale
Miners PROPN NNPS nmod 46 O Miners
( PUNCT -LRB- punct 46 O ( _
HASSM PROPN NNP nmod 46 O HASSM _
) PUNCT -RRB- punct 46 O )
General PROPN NNP compound 44 O General
Secretary PROPN NNP compound 46 O Secretary
Godwin PROPN NNP compound 46 B-PERSON Godwin
Armah PROPN NNP pobj 36 I-PERSON Armah
said VERB VBD ROOT 47 O say
licensed VERB VBN amod 49 O license
miners NOUN NNS nsubjpass 52 O miner
were AUX VBD aux 52 O be
being AUX VBG auxpass 52 O be
punished VERB VBN ccomp 47 O punish _
. PUNCT . punct 47 O .
“ PUNCT `` punct 63 O " _
We PRON PRP nsubj 56 O we
are AUX VBP ccomp 63 O be
not PART RB neg 56 O not
the DET DT det 59 O the
problem NOUN NN attr 56 O problem _
, PUNCT , punct 63 O , _
” PUNCT '' punct 63 O "
he PRON PRP nsubj 63 O he
said VERB VBD ROOT 63 O say _
. PUNCT . punct 63 O . _
"""

_ENGLISH_WORD_OPENING_A_JOB = """
Rickshaw ADJ JJ amod 1 B-PERSON rickshaw
driver NOUN NN compound 3 O driver
Imran PROPN NNP compound 3 B-PERSON Imran
Qadir PROPN NNP nsubj 4 I-PERSON Qadir
said VERB VBD ROOT 4 O say
he PRON PRP nsubj 8 O he
could AUX MD aux 8 O could
barely ADV RB advmod 8 O barely
see VERB VB ccomp 4 O see
the DET DT det 10 O the
road NOUN NN dobj 8 O road _
. PUNCT . punct 4 O .
“ PUNCT `` punct 21 O " _
My PRON PRP$ poss 14 O my
eyes NOUN NNS nsubj 15 O eye
burn VERB VBP ccomp 21 O burn
all DET DT det 17 B-DATE all
day NOUN NN npadvmod 15 I-DATE day _
, PUNCT , punct 21 O , _
” PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


# The body hand-set to the person the tagger made of such a name in a longer story.
_BODY_JOINED_BY_THE_IZAFAT = """
“ PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
fight VERB VB ccomp 8 O fight
the DET DT det 5 O the
tax NOUN NN dobj 3 O tax _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Jamaat PROPN NNP compound 14 B-PERSON Jamaat _
- PUNCT HYPH punct 14 I-PERSON - _
e PROPN NNP compound 14 I-PERSON e _
- PROPN NNP compound 14 I-PERSON - _
Kisan PROPN NNP compound 14 I-PERSON Kisan
leader NOUN NN compound 16 O leader
Ali PROPN NNP compound 16 B-PERSON Ali
Raza PROPN NNP nsubj 8 I-PERSON Raza _
. PUNCT . punct 8 O . _
"""

# The name hand-set untagged, as the tagger left such a name in a longer story.
_PERSON_JOINED_BY_THE_ARTICLE = """
“ PUNCT `` punct 8 O " _
We PRON PRP nsubj 2 O we
played VERB VBD ccomp 8 O play
as ADP IN prep 2 O as
a DET DT det 5 O a
team NOUN NN pobj 3 O team _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Shahid PROPN NNP compound 13 O Shahid _
- PUNCT HYPH punct 9 O - _
ul PROPN NNP appos 9 O ul _
- PUNCT HYPH punct 9 O - _
Karim PROPN NNP nsubj 8 O Karim _
, PUNCT , punct 13 O ,
the DET DT det 17 O the
former ADJ JJ amod 17 O former
captain NOUN NN appos 13 O captain _
. PUNCT . punct 8 O . _
"""


_SPAN_OF_TIME_AS_AN_OFFICE = """
For ADP IN prep 10 O for
four NUM CD nummod 2 B-DATE four
years NOUN NNS pobj 0 I-DATE year
as ADP IN prep 2 O as
secretary PROPN NNP pobj 3 O secretary
of ADP IN prep 4 O of
state PROPN NNP pobj 5 O state _
, PUNCT , punct 10 O ,
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP nsubj 10 O Ruiz
travelled VERB VBD ROOT 10 O travel
the DET DT det 12 O the
world NOUN NN dobj 10 O world _
. PUNCT . punct 10 O .
“ PUNCT `` punct 21 O " _
It PRON PRP nsubj 16 O it
was AUX VBD ccomp 21 O be
exhausting ADJ JJ acomp 16 O exhausting _
, PUNCT , punct 21 O , _
” PUNCT '' punct 21 O "
she PRON PRP nsubj 21 O she
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str, str]]:
    return [(r.speaker, r.role, r.organization, r.mention) for r in Extractor().rows(frozen(spec))]


def test_a_name_set_off_after_a_persons_place_is_the_subject_a_pronoun_continues() -> None:
    assert _rows(_NAME_SET_OFF_AFTER_A_PLACE) == [
        ("Tom Hale", "Fisheries Minister", "", "he"),
        ("Ravi Lal", "boat owner", "", "he"),
    ]


def test_a_name_tagged_a_place_right_after_a_job_is_a_person() -> None:
    assert _rows(_NAME_TAGGED_A_PLACE_AFTER_A_JOB) == [
        ("Anong Saelim", "director-general", "", "Anong Saelim")
    ]


def test_the_thai_polices_pol_before_a_rank_is_no_part_of_the_name() -> None:
    assert _rows(_THAI_POLICE_RANK) == [("Anan Srisuk", "commander of the traffic division", "", "he")]


def test_a_coined_word_set_beside_a_bodys_noun_is_the_body_before_a_title() -> None:
    assert _rows(_COINED_BODY_SHOWN_BY_APPOSITION) == [("Ana Mori", "President", "Kumirai", "Ana Mori")]


def test_an_untagged_name_set_off_before_a_role_is_the_subject_a_pronoun_continues() -> None:
    assert _rows(_NAME_SET_OFF_BEFORE_A_ROLE)[1] == (
        "Clive Black",
        "head of research at Shore Capital",
        "Shore Capital",
        "he",
    )


def test_a_firm_one_works_at_taken_for_a_person_is_a_body() -> None:
    assert _rows(_FIRM_TAKEN_FOR_A_PERSON) == [
        ("Priya Shah", "analyst at Bergholt", "Bergholt", "Priya Shah")
    ]


def test_a_given_name_before_a_tagged_name_of_two_words_opens_it() -> None:
    assert _rows(_GIVEN_NAME_BEFORE_A_TAGGED_NAME) == [
        ("Rafiqul Hasan Talukder", "State Minister for Labour and Employment", "", "he")
    ]


def test_a_short_form_in_brackets_closes_a_bodys_name_before_a_title_in_capitals() -> None:
    assert _rows(_SHORT_FORM_BEFORE_A_TITLE_IN_CAPITALS) == [
        ("Ana Ruiz", "President", "Harbour Chamber of Commerce and Industry", "she")
    ]


def test_no_sentence_starts_after_a_bodys_short_form_in_brackets() -> None:
    assert _rows(_SHORT_FORM_BEFORE_A_SENTENCE_START) == [
        ("Ana Ruiz", "President", "Harbour Garment Makers and Exporters Association", "she")
    ]


def test_mobility_is_a_brief() -> None:
    assert _rows(_MOBILITY_BRIEF) == [("Ana Ruiz", "Chief Officer for Mobility", "", "Ruiz")]


def test_two_brief_words_joined_by_and_are_one_brief() -> None:
    role = ("Ana Ruiz", "Transport and Infrastructure Minister", "", "Ruiz")
    assert _rows(_BRIEF_OF_TWO_WORDS_AFTER_A_COMMA) == [role]
    assert _rows(_BRIEF_OF_TWO_WORDS_OPENING) == [role]


def test_a_name_tagged_a_body_right_after_a_job_in_small_letters_is_a_person() -> None:
    assert _rows(_NAME_TAGGED_A_BODY_AFTER_A_JOB)[1] == ("Rav Mistry", "Opposition councillor", "", "He")


def test_a_name_after_a_title_and_a_unit_in_brackets_inside_a_body_is_the_holder() -> None:
    assert _rows(_NAME_AFTER_A_UNIT_IN_BRACKETS_INSIDE_A_BODY) == [
        ("Vikram Bangar", "Additional Municipal Commissioner", "", "Vikram Bangar")
    ]


def test_a_headline_quote_said_again_by_someone_named_is_theirs() -> None:
    assert _rows(_HEADLINE_QUOTE_SAID_AGAIN) == [
        ("Tom Hale", "general secretary", "HWU", "union boss"),
        ("Tom Hale", "general secretary", "HWU", "Tom Hale"),
    ]


def test_a_post_served_in_the_present_perfect_is_held_now() -> None:
    assert _rows(_WORKED_AS) == [("Ana Ruiz", "tour guide", "", "she")]
    assert _rows(_NEVER_WORKED_AS) == [("Ana Ruiz", "", "", "she")]


def test_a_name_whose_short_form_follows_in_brackets_is_a_body() -> None:
    row = _rows(_BODY_TAGGED_A_PERSON_BEFORE_ITS_SHORT_FORM)[0]
    assert row[:3] == ("Ana Ruiz", "director of public transport", "Harbour Transport")


def test_two_fields_joined_by_and_after_a_jobs_for_end_the_title() -> None:
    assert _rows(_TWO_FIELDS_AFTER_A_JOBS_FOR) == [
        ("Ana Ruiz", "State exco for infrastructure and transport", "", "she")
    ]


def test_group_before_a_job_is_the_jobs_word() -> None:
    assert _rows(_GROUP_BEFORE_A_JOB) == [("Ana Ruiz", "group chief executive", "Harvolt", "she")]


def test_a_description_by_another_noun_of_the_jobs_family_is_its_holder() -> None:
    assert _rows(_DESCRIBED_BY_ANOTHER_NOUN_OF_THE_JOB) == [("Ana Ruiz", "lawmaker", "", "the lawmaker")]


def test_a_name_right_after_a_title_inside_a_bodys_phrase_holds_the_subjects_place() -> None:
    assert _rows(_NAME_AFTER_A_TITLE_INSIDE_A_BODY)[1] == (
        "Godwin Armah",
        "General Secretary",
        "Harbour Association of Small Scale Miners",
        "he",
    )



def test_an_english_word_opening_the_sentence_before_a_job_is_the_jobs_word() -> None:
    assert _rows(_ENGLISH_WORD_OPENING_A_JOB) == [("Imran Qadir", "Rickshaw driver", "", "he")]


def test_a_name_joined_by_hyphens_around_a_small_word_is_one_word() -> None:
    assert _rows(_BODY_JOINED_BY_THE_IZAFAT) == [("Ali Raza", "leader", "Jamaat-e-Kisan", "Ali Raza")]
    assert _rows(_PERSON_JOINED_BY_THE_ARTICLE) == [
        ("Shahid-ul-Karim", "former captain", "", "Shahid-ul-Karim")
    ]


def test_a_span_of_time_as_an_office_gives_the_office_alone() -> None:
    assert _rows(_SPAN_OF_TIME_AS_AN_OFFICE) == [("Ana Ruiz", "secretary of state", "", "she")]
