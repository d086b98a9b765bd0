"""`Ana Ruiz, a former health minister, … Prime Minister Tom Hale said … "…," the former minister
said`: a description of a job held no more (`former`, `ex-`, `onetime`) is the one the story
gives that job as past, not one it gives the job now; with nobody given it as past, one it gives
a job that is no office of public life now (`Fast bowler X`) is not who held it, and the
description is the story's last subject, as `the former Wales midfielder` is. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Wanjiru Kamau, a former health minister, visited the ward on Tuesday. Health Minister Peter
# Otieno said the hospital would remain open. "We were promised a new wing," the former minister
# said.
_PAST_MINISTER = """
Wanjiru PROPN NNP compound 1 B-ORG Wanjiru
Kamau PROPN NNP nsubj 8 I-ORG Kamau _
, PUNCT , punct 1 O ,
a DET DT det 6 O a
former ADJ JJ amod 6 O former
health NOUN NN compound 6 O health
minister NOUN NN appos 1 O minister _
, PUNCT , punct 1 O ,
visited VERB VBD ROOT 8 O visit
the DET DT det 10 O the
ward NOUN NN dobj 8 O ward
on ADP IN prep 8 O on
Tuesday PROPN NNP pobj 11 B-DATE Tuesday _
. PUNCT . punct 8 O .
Health PROPN NNP compound 15 O Health
Minister PROPN NNP compound 17 O Minister
Peter PROPN NNP compound 17 B-PERSON Peter
Otieno PROPN NNP nsubj 18 I-PERSON Otieno
said VERB VBD ROOT 18 O say
the DET DT det 20 O the
hospital NOUN NN nsubj 22 O hospital
would AUX MD aux 22 O would
remain VERB VB ccomp 18 O remain
open ADJ JJ acomp 22 O open _
. PUNCT . punct 18 O .
" PUNCT `` punct 37 O " _
We PRON PRP nsubjpass 28 O we
were AUX VBD auxpass 28 O be
promised VERB VBN ccomp 37 O promise
a DET DT det 31 O a
new ADJ JJ amod 31 O new
wing NOUN NN dobj 28 O wing _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
the DET DT det 36 O the
former ADJ JJ amod 36 O former
minister NOUN NN nsubj 37 O minister
said VERB VBD ROOT 37 O say _
. PUNCT . punct 37 O . _
"""

# Fast bowler Tim Rowe took four wickets as Otago beat Wellington. Wellington coach Ben Carter
# admitted his side had batted poorly. "We were not good enough," the former New Zealand fast
# bowler told reporters.
_PAST_BOWLER = """
Fast ADJ JJ amod 1 O fast
bowler NOUN NN compound 3 O bowler
Tim PROPN NNP compound 3 B-PERSON Tim
Rowe PROPN NNP nsubj 4 I-PERSON Rowe
took VERB VBD ROOT 4 O take
four NUM CD nummod 6 B-CARDINAL four
wickets NOUN NNS dobj 4 O wicket
as SCONJ IN mark 9 O as
Otago PROPN NNP nsubj 9 B-GPE Otago
beat VERB VBD advcl 4 O beat
Wellington PROPN NNP dobj 9 B-GPE Wellington _
. PUNCT . punct 4 O .
Wellington PROPN NNP compound 13 B-GPE Wellington
coach NOUN NN compound 15 O coach
Ben PROPN NNP compound 15 B-PERSON Ben
Carter PROPN NNP nsubj 16 I-PERSON Carter
admitted VERB VBD ROOT 16 O admit
his PRON PRP$ poss 18 O his
side NOUN NN nsubj 20 O side
had AUX VBD aux 20 O have
batted VERB VBN ccomp 16 O bat
poorly ADV RB advmod 20 O poorly _
. PUNCT . punct 16 O .
" PUNCT `` punct 37 O " _
We PRON PRP nsubj 25 O we
were AUX VBD ccomp 37 O be
not PART RB neg 25 O not
good ADJ JJ acomp 25 O good
enough ADV RB advmod 27 O enough _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
the DET DT det 36 O the
former ADJ JJ amod 36 O former
New PROPN NNP nmod 34 B-GPE New
Zealand PROPN NNP nmod 36 I-GPE Zealand
fast ADJ JJ amod 36 O fast
bowler NOUN NN nsubj 37 O bowler
told VERB VBD ROOT 37 O tell
reporters NOUN NNS dobj 37 O reporter _
. PUNCT . punct 37 O . _
"""

# Grace Otieno, an ex-minister, opened the clinic in Kisumu on Friday. Health Minister Paul Mwangi
# said the county would fund it. "This clinic was promised ten years ago," the ex-minister said.
_EX_MINISTER = """
Grace PROPN NNP compound 1 B-PERSON Grace
Otieno PROPN NNP nsubj 8 I-PERSON Otieno _
, PUNCT , punct 1 O ,
an DET DT det 6 O an
ex NOUN NN compound 6 O ex _
- NOUN NN compound 6 O - _
minister NOUN NN appos 1 O minister _
, PUNCT , punct 1 O ,
opened VERB VBD ROOT 8 O open
the DET DT det 10 O the
clinic NOUN NN dobj 8 O clinic
in ADP IN prep 10 O in
Kisumu PROPN NNP pobj 11 B-GPE Kisumu
on ADP IN prep 8 O on
Friday PROPN NNP pobj 13 B-DATE Friday _
. PUNCT . punct 8 O .
Health PROPN NNP compound 17 O Health
Minister PROPN NNP compound 19 O Minister
Paul PROPN NNP compound 19 B-PERSON Paul
Mwangi PROPN NNP nsubj 20 I-PERSON Mwangi
said VERB VBD ROOT 20 O say
the DET DT det 22 O the
county NOUN NN nsubj 24 O county
would AUX MD aux 24 O would
fund VERB VB ccomp 20 O fund
it PRON PRP dobj 24 O it _
. PUNCT . punct 20 O .
" PUNCT `` punct 41 O " _
This DET DT det 29 O this
clinic NOUN NN nsubjpass 31 O clinic
was AUX VBD auxpass 31 O be
promised VERB VBN ccomp 41 O promise
ten NUM CD nummod 33 B-DATE ten
years NOUN NNS npadvmod 34 I-DATE year
ago ADV RB advmod 31 I-DATE ago _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
the DET DT det 40 O the
ex NOUN NN compound 40 O ex _
- NOUN NN compound 40 O - _
minister NOUN NN nsubj 41 O minister
said VERB VBD ROOT 41 O say _
. PUNCT . punct 41 O . _
"""


def test_the_former_minister_is_the_one_given_the_job_as_past() -> None:
    rows = Extractor().rows(frozen(_PAST_MINISTER))
    assert [(r.speaker, r.role) for r in rows] == [("Wanjiru Kamau", "former health minister")]


def test_the_former_bowler_is_not_the_bowler_of_now() -> None:
    rows = Extractor().rows(frozen(_PAST_BOWLER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ben Carter", "coach", "Wellington")]


def test_the_ex_minister_is_the_one_given_the_job_as_past() -> None:
    rows = Extractor().rows(frozen(_EX_MINISTER))
    assert [(r.speaker, r.role) for r in rows] == [("Grace Otieno", "ex-minister")]
