"""`Winger Aphelele Fassi said …`, tagged one body from the position: a position on a team
(models/sports_positions.txt) in capitals opening the sentence, then two or three plain words in
capitals, is the player's title and name (tokens.split_a_position_off_a_body); the whole was a
body speaking for itself, and is now the player with the role *Winger*. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Winger Aphelele Fassi said the Sharks were building. "We are getting there," Fassi said.
_WINGER = """
Winger PROPN NNP compound 2 B-ORG Winger
Aphelele PROPN NNP compound 2 I-ORG Aphelele
Fassi PROPN NNP nsubj 3 I-ORG Fassi
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
Sharks PROPN NNPS nsubj 7 B-PERSON Sharks
were AUX VBD aux 7 O be
building VERB VBG ccomp 3 O build _
. PUNCT . punct 3 O .
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 12 O we
are AUX VBP aux 12 O be
getting VERB VBG ccomp 17 O get
there ADV RB advmod 12 O there _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Fassi PROPN NNP nsubj 17 B-ORG Fassi
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


def test_a_position_opening_a_body_tagged_with_a_name_is_the_players_title() -> None:
    rows = Extractor().rows(frozen(_WINGER))
    assert [(r.speaker, r.role) for r in rows] == [("Aphelele Fassi", "Winger")]
