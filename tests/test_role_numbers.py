"""Numbers, dates and place adverbs in a role, on frozen parses: a count or an age is no part
of a role and goes whole (`the May 4 election`, never `the 4 election`), but a number that
opens a hyphened word stays with it (`three-man board`, never `-man board`); `the mayor there`
is a mayor. A backer is a supporter, which ROLES.md keeps out of the role column.

Each sentence was written for this file; its parse (by en_core_web_sm 3.8) is written out token
by token (see tests/frozen.py), so a model update cannot change what a test exercises.
"""

from __future__ import annotations

from quotes.context import DocContext
from quotes.descriptors import Describer
from tests.frozen import frozen


def roles(spec: str) -> list[str]:
    """The roles the sentence gives `Ana Ruiz`."""
    doc = frozen(spec)
    start = [t.text for t in doc].index("Ana")
    people = frozenset({"ana", "ruiz"})
    describer = Describer(DocContext(doc), [True] * len(doc), frozenset(), people)
    return [d.role for d in describer.describe(start, start + 2)]


# "Ana Ruiz, a member of the club's three-man board, said so."
_THREE_MAN = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 14 O Ruiz _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
member NOUN NN appos 1 O member
of ADP IN prep 4 O of
the DET DT det 7 O the
club NOUN NN poss 12 O club _
's PART POS case 7 O 's
three NUM CD nummod 11 B-CARDINAL three _
- PUNCT HYPH punct 11 O - _
man NOUN NN compound 12 O man
board NOUN NN pobj 5 O board _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 14 O say
so ADV RB advmod 14 O so _
. PUNCT . punct 14 O . _
"""

# "Ana Ruiz, the mayor there, said so."
_THERE = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 7 O Ruiz _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
mayor NOUN NN appos 1 O mayor
there ADV RB advmod 4 O there _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 7 O say
so ADV RB advmod 7 O so _
. PUNCT . punct 7 O . _
"""

# "Ana Ruiz, the Labour candidate for the May 4 election, said so."
_MAY_4 = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 12 O Ruiz _
, PUNCT , punct 1 O ,
the DET DT det 5 O the
Labour ADJ JJ amod 5 B-ORG labour
candidate NOUN NN appos 1 O candidate
for ADP IN prep 5 O for
the DET DT det 10 O the
May PROPN NNP nmod 10 B-DATE May
4 NUM CD nummod 8 I-DATE 4
election NOUN NN pobj 6 O election _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 12 O say
so ADV RB advmod 12 O so _
. PUNCT . punct 12 O . _
"""

# "A 45-year-old teacher, Ana Ruiz, said so."
_AGE = """
A DET DT det 6 O a
45 NUM CD nummod 3 B-DATE 45 _
- PUNCT HYPH punct 3 I-DATE - _
year NOUN NN npadvmod 5 I-DATE year _
- PUNCT HYPH punct 5 I-DATE - _
old ADJ JJ amod 6 I-DATE old
teacher NOUN NN nsubj 11 O teacher _
, PUNCT , punct 6 O ,
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP appos 6 O Ruiz _
, PUNCT , punct 6 O ,
said VERB VBD ROOT 11 O say
so ADV RB advmod 11 O so _
. PUNCT . punct 11 O . _
"""

# "Ana Ruiz, a lawyer for one of the unions, said so."
_ONE_OF = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 11 O Ruiz _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
lawyer NOUN NN appos 1 O lawyer
for ADP IN prep 4 O for
one NUM CD pobj 5 B-CARDINAL one
of ADP IN prep 6 O of
the DET DT det 9 O the
unions NOUN NNS pobj 7 O union _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say
so ADV RB advmod 11 O so _
. PUNCT . punct 11 O . _
"""

# "Ana Ruiz, a longtime Labour backer, said so."
_BACKER = """
Ana PROPN NNP compound 1 O Ana
Ruiz PROPN NNP nsubj 8 O Ruiz _
, PUNCT , punct 1 O ,
a DET DT det 6 O a
longtime ADJ JJ amod 6 O longtime
Labour ADJ JJ compound 6 B-ORG labour
backer NOUN NN appos 1 O backer _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 8 O say
so ADV RB advmod 8 O so _
. PUNCT . punct 8 O . _
"""


def test_a_number_heading_an_of_phrase_stays() -> None:
    assert roles(_ONE_OF) == ["lawyer for one of the unions"]


def test_a_backer_has_no_role() -> None:
    assert roles(_BACKER) == []


def test_a_number_opening_a_hyphened_word_stays_with_it() -> None:
    assert roles(_THREE_MAN) == ["member of the club's three-man board"]


def test_a_date_goes_whole() -> None:
    assert roles(_MAY_4) == ["candidate for the election"]


def test_an_age_is_no_part_of_a_role() -> None:
    assert roles(_AGE) == ["teacher"]


def test_where_the_holder_serves_is_no_part_of_a_role() -> None:
    assert roles(_THERE) == ["mayor"]
