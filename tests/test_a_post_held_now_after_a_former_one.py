"""`X, a former commissioner with Y who is now a programme officer at Z`: a relative clause (or a
copula) that says which post is held now outranks a former post the apposition gives at the same
mention, and the body of the post held before is no longer the speaker's organisation. A former
post alone is still the role. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The scale of the change is enormous," said Kevin Dlamini, a former commissioner with the
# Gauteng Energy Regulator who is now a programme officer at the Rand Trust.
_NOW_IN_A_CLAUSE = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
scale NOUN NN nsubj 6 O scale
of ADP IN prep 2 O of
the DET DT det 5 O the
change NOUN NN pobj 3 O change
is AUX VBZ ccomp 10 O be
enormous ADJ JJ acomp 6 O enormous _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Kevin PROPN NNP compound 12 B-PERSON Kevin
Dlamini PROPN NNP nsubj 10 I-PERSON Dlamini _
, PUNCT , punct 12 O ,
a DET DT det 16 O a
former ADJ JJ amod 16 O former
commissioner NOUN NN appos 12 O commissioner
with ADP IN prep 16 O with
the DET DT det 21 B-ORG the
Gauteng PROPN NNP compound 20 I-ORG Gauteng
Energy PROPN NNP compound 21 I-ORG Energy
Regulator PROPN NNP pobj 17 I-ORG Regulator
who PRON WP nsubj 23 O who
is AUX VBZ relcl 16 O be
now ADV RB advmod 23 O now
a DET DT det 27 O a
programme NOUN NN compound 27 O programme
officer NOUN NN attr 23 O officer
at ADP IN prep 27 O at
the DET DT det 31 B-ORG the
Rand PROPN NNP compound 31 I-ORG Rand
Trust PROPN NNP pobj 28 I-ORG Trust _
. PUNCT . punct 10 O . _
"""

# Rohan Mehta, a former commissioner of the Maharashtra Housing Board who became mayor in 2019,
# said the plan was late. "The city cannot wait," he said.
_BECAME_IN_A_CLAUSE = """
Rohan PROPN NNP compound 1 B-PERSON Rohan
Mehta PROPN NNP nsubj 17 I-PERSON Mehta _
, PUNCT , punct 1 O ,
a DET DT det 5 O a
former ADJ JJ amod 5 O former
commissioner NOUN NN appos 1 O commissioner
of ADP IN prep 5 O of
the DET DT det 10 B-ORG the
Maharashtra PROPN NNP compound 10 I-ORG Maharashtra
Housing PROPN NNP compound 10 I-ORG Housing
Board PROPN NNP pobj 6 I-ORG Board
who PRON WP nsubj 12 O who
became VERB VBD relcl 5 O become
mayor NOUN NN attr 12 O mayor
in ADP IN prep 12 O in
2019 NUM CD pobj 14 B-DATE 2019 _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
plan NOUN NN nsubj 20 O plan
was AUX VBD ccomp 17 O be
late ADJ JJ acomp 20 O late _
. PUNCT . punct 17 O .
" PUNCT `` punct 32 O " _
The DET DT det 25 O the
city NOUN NN nsubj 28 O city
can AUX MD aux 28 O can _
not PART RB neg 28 O not
wait VERB VB ccomp 32 O wait _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
he PRON PRP nsubj 32 O he
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

# Rohan Mehta, a former commissioner of the Maharashtra Housing Board, said the plan was late.
# "The city cannot wait," he said.
_FORMER_ALONE = """
Rohan PROPN NNP compound 1 B-PERSON Rohan
Mehta PROPN NNP nsubj 12 I-PERSON Mehta _
, PUNCT , punct 1 O ,
a DET DT det 5 O a
former ADJ JJ amod 5 O former
commissioner NOUN NN appos 1 O commissioner
of ADP IN prep 5 O of
the DET DT det 10 B-ORG the
Maharashtra PROPN NNP compound 10 I-ORG Maharashtra
Housing PROPN NNP compound 10 I-ORG Housing
Board PROPN NNP pobj 6 I-ORG Board _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
plan NOUN NN nsubj 15 O plan
was AUX VBD ccomp 12 O be
late ADJ JJ acomp 15 O late _
. PUNCT . punct 12 O .
" PUNCT `` punct 27 O " _
The DET DT det 20 O the
city NOUN NN nsubj 23 O city
can AUX MD aux 23 O can _
not PART RB neg 23 O not
wait VERB VB ccomp 27 O wait _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_the_post_a_clause_says_is_held_now_is_the_role() -> None:
    rows = Extractor().rows(frozen(_NOW_IN_A_CLAUSE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Kevin Dlamini", "programme officer at the Rand Trust", "Rand Trust")
    ]


def test_the_body_of_the_post_held_before_is_not_the_speakers() -> None:
    rows = Extractor().rows(frozen(_BECAME_IN_A_CLAUSE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Rohan Mehta", "mayor", "")]


def test_a_former_post_alone_is_still_the_role() -> None:
    rows = Extractor().rows(frozen(_FORMER_ALONE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Rohan Mehta", "former commissioner of the Maharashtra Housing Board", "Maharashtra Housing Board")
    ]
