"""A cue verb the parser read as a noun, right before the colon that brings a quote in, after
an age that stands for a person (`The 47-year-old fumed: “…”`): the age is who speaks. Frozen
parse of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Castlebridge have let their manager Tom Hale go after six defeats. The 47-year-old fumed: “I was
# told on Friday I had the full backing of the board.”
_FUMED = """
Castlebridge NOUN NN nsubj 2 O castlebridge
have AUX VBP aux 2 O have
let VERB VBN ROOT 2 O let
their PRON PRP$ poss 4 O their
manager NOUN NN nsubj 7 O manager
Tom PROPN NNP compound 6 B-PERSON Tom
Hale PROPN NNP appos 4 I-PERSON Hale
go VERB VB ccomp 2 O go
after ADP IN prep 7 O after
six NUM CD nummod 10 B-CARDINAL six
defeats NOUN NNS pobj 8 O defeat _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
The DET DT det 19 O the
47 NUM CD nummod 16 B-DATE 47 _
- PUNCT HYPH punct 16 I-DATE - _
year NOUN NN npadvmod 18 I-DATE year _
- PUNCT HYPH punct 18 I-DATE - _
old ADJ JJ amod 19 I-DATE old
fumed NOUN NN nsubj 28 O fumed _
: PUNCT : punct 24 O :
“ PUNCT `` punct 24 O " _
I PRON PRP nsubjpass 24 O I
was AUX VBD auxpass 24 O be
told VERB VBN parataxis 28 O tell
on ADP IN prep 24 O on
Friday PROPN NNP pobj 25 B-DATE Friday
I PRON PRP nsubj 28 O I
had VERB VBD ROOT 28 O have
the DET DT det 31 O the
full ADJ JJ amod 31 O full
backing NOUN NN dobj 28 O backing
of ADP IN prep 31 O of
the DET DT det 34 O the
board NOUN NN pobj 32 O board _
. PUNCT . punct 28 O . _
” PUNCT '' punct 28 O " _"""


def test_an_age_before_a_cue_read_as_a_noun_speaks() -> None:
    rows = Extractor().rows(frozen(_FUMED))
    assert [(r.speaker, r.mention, r.cue) for r in rows] == [("Tom Hale", "The 47-year-old", "fumed")]
