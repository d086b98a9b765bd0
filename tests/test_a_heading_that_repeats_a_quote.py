"""A quote with nobody named whose words a quote with a speaker repeats whole is that speaker's:
a live page's time-stamped heading shows a line the story then gives to whoever said it
(`14:10 GMT – ‘The river came through the market’`, then `“The river came through the market. We
lost everything,” said Yousef Hamdan`). Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Floods in Wadi Musa: live updates / 14:10 GMT – ‘The river came through the market’ / "The river
# came through the market. We lost everything," said Yousef Hamdan, a spice seller.
_LIVE = """
Floods NOUN NNS nsubj 6 O flood
in ADP IN prep 0 O in
Wadi PROPN NNP compound 3 O Wadi
Musa PROPN NNP pobj 1 O Musa _
: PUNCT : punct 6 O :
live ADJ JJ amod 6 O live
updates VERB VBZ ROOT 6 O update _
<paragraph> SPACE _SP dep 6 O <paragraph> _
14:10 NUM CD nummod 9 B-CARDINAL 14:10
GMT PROPN NNP nsubj 14 B-ORG GMT
– PUNCT : punct 9 O –
' PUNCT `` punct 9 O ' _
The DET DT det 13 O the
river NOUN NN nsubj 14 O river
came VERB VBD ROOT 14 O come
through ADP IN prep 14 O through
the DET DT det 17 O the
market NOUN NN pobj 15 O market _
' PUNCT '' punct 14 O ' _
<paragraph> SPACE _SP dep 18 O <paragraph> _
" PUNCT `` punct 23 O " _
The DET DT det 22 O the
river NOUN NN nsubj 23 O river
came VERB VBD ROOT 23 O come
through ADP IN prep 23 O through
the DET DT det 26 O the
market NOUN NN pobj 24 O market _
. PUNCT . punct 23 O .
We PRON PRP nsubj 29 O we
lost VERB VBD ccomp 33 O lose
everything PRON NN dobj 29 O everything _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
said VERB VBD ROOT 33 O say
Yousef PROPN NNP compound 35 B-PERSON Yousef
Hamdan PROPN NNP nsubj 33 I-PERSON Hamdan _
, PUNCT , punct 35 O ,
a DET DT det 39 O a
spice NOUN NN compound 39 O spice
seller NOUN NN appos 35 O seller _
. PUNCT . punct 33 O . _
"""


def test_a_heading_that_repeats_a_quote_is_its_speakers() -> None:
    rows = Extractor().rows(frozen(_LIVE))
    assert [(r.quote[:20], r.speaker, r.sieve) for r in rows] == [
        ("The river came throu", "Yousef Hamdan", "echo"),
        ("The river came throu", "Yousef Hamdan", "trailing-cue"),
    ]
