"""A live page's time zone after a time of day (`09.05 BST: ‘…’`, tagged a person) is no name:
the time-stamped entry gets no speaker `BST`. Frozen parse of a live page written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Floods live: river bursts its banks / / 09.05 BST: 'The water came through the door in seconds'
# / / Resident Jane Hill said the water rose within minutes. "It was terrifying," she said.
_A_TIME_ZONE_IN_A_STAMP = """
Floods NOUN NNS nsubj 1 O flood
live VERB VBP ROOT 1 O live _
: PUNCT : punct 1 O :
river NOUN NN nsubj 4 O river
bursts VERB VBZ appos 0 O burst
its PRON PRP$ poss 6 O its
banks NOUN NNS dobj 4 O bank _
<paragraph> SPACE _SP dep 6 O <paragraph> _
09.05 NUM CD nummod 9 B-CARDINAL 09.05
BST PROPN NNP ROOT 9 B-PERSON BST _
: PUNCT : punct 9 O :
' PUNCT `` punct 9 O ' _
The DET DT det 13 O the
water NOUN NN nsubj 14 O water
came VERB VBD relcl 9 O come
through ADP IN prep 14 O through
the DET DT det 17 O the
door NOUN NN pobj 15 O door
in ADP IN prep 14 O in
seconds NOUN NNS pobj 18 B-TIME second _
' PART POS case 19 O ' _
<paragraph> SPACE _SP dep 20 O <paragraph> _
Resident PROPN NNP compound 24 O Resident
Jane PROPN NNP compound 24 B-PERSON Jane
Hill PROPN NNP nsubj 25 I-PERSON Hill
said VERB VBD ROOT 25 O say
the DET DT det 27 O the
water NOUN NN nsubj 28 O water
rose VERB VBD ccomp 25 O rise
within ADP IN prep 28 O within
minutes NOUN NNS pobj 29 B-TIME minute _
. PUNCT . punct 25 O .
" PUNCT `` punct 39 O " _
It PRON PRP nsubj 34 O it
was AUX VBD ccomp 39 O be
terrifying ADJ JJ acomp 34 O terrifying _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
she PRON PRP nsubj 39 O she
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""


def test_a_time_zone_in_a_live_pages_stamp_is_nobody() -> None:
    rows = Extractor(include_all=True).rows(frozen(_A_TIME_ZONE_IN_A_STAMP))
    assert "BST" not in [r.speaker for r in rows]
    assert [r.speaker for r in rows if r.quote.startswith("It was")] == ["Jane Hill"]
