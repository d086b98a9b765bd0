"""An office's title before one word in capitals, left untagged at the head of a sentence
(`Alderman Price said: "…"`, `Sergeant Price said …`, as council minutes and court and police
reports write them), addresses a person as a form of address does: the word is the surname and
the title the role. Before, the speaker was *Alderman Price* with no role. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Alderman Price said: "The gas is a disgrace to the town."
_ALDERMAN = """
Alderman PROPN NNP compound 1 O Alderman
Price PROPN NNP nsubj 2 O Price
said VERB VBD ROOT 2 O say _
: PUNCT : punct 2 O :
" PUNCT `` punct 2 O " _
The DET DT det 6 O the
gas NOUN NN nsubj 7 O gas
is AUX VBZ ccomp 2 O be
a DET DT det 9 O a
disgrace NOUN NN attr 7 O disgrace
to ADP IN prep 9 O to
the DET DT det 12 O the
town NOUN NN pobj 10 O town _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O " _
"""


# Sergeant Price said the station was "no longer fit for purpose".
_SERGEANT = """
Sergeant PROPN NNP compound 1 O Sergeant
Price PROPN NNP nsubj 2 O Price
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
station NOUN NN nsubj 5 O station
was AUX VBD ccomp 2 O be
" PUNCT `` punct 9 O " _
no ADV RB neg 8 O no
longer ADV RBR advmod 9 O long
fit ADJ JJ acomp 5 O fit
for ADP IN prep 9 O for
purpose NOUN NN pobj 10 O purpose _
" PUNCT '' punct 5 O " _
. PUNCT . punct 2 O . _
"""


def test_an_aldermans_surname_after_his_title() -> None:
    rows = Extractor().rows(frozen(_ALDERMAN))
    assert [(r.speaker, r.role) for r in rows] == [("Price", "Alderman")]


def test_a_sergeants_surname_after_her_rank() -> None:
    rows = Extractor().rows(frozen(_SERGEANT))
    assert [(r.speaker, r.role) for r in rows] == [("Price", "Sergeant")]
