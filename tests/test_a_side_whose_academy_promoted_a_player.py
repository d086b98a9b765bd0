"""`X, who was promoted from Kaizer Chiefs' youth academy`: a player promoted to the first team is in
the side owning the academy, tagged a body. Not one who `came through` a side's academy (often a side
since left), nor a person's academy. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Kaizer Chiefs beat Orlando Pirates 2-0 on Saturday. Thabo Mokoena, who was promoted from Kaizer
# Chiefs' youth academy last season, scored both goals. "It was a special day," he said.
_PROMOTED = """
Kaizer PROPN NNP compound 1 B-ORG Kaizer
Chiefs PROPN NNPS nsubj 2 I-ORG Chiefs
beat VERB VBD ROOT 2 O beat
Orlando PROPN NNP compound 4 B-GPE Orlando
Pirates PROPN NNP dobj 2 O Pirates
2 NUM CD npadvmod 2 B-CARDINAL 2 _
- SYM SYM punct 2 O - _
0 NUM CD dobj 2 O 0
on ADP IN prep 2 O on
Saturday PROPN NNP pobj 8 B-DATE Saturday _
. PUNCT . punct 2 O .
Thabo PROPN NNP compound 12 B-ORG Thabo
Mokoena PROPN NNP nsubj 26 I-ORG Mokoena _
, PUNCT , punct 12 O ,
who PRON WP nsubjpass 16 O who
was AUX VBD auxpass 16 O be
promoted VERB VBN relcl 12 O promote
from ADP IN prep 16 O from
Kaizer PROPN NNP compound 19 B-ORG Kaizer
Chiefs PROPN NNPS poss 22 I-ORG Chiefs _
' PART POS case 19 I-ORG '
youth NOUN NN compound 22 O youth
academy NOUN NN pobj 17 O academy
last ADJ JJ amod 24 B-DATE last
season NOUN NN npadvmod 16 I-DATE season _
, PUNCT , punct 12 O ,
scored VERB VBD ROOT 26 O score
both DET DT det 28 O both
goals NOUN NNS dobj 26 O goal _
. PUNCT . punct 26 O .
" PUNCT `` punct 39 O " _
It PRON PRP nsubj 32 O it
was AUX VBD ccomp 39 O be
a DET DT det 35 B-DATE a
special ADJ JJ amod 35 I-DATE special
day NOUN NN attr 32 I-DATE day _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
he PRON PRP nsubj 39 O he
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""


# Harbour United drew 1-1 with Kestrel Vale. Tom Hale, who came through Harbour United's academy,
# scored the equaliser. "It was a special day," he said.
_CAME_THROUGH = """
Harbour PROPN NNP compound 1 B-PERSON Harbour
United PROPN NNP nsubj 2 I-PERSON United
drew VERB VBD ROOT 2 O draw
1 NUM CD npadvmod 2 B-CARDINAL 1 _
- SYM SYM punct 5 O - _
1 NUM CD prep 3 O 1
with ADP IN prep 2 O with
Kestrel PROPN NNP compound 8 B-PERSON Kestrel
Vale PROPN NNP pobj 6 I-PERSON Vale _
. PUNCT . punct 2 O .
Tom PROPN NNP compound 11 B-PERSON Tom
Hale PROPN NNP nsubj 21 I-PERSON Hale _
, PUNCT , punct 11 O ,
who PRON WP nsubj 14 O who
came VERB VBD relcl 11 O come
through ADP IN prep 14 O through
Harbour PROPN NNP compound 17 B-GPE Harbour
United PROPN NNP poss 19 I-GPE United _
's PART POS case 17 I-GPE 's
academy NOUN NN pobj 15 O academy _
, PUNCT , punct 11 O ,
scored VERB VBD ROOT 21 O score
the DET DT det 23 O the
equaliser NOUN NN dobj 21 O equaliser _
. PUNCT . punct 21 O .
" PUNCT `` punct 34 O " _
It PRON PRP nsubj 27 O it
was AUX VBD ccomp 34 O be
a DET DT det 30 B-DATE a
special ADJ JJ amod 30 I-DATE special
day NOUN NN attr 27 I-DATE day _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
he PRON PRP nsubj 34 O he
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


# The Bulls beat the Lions 30-12. Sam Dube, who was promoted from Peter Botha's academy, was
# outstanding. "It was a special day," he said.
_PERSONS = """
The DET DT det 1 O the
Bulls PROPN NNPS nsubj 2 O Bulls
beat VERB VBD ROOT 2 O beat
the DET DT det 4 O the
Lions PROPN NNP dobj 2 O Lions
30 NUM CD npadvmod 2 O 30 _
- SYM SYM punct 7 O - _
12 NUM CD prep 5 O 12 _
. PUNCT . punct 2 O .
Sam PROPN NNP compound 10 B-PERSON Sam
Dube PROPN NNP nsubj 21 I-PERSON Dube _
, PUNCT , punct 10 O ,
who PRON WP nsubjpass 14 O who
was AUX VBD auxpass 14 O be
promoted VERB VBN relcl 10 O promote
from ADP IN prep 14 O from
Peter PROPN NNP compound 17 B-PERSON Peter
Botha PROPN NNP poss 19 I-PERSON Botha _
's PART POS case 17 I-PERSON 's
academy NOUN NN pobj 15 O academy _
, PUNCT , punct 10 O ,
was AUX VBD ROOT 21 O be
outstanding ADJ JJ acomp 21 O outstanding _
. PUNCT . punct 21 O .
" PUNCT `` punct 33 O " _
It PRON PRP nsubj 26 O it
was AUX VBD ccomp 33 O be
a DET DT det 29 B-DATE a
special ADJ JJ amod 29 I-DATE special
day NOUN NN attr 26 I-DATE day _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
he PRON PRP nsubj 33 O he
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""




def test_a_player_promoted_from_a_sides_academy_is_in_that_side() -> None:
    assert who_of(_PROMOTED) == [("Thabo Mokoena", "", "Kaizer Chiefs")]


def test_a_player_who_came_through_an_academy_gets_no_side() -> None:
    assert who_of(_CAME_THROUGH) == [("Tom Hale", "", "")]


def test_a_persons_academy_names_no_side() -> None:
    assert who_of(_PERSONS) == [("Sam Dube", "", "")]
