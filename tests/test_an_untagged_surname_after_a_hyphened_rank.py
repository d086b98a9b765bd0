"""`said Police-constable GREEN.`: older British court reports print an officer as the force's
word joined by a hyphen to the rank, then the surname alone, which the tagger may leave untagged
(tokens.surnames_after_a_hyphened_rank_are_people). The surname is the officer's name, the
hyphened rank the role, as with a given name (`Police-constable John Green`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "He refused to go home and struck at me twice," said Police-constable GREEN.
_CAPITALS = """
" PUNCT `` punct 13 O " _
He PRON PRP nsubj 2 O he
refused VERB VBD ccomp 13 O refuse
to PART TO aux 4 O to
go VERB VB xcomp 2 O go
home ADV RB advmod 4 O home
and CCONJ CC cc 4 O and
struck VERB VBD conj 4 O strike
at ADP IN prep 7 O at
me PRON PRP pobj 8 O I
twice ADV RB advmod 7 O twice _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
said VERB VBD ROOT 13 O say
Police PROPN NNP npadvmod 16 O Police _
- PUNCT HYPH punct 16 O - _
constable ADJ JJ amod 17 O constable
GREEN NOUN NN nsubj 13 O green _
. PUNCT . punct 13 O . _
"""

# "He refused to go home and struck at me twice," said Police-constable Green.
_TITLE = """
" PUNCT `` punct 13 O " _
He PRON PRP nsubj 2 O he
refused VERB VBD ccomp 13 O refuse
to PART TO aux 4 O to
go VERB VB xcomp 2 O go
home ADV RB advmod 4 O home
and CCONJ CC cc 4 O and
struck VERB VBD conj 4 O strike
at ADP IN prep 7 O at
me PRON PRP pobj 8 O I
twice ADV RB advmod 7 O twice _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
said VERB VBD ROOT 13 O say
Police PROPN NNP npadvmod 16 O Police _
- PUNCT HYPH punct 16 O - _
constable ADJ JJ amod 17 O constable
Green PROPN NNP nsubj 13 O Green _
. PUNCT . punct 13 O . _
"""




def test_an_untagged_surname_in_capitals_after_a_hyphened_rank() -> None:
    assert who_of(_CAPITALS) == [("GREEN", "Police-constable", "")]


def test_an_untagged_surname_in_title_case_after_a_hyphened_rank() -> None:
    assert who_of(_TITLE) == [("Green", "Police-constable", "")]
