"""`Blues opener Sam Konstas`, `Chiefs hooker X`: a position that is an everyday word too (models/
sports_positions.txt, kind `title`: `opener`, `prop`, `hooker`) is a side's job where it is
written as a title right before a name in capitals, so the side's name before it is the
player's organisation, the position the role (it was all the role: *Blues opener*, no body), as
a side's own job is (`Blues batsman X`).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Blues opener Sam Konstas, who made 61, was more cautious. "We are still in the game," Konstas
# said.
_OPENER = """
Blues NOUN NNS compound 3 O blue
opener NOUN NN compound 3 O opener
Sam PROPN NNP compound 3 B-PERSON Sam
Konstas PROPN NNP nsubj 9 I-PERSON Konstas _
, PUNCT , punct 3 O ,
who PRON WP nsubj 6 O who
made VERB VBD relcl 3 O make
61 NUM CD dobj 6 B-CARDINAL 61 _
, PUNCT , punct 3 O ,
was AUX VBD ROOT 9 O be
more ADV RBR advmod 11 O more
cautious ADJ JJ acomp 9 O cautious _
. PUNCT . punct 9 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 15 O we
are AUX VBP ccomp 23 O be
still ADV RB advmod 15 O still
in ADP IN prep 15 O in
the DET DT det 19 O the
game NOUN NN pobj 17 O game _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Konstas PROPN NNPS nsubj 23 B-ORG Konstas
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# Chiefs hooker Samisoni Taukei'aho said the lineout had worked well. "We were dominant,"
# Taukei'aho said.
_HOOKER = """
Chiefs PROPN NNPS compound 1 O Chiefs
hooker NOUN NN compound 3 O hooker
Samisoni PROPN NNP compound 3 B-PERSON Samisoni
Taukei'aho PROPN NNP nsubj 4 I-PERSON Taukei'aho
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
lineout NOUN NN nsubj 8 O lineout
had AUX VBD aux 8 O have
worked VERB VBN ccomp 4 O work
well ADV RB advmod 8 O well _
. PUNCT . punct 4 O .
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 13 O we
were AUX VBD ccomp 18 O be
dominant ADJ JJ acomp 13 O dominant _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Taukei'aho PROPN NNP nsubj 18 O Taukei'aho
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""


def test_a_side_before_a_title_position_is_the_players() -> None:
    rows = Extractor().rows(frozen(_OPENER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Sam Konstas", "opener", "Blues")]


def test_a_side_before_a_hooker_is_the_players() -> None:
    rows = Extractor().rows(frozen(_HOOKER))
    expected = [("Samisoni Taukei'aho", "hooker", "Chiefs")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
