"""A feature's headline that calls its subject by a job (`The carver who …`, `the Lenton welder
starting again at 54`), over a story that names them right below it, each from a frozen parse of a
sentence written for this file (the entities as the tagger gave them), so a model update cannot
change what a test exercises:

- `The carver who would not give up on his father's boat` | `For 20 years, Tomas Kerr has been …`:
  the job is the person's the story names first, who speaks and has no other (the role was none);
- `… : the Lenton welder starting again at 54` | `After 30 years underground, Ian Dorran is back
  at school.`: a job the subject of a headline's bare participle likewise, the place before it
  no body (the role was none);
- `"I never planned to cook": The Lenton lawyer who won the pie contest` | `"I was a lawyer in
  Aleppo," Sami says`: a job the story says its subject was is one left behind, not theirs now.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_CARVER = """
The DET DT det 1 O the
carver NOUN NN ROOT 1 O carver
who PRON WP nsubj 5 O who
would AUX MD aux 5 O would
not PART RB neg 5 O not
give VERB VB relcl 1 O give
up ADP RP prt 5 O up
on ADP IN prep 5 O on
his PRON PRP$ poss 9 O his
father NOUN NN poss 11 O father _
's PART POS case 9 O 's
boat NOUN NN pobj 7 O boat _
<paragraph> SPACE _SP dep 11 O <paragraph> _
For ADP IN prep 21 O for
20 NUM CD nummod 15 B-DATE 20
years NOUN NNS pobj 13 I-DATE year _
, PUNCT , punct 21 O ,
Tomas PROPN NNP compound 18 B-PERSON Tomas
Kerr PROPN NNP nsubj 21 I-PERSON Kerr
has AUX VBZ aux 21 O have
been AUX VBN aux 21 O be
finishing VERB VBG ROOT 21 O finish
a DET DT det 23 O a
boat NOUN NN dobj 21 O boat
his PRON PRP$ poss 25 O his
father NOUN NN nsubj 26 O father
started VERB VBD relcl 23 O start _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 27 O <paragraph> _
" PUNCT `` punct 32 O " _
You PRON PRP nsubj 32 O you
can AUX MD aux 32 O can
feel VERB VB ccomp 39 O feel
where SCONJ WRB advmod 35 O where
Dad PROPN NNP nsubj 35 B-PERSON Dad
stopped VERB VBD ccomp 32 O stop _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
he PRON PRP nsubj 39 O he
says VERB VBZ ROOT 39 O say _
. PUNCT . punct 39 O . _
"""

_A_WELDER_STARTING_AGAIN = """
From ADP IN prep 10 O from
the DET DT det 2 O the
pits NOUN NNS pobj 0 O pit
to ADP IN prep 0 O to
the DET DT det 5 O the
turbines NOUN NNS pobj 3 O turbine _
: PUNCT : punct 10 O :
the DET DT det 9 O the
Lenton PROPN NNP compound 9 B-PERSON Lenton
welder NOUN NN nsubj 10 O welder
starting VERB VBG ROOT 10 O start
again ADV RB advmod 10 O again
at ADP IN prep 10 O at
54 NUM CD pobj 12 B-DATE 54 _
<paragraph> SPACE _SP dep 13 O <paragraph> _
After ADP IN prep 22 O after
30 NUM CD nummod 17 B-DATE 30
years NOUN NNS npadvmod 18 I-DATE year
underground ADV RB pcomp 15 O underground _
, PUNCT , punct 22 O ,
Ian PROPN NNP compound 21 B-PERSON Ian
Dorran PROPN NNP nsubj 22 I-PERSON Dorran
is AUX VBZ ROOT 22 O be
back ADV RB advmod 22 O back
at ADP IN prep 23 O at
school NOUN NN pobj 24 O school _
. PUNCT . punct 22 O . _
<paragraph> SPACE _SP dep 26 O <paragraph> _
" PUNCT `` punct 40 O " _
The DET DT det 30 O the
body NOUN NN nsubj 33 O body
does AUX VBZ aux 33 O do
not PART RB neg 33 O not
know VERB VB ccomp 40 O know
you PRON PRP nsubj 36 O you
have AUX VBP aux 36 O have
left VERB VBN ccomp 33 O leave _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
he PRON PRP nsubj 40 O he
says VERB VBZ ROOT 40 O say _
. PUNCT . punct 40 O . _
"""

_A_JOB_LEFT_BEHIND = """
" PUNCT `` punct 3 O " _
I PRON PRP nsubj 3 O I
never ADV RB neg 3 O never
planned VERB VBD ROOT 3 O plan
to PART TO aux 5 O to
cook VERB VB xcomp 3 O cook _
" PUNCT '' punct 5 O " _
: PUNCT : punct 3 O :
The DET DT det 10 O the
Lenton PROPN NNP compound 10 B-PERSON Lenton
lawyer NOUN NN appos 1 O lawyer
who PRON WP nsubj 12 O who
won VERB VBD relcl 10 O win
the DET DT det 15 O the
pie NOUN NN compound 15 O pie
contest NOUN NN dobj 12 O contest _
<paragraph> SPACE _SP dep 15 O <paragraph> _
When SCONJ WRB advmod 20 O when
Sami PROPN NNP compound 19 B-PERSON Sami
Aziz PROPN NNP nsubj 20 I-PERSON Aziz
came VERB VBD advcl 29 O come
to ADP IN prep 20 O to
Lenton PROPN NNP pobj 21 B-GPE Lenton
in ADP IN prep 20 O in
2015 NUM CD pobj 23 B-DATE 2015 _
, PUNCT , punct 29 O ,
he PRON PRP nsubj 29 O he
did AUX VBD aux 29 O do
not PART RB neg 29 O not
expect VERB VB ROOT 29 O expect
to PART TO aux 31 O to
win VERB VB xcomp 29 O win
a DET DT det 33 O a
prize NOUN NN dobj 31 O prize _
. PUNCT . punct 29 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
" PUNCT `` punct 46 O " _
I PRON PRP nsubj 38 O I
was AUX VBD ccomp 46 O be
a DET DT det 40 O a
lawyer NOUN NN attr 38 O lawyer
in ADP IN prep 40 O in
Aleppo PROPN NNP pobj 41 B-NORP Aleppo _
, PUNCT , punct 46 O , _
" PUNCT '' punct 46 O "
Sami PROPN NNP nsubj 46 B-PERSON Sami
says VERB VBZ ROOT 46 O say _
. PUNCT . punct 46 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_headline_job_with_a_clause_is_the_person_named_below_it() -> None:
    assert _rows(_A_CARVER) == [("Tomas Kerr", "carver", "")]


def test_a_headline_job_the_subject_of_a_participle_is_the_person_named_below_it() -> None:
    assert _rows(_A_WELDER_STARTING_AGAIN) == [("Ian Dorran", "Lenton welder", "")]


def test_a_headline_job_the_story_says_was_left_behind_is_no_role() -> None:
    assert _rows(_A_JOB_LEFT_BEHIND) == [("Sami Aziz", "", "")]
