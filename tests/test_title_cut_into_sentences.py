"""A title the parser cuts into sentences after a caption in capitals (`Interior` a sentence of
its own, then `Cabinet Secretary Amos Mutua …`) is read whole: a sentence started right after a
word in capitals on the same line, with no stop between, is none. A frozen parse (by the
project's pipeline) of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Photo | Traders salvage goods at the market on Tuesday. DENNIS OTIENO | NATION MEDIA GROUP
#
# Interior Cabinet Secretary Amos Mutua promised an inquiry. "Whoever did it will face the law,"
# he said.
_CUT = """
Photo NOUN NN ROOT 0 O photo
| NOUN NN compound 2 O |
Traders NOUN NNS compound 4 O trader
salvage NOUN NN compound 4 O salvage
goods NOUN NNS dobj 0 O good
at ADP IN prep 0 O at
the DET DT det 7 O the
market NOUN NN pobj 5 O market
on ADP IN prep 0 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday _
. PUNCT . punct 0 O .
DENNIS PROPN NNP ROOT 11 O DENNIS
OTIENO PROPN NNP nmod 16 O OTIENO
| PROPN NNP compound 14 O |
NATION PROPN NNP compound 16 O NATION
MEDIA PROPN NNP compound 16 O MEDIA
GROUP PROPN NNP ROOT 16 O GROUP _
<space> SPACE _SP dep 16 O <space> _
Interior PROPN NNP ROOT 18 O Interior
Cabinet PROPN NNP ROOT 19 O Cabinet
Secretary PROPN NNP compound 22 O Secretary
Amos PROPN NNP compound 22 B-PERSON Amos
Mutua PROPN NNP nsubj 23 I-PERSON Mutua
promised VERB VBD ROOT 23 O promise
an DET DT det 25 O an
inquiry NOUN NN dobj 23 O inquiry _
. PUNCT . punct 23 O .
" PUNCT `` punct 38 O " _
Whoever PRON WP nsubj 29 O whoever
did AUX VBD csubj 32 O do
it PRON PRP dobj 29 O it
will AUX MD aux 32 O will
face VERB VB ccomp 38 O face
the DET DT det 34 O the
law NOUN NN dobj 32 O law _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
he PRON PRP nsubj 38 O he
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""


def test_a_title_the_parser_cut_into_sentences_is_read_whole() -> None:
    rows = Extractor().rows(frozen(_CUT))
    assert [(r.speaker, r.role) for r in rows] == [("Amos Mutua", "Interior Cabinet Secretary")]
