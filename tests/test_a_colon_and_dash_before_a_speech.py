"""A paragraph that is all quote after one ending `said:—`, the colon and dash old papers set
before a speech (`Mr. Arthur Henderson, addressing a crowded meeting last evening, said:—`): the
dash after the colon still leads into the quote below, as a colon alone does. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# LABOUR MEETING.
# (a new paragraph) Mr. Arthur Henderson, addressing a crowded meeting last evening, said:—
# (a new paragraph) "The working man has waited long enough for justice."
_COLON_DASH = """
LABOUR PROPN NNP compound 1 B-EVENT LABOUR
MEETING PROPN NNP ROOT 1 O MEETING _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 2 O <paragraph> _
Mr. PROPN NNP compound 6 O Mr.
Arthur PROPN NNP compound 6 B-PERSON Arthur
Henderson PROPN NNP nsubj 8 I-PERSON Henderson _
, PUNCT , punct 6 O ,
addressing VERB VBG advcl 15 O address
a DET DT det 11 O a
crowded ADJ JJ amod 11 O crowded
meeting NOUN NN dobj 8 O meeting
last ADJ JJ amod 13 B-TIME last
evening NOUN NN npadvmod 8 I-TIME evening _
, PUNCT , punct 15 O ,
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O : _
— PUNCT : punct 15 O — _
<paragraph> SPACE _SP dep 17 O <paragraph> _
" PUNCT `` punct 24 O " _
The DET DT det 22 O the
working VERB VBG amod 22 O work
man NOUN NN nsubj 24 O man
has AUX VBZ aux 24 O have
waited VERB VBN ROOT 24 O wait
long ADV RB advmod 26 O long
enough ADV RB advmod 24 O enough
for ADP IN prep 24 O for
justice NOUN NN pobj 27 O justice _
. PUNCT . punct 24 O . _
" PUNCT '' punct 24 O " _
"""


def test_a_colon_and_a_dash_lead_into_the_speech_below() -> None:
    rows = Extractor().rows(frozen(_COLON_DASH))
    assert [(r.speaker, r.cue) for r in rows] == [("Arthur Henderson", "said")]
