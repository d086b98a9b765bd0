"""A body's noun after `of` whose name in capitals the tagger tagged with it, its first word
hung on the second (`Dana Levi of the Kadima Tov party`), is that body whole. Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Dana Levi of the Kadima Tov party said the plan came "too little, too late".
_LEVI = """
Dana PROPN NNP compound 1 B-PERSON Dana
Levi PROPN NNP nsubj 7 I-PERSON Levi
of ADP IN prep 1 O of
the DET DT det 6 B-ORG the
Kadima PROPN NNP compound 5 I-ORG Kadima
Tov PROPN NNP compound 6 I-ORG Tov
party NOUN NN pobj 2 I-ORG party
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
plan NOUN NN nsubj 10 O plan
came VERB VBD ccomp 7 O come
" PUNCT `` punct 10 O " _
too ADV RB advmod 13 O too
little ADJ JJ amod 16 O little _
, PUNCT , punct 16 O ,
too ADV RB advmod 16 O too
late ADJ JJ acomp 10 O late _
" PUNCT '' punct 10 O " _
. PUNCT . punct 7 O . _
"""


def test_a_two_word_name_before_a_bodys_noun_after_of_is_the_organisation() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_LEVI))]
    assert rows == [("Dana Levi", "", "Kadima Tov party")]
