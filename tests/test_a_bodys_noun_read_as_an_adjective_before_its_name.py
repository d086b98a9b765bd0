"""`The farmers' cooperative Agrovale said …`, then `the cooperative's chairman, Pieter Botha`: a
body's noun that is an adjective too (`cooperative`), which the tagger reads as one, right before
a name after `the` and the words that describe it, says what the story's `the cooperative`
means. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The farmers' cooperative Agrovale said milk prices would fall. "Our members are selling at a
# loss," the cooperative's chairman, Pieter Botha, said.
_COOPERATIVE = """
The DET DT det 1 O the
farmers NOUN NNS poss 4 O farmer _
' PART POS case 1 O '
cooperative ADJ JJ amod 4 O cooperative
Agrovale PROPN NNP nsubj 5 B-ORG Agrovale
said VERB VBD ROOT 5 O say
milk NOUN NN compound 7 O milk
prices NOUN NNS nsubj 9 O price
would AUX MD aux 9 O would
fall VERB VB ccomp 5 O fall _
. PUNCT . punct 5 O .
" PUNCT `` punct 29 O " _
Our PRON PRP$ poss 13 O our
members NOUN NNS nsubj 15 O member
are AUX VBP aux 15 O be
selling VERB VBG ccomp 29 O sell
at ADP IN prep 15 O at
a DET DT det 18 O a
loss NOUN NN pobj 16 O loss _
, PUNCT , punct 29 O , _
" PUNCT '' punct 19 O "
the DET DT det 22 O the
cooperative NOUN NN poss 24 O cooperative _
's PART POS case 22 O 's
chairman NOUN NN nsubj 29 O chairman _
, PUNCT , punct 24 O ,
Pieter PROPN NNP compound 27 B-PERSON Pieter
Botha PROPN NNP appos 24 I-PERSON Botha _
, PUNCT , punct 24 O ,
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""



def test_a_bodys_noun_read_as_an_adjective_names_what_the_noun_means_later() -> None:
    rows = Extractor().rows(frozen(_COOPERATIVE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Pieter Botha", "chairman", "Agrovale")]
