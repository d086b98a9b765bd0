"""`Aisling Murphy lives at home. The 29-year-old nurse cannot afford rent`: a description giving
an age, news's way of coming back to one just named, that is the subject of
its clause stands for the one person weighed, named in its sentence or the one before, whose job
the story had not told: she gains the role. Without the age the description may be another person
(`X was taken to hospital. The doctor …`), and one so little weighed is left alone. Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Aisling Murphy lives at home. The 29-year-old nurse cannot afford rent. "I love my job," she
# says.
_AGED = """
Aisling VERB VBG csubj 2 B-PERSON aisle
Murphy PROPN NNP dobj 0 I-PERSON Murphy
lives VERB VBZ ROOT 2 O live
at ADP IN prep 2 O at
home NOUN NN pobj 3 O home _
. PUNCT . punct 2 O .
The DET DT det 12 O the
29 NUM CD nummod 9 B-DATE 29 _
- PUNCT HYPH punct 9 I-DATE - _
year NOUN NN npadvmod 11 I-DATE year _
- PUNCT HYPH punct 11 I-DATE - _
old ADJ JJ amod 12 I-DATE old
nurse NOUN NN nsubj 15 O nurse
can AUX MD aux 15 O can _
not PART RB neg 15 O not
afford VERB VB ROOT 15 O afford
rent NOUN NN dobj 15 O rent _
. PUNCT . punct 15 O .
" PUNCT `` punct 26 O " _
I PRON PRP nsubj 20 O I
love VERB VBP ccomp 26 O love
my PRON PRP$ poss 22 O my
job NOUN NN dobj 20 O job _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
she PRON PRP nsubj 26 O she
says VERB VBZ ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


# Aisling Murphy lives at home. The nurse cannot afford rent. "I love my job," she says.
_UNAGED = """
Aisling VERB VBG csubj 2 B-PERSON aisle
Murphy PROPN NNP dobj 0 I-PERSON Murphy
lives VERB VBZ ROOT 2 O live
at ADP IN prep 2 O at
home NOUN NN pobj 3 O home _
. PUNCT . punct 2 O .
The DET DT det 7 O the
nurse NOUN NN nsubj 10 O nurse
can AUX MD aux 10 O can _
not PART RB neg 10 O not
afford VERB VB ROOT 10 O afford
rent NOUN NN dobj 10 O rent _
. PUNCT . punct 10 O .
" PUNCT `` punct 21 O " _
I PRON PRP nsubj 15 O I
love VERB VBP ccomp 21 O love
my PRON PRP$ poss 17 O my
job NOUN NN dobj 15 O job _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
she PRON PRP nsubj 21 O she
says VERB VBZ ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_an_aged_description_gives_the_one_just_named_her_job() -> None:
    rows = Extractor().rows(frozen(_AGED))
    assert [(r.speaker, r.role) for r in rows] == [("Aisling Murphy", "nurse")]


def test_a_description_with_no_age_is_not_taken_for_her() -> None:
    rows = Extractor().rows(frozen(_UNAGED))
    assert [(r.speaker, r.role) for r in rows] == [("Aisling Murphy", "")]
