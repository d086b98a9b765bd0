"""A Kikuyu name with `wa` (`son or daughter of`) between a given name and the father's, when
no list of first names knows the given name (`Mukami wa Njeri`, `Mũkoma wa Ngũgĩ`): the given
name is a coined word in capitals the tagger called a person, or nothing, right before the
particle, and the speaker of `wa Njeri said` is the whole name, not a bare `Njeri`. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The novelist Mukami wa Njeri opened the book fair on Saturday.
# "Our stories belong in our own languages first," wa Njeri said.
_GIVEN_NAME_TAGGED = """
The DET DT det 1 O the
novelist NOUN NN nsubj 5 O novelist
Mukami PROPN NNP appos 1 B-PERSON Mukami
wa PROPN NNP compound 4 O wa
Njeri PROPN NNP nsubj 5 B-PERSON Njeri
opened VERB VBD ROOT 5 O open
the DET DT det 7 O the
book NOUN NN dobj 5 O book
fair ADJ JJ oprd 5 O fair
on ADP IN prep 5 O on
Saturday PROPN NNP pobj 9 B-DATE Saturday _
. PUNCT . punct 5 O .
" PUNCT `` punct 25 O " _
Our PRON PRP$ poss 14 O our
stories NOUN NNS nsubj 15 O story
belong VERB VBP ccomp 25 O belong
in ADP IN prep 15 O in
our PRON PRP$ poss 19 O our
own ADJ JJ amod 19 O own
languages NOUN NNS pobj 16 O language
first ADV RB advmod 15 B-ORDINAL first _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
wa AUX IN aux 25 O wa
Njeri PROPN NNP nsubj 25 B-PERSON Njeri
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# The writer Mũkoma wa Ngũgĩ opened the fair. "Stories matter," wa Ngũgĩ said.
_GIVEN_NAME_UNTAGGED = """
The DET DT det 1 O the
writer NOUN NN nsubj 5 O writer
Mũkoma ADV RB advmod 5 O mũkoma
wa PROPN NNP compound 4 O wa
Ngũgĩ PROPN NNP nsubj 5 B-PERSON Ngũgĩ
opened VERB VBD ROOT 5 O open
the DET DT det 7 O the
fair ADJ JJ dobj 5 O fair _
. PUNCT . punct 5 O .
" PUNCT `` punct 16 O " _
Stories NOUN NNS nsubj 11 O story
matter VERB VBP ccomp 16 O matter _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
wa AUX NNP aux 16 O wa
Ngũgĩ PROPN NNP nsubj 16 B-PERSON Ngũgĩ
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""


def test_a_given_name_tagged_apart_joins_its_wa_surname() -> None:
    rows = Extractor().rows(frozen(_GIVEN_NAME_TAGGED))
    assert [(r.speaker, r.role) for r in rows] == [("Mukami wa Njeri", "novelist")]


def test_an_untagged_given_name_joins_its_wa_surname() -> None:
    rows = Extractor().rows(frozen(_GIVEN_NAME_UNTAGGED))
    assert [(r.speaker, r.role) for r in rows] == [("Mũkoma wa Ngũgĩ", "writer")]
