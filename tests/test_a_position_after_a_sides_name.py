"""`"…," the Stormers pivot said` after a player named just before: a position that is an everyday
word too (`pivot`, `prop`, `lock`: models/sports_positions.txt kind `title`) after `the` and a
side's name in capitals is the player the story has just named, as `the out-half said` is (it
gave the speaker *the Stormers pivot*). Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Sacha Feinberg-Mngomezulu, 22, said he was "over the moon".
# "It is every kid's dream to wear the green and gold," the Stormers pivot said.
_PIVOT = """
Sacha PROPN NNP compound 3 B-PERSON Sacha
Feinberg PROPN NNP compound 3 I-PERSON Feinberg _
- PUNCT HYPH punct 3 I-PERSON - _
Mngomezulu PROPN NNP nsubj 7 I-PERSON Mngomezulu _
, PUNCT , punct 3 O ,
22 NUM CD appos 3 B-DATE 22 _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 7 O say
he PRON PRP nsubj 9 O he
was AUX VBD ccomp 7 O be
" PUNCT `` punct 9 O " _
over ADP IN prep 9 O over
the DET DT det 13 O the
moon NOUN NN pobj 11 O moon _
" PUNCT '' punct 9 O " _
. PUNCT . punct 7 O .
" PUNCT `` punct 34 O " _
It PRON PRP nsubj 18 O it
is AUX VBZ ccomp 34 O be
every DET DT det 20 O every
kid NOUN NN poss 22 O kid _
's PART POS case 20 O 's
dream NOUN NN attr 18 O dream
to PART TO aux 24 O to
wear VERB VB xcomp 18 O wear
the DET DT det 26 O the
green NOUN NN dobj 24 O green
and CCONJ CC cc 26 O and
gold NOUN NN conj 26 O gold _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
the DET DT det 33 O the
Stormers PROPN NNP compound 33 O Stormers
pivot NOUN NNS nsubj 34 O pivot
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""


def test_a_position_after_a_sides_name_is_the_player_just_named() -> None:
    rows = Extractor().rows(frozen(_PIVOT))
    assert [r.speaker for r in rows] == ["Sacha Feinberg-Mngomezulu", "Sacha Feinberg-Mngomezulu"]
