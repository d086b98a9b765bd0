"""`“I had only two glasses,” said the accused`, the tagger calling `accused` in small letters a
proper noun: a person's noun in small letters (models/person_nouns.txt) is no name, as a body's
noun in small letters is none; the mention is `the accused`, the one the report says was charged.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Thomas Baker, a labourer, was charged with drunkenness. "I had only two glasses," said the
# accused.
_ACCUSED_SAID = """
Thomas PROPN NNP compound 1 B-PERSON Thomas
Baker PROPN NNP nsubjpass 7 I-PERSON Baker _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
labourer NOUN NN appos 1 O labourer _
, PUNCT , punct 1 O ,
was AUX VBD auxpass 7 O be
charged VERB VBN ROOT 7 O charge
with ADP IN prep 7 O with
drunkenness NOUN NN pobj 8 O drunkenness _
. PUNCT . punct 7 O .
" PUNCT `` punct 19 O " _
I PRON PRP nsubj 13 O I
had VERB VBD ccomp 19 O have
only ADV RB advmod 15 B-CARDINAL only
two NUM CD nummod 16 I-CARDINAL two
glasses NOUN NNS dobj 13 O glass _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
said VERB VBD ROOT 19 O say
the DET DT det 21 O the
accused PROPN NNP nsubj 19 O accused _
. PUNCT . punct 19 O . _
"""


def test_a_persons_noun_tagged_proper_is_a_description() -> None:
    rows = Extractor().rows(frozen(_ACCUSED_SAID))
    assert [(r.speaker, r.mention) for r in rows] == [("Thomas Baker", "the accused")]
