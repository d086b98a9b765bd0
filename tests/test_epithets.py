"""Epithets in place of a name just given: the sports pages' `ace` and `legend` (`The ex-England
ace later posted …`) stand for the person the story last made a subject, as `the teenager` does;
a relative clause on an epithet says what the person is (`The furious mum, who is a nurse at a
local school, added`); so do a people's one-person noun (`the Dane said`) and a people's
adjective alone (`the Uruguayan said`), which the tagger calls a body, or a plural when it ends
in -ese (`the Portuguese said`); and a position that is an
everyday word too, held before (`the former opener said`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen
from tests.sentences import HOLT_SLAMMED


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.mention) for r in Extractor().rows(frozen(spec))]


# Former Rovers striker Danny Holt has slammed the owners after his testimonial was cancelled.
# The ex-England ace later posted online: "Thank you to the fans."
_ACE = HOLT_SLAMMED.strip() + """
The DET DT det 20 O the
ex NOUN NN compound 20 O ex _
- NOUN NN compound 20 O - _
England PROPN NNP compound 20 O England
ace NOUN NN nsubj 22 O ace
later ADV RB advmod 22 O later
posted VERB VBN ccomp 26 O post
online ADV RB advmod 22 O online _
: PUNCT : punct 22 O :
" PUNCT `` punct 26 O " _
Thank VERB VBP ROOT 26 O thank
you PRON PRP dobj 26 O you
to ADP IN prep 26 O to
the DET DT det 30 O the
fans NOUN NNS pobj 28 O fan _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _"""

# Mum-of-three Kerry Baines was left stunned by the bill. The furious mum, who is a nurse at a local
# school, added: "Nobody at the company would explain it."
_MUM = """
Mum NOUN NN nmod 6 O mum _
- PUNCT HYPH punct 0 O - _
of ADP IN prep 0 O of _
- PUNCT HYPH punct 2 O - _
three NUM CD pobj 2 O three
Kerry PROPN NNP compound 6 B-PERSON Kerry
Baines PROPN NNPS nsubjpass 8 I-PERSON Baines
was AUX VBD auxpass 8 O be
left VERB VBN ROOT 8 O leave
stunned VERB VBN oprd 8 O stun
by ADP IN agent 9 O by
the DET DT det 12 O the
bill NOUN NN pobj 10 O bill _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
The DET DT det 17 O the
furious ADJ JJ amod 17 O furious
mum NOUN NN nsubj 28 O mum _
, PUNCT , punct 17 O ,
who PRON WP nsubj 20 O who
is AUX VBZ relcl 17 O be
a DET DT det 22 O a
nurse NOUN NN attr 20 O nurse
at ADP IN prep 22 O at
a DET DT det 26 O a
local ADJ JJ amod 26 O local
school NOUN NN pobj 23 O school _
, PUNCT , punct 17 O ,
added VERB VBD ROOT 28 O add _
: PUNCT : punct 28 O :
" PUNCT `` punct 28 O " _
Nobody PRON NN nsubj 36 O nobody
at ADP IN prep 31 O at
the DET DT det 34 O the
company NOUN NN pobj 32 O company
would AUX MD aux 36 O would
explain VERB VB ccomp 28 O explain
it PRON PRP dobj 36 O it _
. PUNCT . punct 28 O . _
" PUNCT '' punct 28 O " _"""


def test_a_sports_epithet_stands_for_the_player_just_named() -> None:
    assert who(_ACE) == [("Danny Holt", "Former striker", "The ex-England ace")]


def test_a_clause_on_an_epithet_gives_the_persons_role() -> None:
    assert who(_MUM) == [("Kerry Baines", "nurse at a local school", "The furious mum")]


# Northfield boss Lars Holm Kjaer was delighted. "The lads never stopped believing," the Dane said.
_DANE = """
Northfield PROPN NNP compound 1 B-ORG Northfield
boss NOUN NN compound 4 O boss
Lars PROPN NNP compound 4 B-PERSON Lars
Holm PROPN NNP compound 4 I-PERSON Holm
Kjaer PROPN NNP nsubj 5 I-PERSON Kjaer
was AUX VBD ROOT 5 O be
delighted ADJ JJ acomp 5 O delighted _
. PUNCT . punct 5 O .
" PUNCT `` punct 18 O " _
The DET DT det 10 O the
lads NOUN NNS nsubj 12 O lad
never ADV RB neg 12 O never
stopped VERB VBD ccomp 18 O stop
believing VERB VBG xcomp 12 O believe _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
the DET DT det 17 O the
Dane PROPN NNP nsubj 18 B-ORG Dane
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""

# Midfielder Joao Pedro Neves scored twice. "We never stopped believing," the Portuguese said.
_PORTUGUESE = """
Midfielder PROPN NNP compound 2 B-PERSON Midfielder
Joao PROPN NNP compound 2 I-PERSON Joao
Pedro PROPN NNP compound 3 I-PERSON Pedro
Neves PROPN NNP nsubj 4 I-PERSON Neves
scored VERB VBD ROOT 4 O score
twice ADV RB advmod 4 O twice _
. PUNCT . punct 4 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 10 O we
never ADV RB neg 10 O never
stopped VERB VBD ccomp 16 O stop
believing VERB VBG xcomp 10 O believe _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
the DET DT det 15 O the
Portuguese PROPN NNPS nsubj 16 B-NORP Portuguese
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""

# Northfield boss Diego Ferreyra was delighted. "The lads never stopped believing," the Uruguayan
# said.
_URUGUAYAN = """
Northfield PROPN NNP compound 1 B-GPE Northfield
boss NOUN NN compound 3 O boss
Diego PROPN NNP compound 3 B-PERSON Diego
Ferreyra PROPN NNP nsubj 4 I-PERSON Ferreyra
was AUX VBD ROOT 4 O be
delighted ADJ JJ acomp 4 O delighted _
. PUNCT . punct 4 O .
" PUNCT `` punct 17 O " _
The DET DT det 9 O the
lads NOUN NNS nsubj 11 O lad
never ADV RB neg 11 O never
stopped VERB VBD ccomp 17 O stop
believing VERB VBG xcomp 11 O believe _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
the DET DT det 16 O the
Uruguayan PROPN NNP nsubj 17 B-ORG Uruguayan
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


def test_a_peoples_noun_for_one_person_stands_for_the_person_just_named() -> None:
    assert [(row[0], row[2]) for row in who(_DANE)] == [("Lars Holm Kjaer", "the Dane")]


def test_a_peoples_adjective_alone_stands_for_the_person_just_named() -> None:
    assert [(row[0], row[2]) for row in who(_URUGUAYAN)] == [("Diego Ferreyra", "the Uruguayan")]


# India beat England by five wickets. India head coach Anil Menon praised the wicketkeeper. "He is
# a match-winner," the former opener said.
_FORMER_OPENER = """
India PROPN NNP nsubj 1 B-GPE India
beat VERB VBD ROOT 1 O beat
England PROPN NNP dobj 1 B-GPE England
by ADP IN prep 1 O by
five NUM CD nummod 5 B-CARDINAL five
wickets NOUN NNS pobj 3 O wicket _
. PUNCT . punct 1 O .
India PROPN NNP compound 9 B-GPE India
head NOUN NN compound 9 O head
coach NOUN NN compound 11 O coach
Anil PROPN NNP compound 11 B-PERSON Anil
Menon PROPN NNP nsubj 12 I-PERSON Menon
praised VERB VBD ROOT 12 O praise
the DET DT det 14 O the
wicketkeeper NOUN NN dobj 12 O wicketkeeper _
. PUNCT . punct 12 O .
" PUNCT `` punct 28 O " _
He PRON PRP nsubj 18 O he
is AUX VBZ ccomp 28 O be
a DET DT det 22 O a
match NOUN NN compound 22 O match _
- PUNCT HYPH punct 22 O - _
winner NOUN NN attr 18 O winner _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
the DET DT det 27 O the
former ADJ JJ amod 27 O former
opener NOUN NN nsubj 28 O opener
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_a_former_position_that_is_an_everyday_word_stands_for_the_person_just_named() -> None:
    assert [(row[0], row[2]) for row in who(_FORMER_OPENER)] == [("Anil Menon", "the former opener")]


def test_a_peoples_word_the_same_for_one_and_many_stands_for_the_person_just_named() -> None:
    """`the Portuguese said`, tagged a plural (NNPS) and a people: -ese is the same for one."""
    assert [(row[0], row[2]) for row in who(_PORTUGUESE)] == [("Joao Pedro Neves", "the Portuguese")]
