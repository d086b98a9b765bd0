"""`Police-constable GREEN Evans said`, `said Police-constable GREEN Evans.`: a police rank joined
by a hyphen to the force's word, then two words of a name (one in capitals, as older Welsh
reports tell one constable from another of the name), tagged one body with the rank: the two
words are the officer's name and the hyphened rank the role, with no body (before, the whole was
a body speaking as itself). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Police-constable GREEN Evans said: "The prisoner had been drinking all evening at the Crown."
_BEFORE_THE_VERB = """
Police NOUN NN npadvmod 2 O police _
- PUNCT HYPH punct 2 O - _
constable ADJ JJ amod 4 O constable
GREEN PROPN NNP compound 4 B-ORG GREEN
Evans PROPN NNP nsubj 5 I-ORG Evans
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
The DET DT det 9 O the
prisoner NOUN NN nsubj 12 O prisoner
had AUX VBD aux 12 O have
been AUX VBN aux 12 O be
drinking VERB VBG ccomp 5 O drink
all DET DT det 14 O all
evening NOUN NN npadvmod 12 O evening
at ADP IN prep 12 O at
the DET DT det 17 O the
Crown PROPN NNP pobj 15 B-PRODUCT Crown _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""

# "He struck me twice with his fist," said Police-constable GREEN Evans.
_AFTER_THE_VERB = """
" PUNCT `` punct 10 O " _
He PRON PRP nsubj 2 O he
struck VERB VBD ccomp 10 O strike
me PRON PRP dobj 2 O I
twice ADV RB advmod 2 O twice
with ADP IN prep 2 O with
his PRON PRP$ poss 7 O his
fist NOUN NN pobj 5 O fist _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Police PROPN NNP npadvmod 13 O Police _
- PUNCT HYPH punct 13 O - _
constable ADJ JJ amod 15 O constable
GREEN PROPN NNP compound 15 B-ORG GREEN
Evans PROPN NNP nsubj 10 I-ORG Evans _
. PUNCT . punct 10 O . _
"""


def test_a_constables_two_names_after_his_rank_before_the_verb() -> None:
    rows = Extractor().rows(frozen(_BEFORE_THE_VERB))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("GREEN Evans", "Police-constable", "")]


def test_a_constables_two_names_after_his_rank_after_the_verb() -> None:
    rows = Extractor().rows(frozen(_AFTER_THE_VERB))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("GREEN Evans", "Police-constable", "")]
