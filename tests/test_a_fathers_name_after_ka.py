"""`Misuzulu kaZwelithini`: Zulu and Xhosa names write the father's name after `ka` (`son of`),
joined to it in small letters (`kaZwelithini`, `kaDinuzulu`); the word is a name's word in
capitals (letters.capitalised), so the person is read and `he` after him is him. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.letters import capitalised
from tests.frozen import frozen

# Zulu king Misuzulu kaZwelithini said the land belonged to the nation. "We were here first," he
# said.
_KING = """
Zulu PROPN NNP compound 1 O Zulu
king NOUN NN nsubj 4 O king
Misuzulu PROPN NNP compound 3 B-PERSON Misuzulu
kaZwelithini PROPN NNP appos 1 I-PERSON kaZwelithini
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
land NOUN NN nsubj 7 O land
belonged VERB VBD ccomp 4 O belong
to ADP IN prep 7 O to
the DET DT det 10 O the
nation NOUN NN pobj 8 O nation _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
were AUX VBD ccomp 20 O be
here ADV RB advmod 14 O here
first ADV RB advmod 14 B-ORDINAL first _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
he PRON PRP nsubj 20 O he
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_fathers_name_after_ka_is_in_capitals() -> None:
    assert capitalised("kaZwelithini")
    assert not capitalised("kazwelithini")


def test_a_name_with_ka_is_the_speaker() -> None:
    rows = Extractor().rows(frozen(_KING))
    assert [(r.speaker, r.role) for r in rows] == [("Misuzulu kaZwelithini", "Zulu king")]
