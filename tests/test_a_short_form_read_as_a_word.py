"""`The Securities and Exchange Board of India (Sebi)`, then `Sebi said`, tagged a person: a short
form read as a word, in brackets right after the name in capitals it abbreviates, is that body's,
so the speaker is the body, named in full. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Securities and Exchange Board of India (Sebi) has barred a Mumbai broker. / / "The broker
# misused client funds," Sebi said in its order.
_READ_AS_A_WORD = """
The DET DT det 4 B-ORG the
Securities PROPN NNPS nmod 4 I-ORG Securities
and CCONJ CC cc 1 I-ORG and
Exchange PROPN NNP conj 1 I-ORG Exchange
Board PROPN NNP nsubj 11 I-ORG Board
of ADP IN prep 4 I-ORG of
India PROPN NNP pobj 5 I-ORG India
( PUNCT -LRB- punct 8 I-ORG ( _
Sebi PROPN NNP appos 4 I-ORG Sebi _
) PUNCT -RRB- punct 8 O )
has AUX VBZ aux 11 O have
barred VERB VBN ROOT 11 O bar
a DET DT det 14 O a
Mumbai PROPN NNP compound 14 B-GPE Mumbai
broker NOUN NN dobj 11 O broker _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 26 O " _
The DET DT det 19 O the
broker NOUN NN nsubj 20 O broker
misused VERB VBD ccomp 26 O misuse
client NOUN NN compound 22 O client
funds NOUN NNS dobj 20 O fund _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Sebi PROPN NNP nsubj 26 B-PERSON Sebi
said VERB VBD ROOT 26 O say
in ADP IN prep 26 O in
its PRON PRP$ poss 29 O its
order NOUN NN pobj 27 O order _
. PUNCT . punct 26 O . _
"""


def test_a_short_form_read_as_a_word_in_brackets_is_the_bodys() -> None:
    rows = Extractor().rows(frozen(_READ_AS_A_WORD))
    assert [r.speaker for r in rows] == ["Securities and Exchange Board of India"]
