"""Two offices joined by `and` with the body after the second are one post at that body
(`president and CEO of Northern Timber Holdings`: not *CEO of …* alone, nor the president of
nothing), while `a pediatrician and director of X` stays two things the person is; a
housebuilder named by its trade (`Hollins Homes`, tagged a person) is a body, which `Its`
stands for. Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# "We will rebuild the mill," said Tom Vasquez, president and CEO of Northern Timber Holdings.
_JOINED = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
rebuild VERB VB ccomp 8 O rebuild
the DET DT det 5 O the
mill NOUN NN dobj 3 O mill _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Tom PROPN NNP compound 10 B-PERSON Tom
Vasquez PROPN NNP nsubj 8 I-PERSON Vasquez _
, PUNCT , punct 10 O ,
president NOUN NN appos 10 O president
and CCONJ CC cc 12 O and
CEO PROPN NNP conj 12 O CEO
of ADP IN prep 12 O of
Northern PROPN NNP compound 18 B-ORG Northern
Timber PROPN NNP compound 18 I-ORG Timber
Holdings PROPN NNPS pobj 15 I-ORG Holdings _
. PUNCT . punct 8 O . _
"""

# Hollins Homes, the developer behind the scheme, said it had listened. Its planning director,
# Mark Ellery, said: "We have cut the number of homes by a third."
_HOMES = """
Hollins PROPN NNP compound 1 B-PERSON Hollins
Homes PROPN NNP nsubj 9 I-PERSON Homes _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
developer NOUN NN appos 1 O developer
behind ADP IN prep 4 O behind
the DET DT det 7 O the
scheme NOUN NN pobj 5 O scheme _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 9 O say
it PRON PRP nsubj 12 O it
had AUX VBD aux 12 O have
listened VERB VBN ccomp 9 O listen _
. PUNCT . punct 9 O .
Its PRON PRP$ poss 16 O its
planning NOUN NN compound 16 O planning
director NOUN NN nsubj 21 O director _
, PUNCT , punct 16 O ,
Mark PROPN NNP compound 19 B-PERSON Mark
Ellery PROPN NNP appos 16 I-PERSON Ellery _
, PUNCT , punct 16 O ,
said VERB VBD ROOT 21 O say _
: PUNCT : punct 21 O :
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 26 O we
have AUX VBP aux 26 O have
cut VERB VBN ccomp 21 O cut
the DET DT det 28 O the
number NOUN NN dobj 26 O number
of ADP IN prep 28 O of
homes NOUN NNS pobj 29 O home
by ADP IN prep 26 O by
a DET DT det 33 O a
third NOUN NN pobj 31 B-ORDINAL third _
. PUNCT . punct 21 O . _
" PUNCT '' punct 21 O " _
"""


# "He never took up arms," said Ruth Okello, the Democratic Party's president and Uganda's justice minister.
_OWNED_APART = """
" PUNCT `` punct 8 O " _
He PRON PRP nsubj 3 O he
never ADV RB neg 3 O never
took VERB VBD ccomp 8 O take
up ADP RP prt 3 O up
arms NOUN NNS dobj 3 O arm _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Ruth PROPN NNP compound 10 B-PERSON Ruth
Okello PROPN NNP nsubj 8 I-PERSON Okello _
, PUNCT , punct 10 O ,
the DET DT det 14 B-ORG the
Democratic PROPN NNP compound 14 I-ORG Democratic
Party PROPN NNP poss 16 I-ORG Party _
's PART POS case 14 I-ORG 's
president NOUN NN appos 10 O president
and CCONJ CC cc 16 O and
Uganda PROPN NNP poss 21 B-GPE Uganda _
's PART POS case 18 O 's
justice NOUN NN compound 21 O justice
minister NOUN NN conj 16 O minister _
. PUNCT . punct 8 O . _
"""


def test_two_offices_joined_by_and_are_one_post_at_the_body() -> None:
    role = "president and CEO of Northern Timber Holdings"
    assert who(_JOINED) == [("Tom Vasquez", role, "Northern Timber Holdings")]


def test_a_housebuilder_named_by_its_trade_is_the_body_its_stands_for() -> None:
    assert who(_HOMES) == [("Mark Ellery", "planning director", "Hollins Homes")]


def test_a_second_office_owned_apart_is_a_post_of_its_own() -> None:
    # (It gave both posts joined as one role, `president and Uganda's justice minister`.)
    assert who(_OWNED_APART) == [("Ruth Okello", "president", "Democratic Party")]
