"""A name after the speaker the sieves found after a quote is no candidate of its own: in
`“…,” the editorial read, urging Mayor Tom Reid to think again.` the editorial speaks and Reid
is the one it speaks to. Frozen parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Gazette has opposed the levy since March. /  / "This levy will drive the last fishing
# boats out of the harbour," the editorial read, urging Mayor Tom Reid to think again.
_EDITORIAL = """
The DET DT det 1 O the
Gazette PROPN NNP nsubj 3 B-PERSON Gazette
has AUX VBZ aux 3 O have
opposed VERB VBN ROOT 3 O oppose
the DET DT det 5 O the
levy NOUN NN dobj 3 O levy
since SCONJ IN prep 3 O since
March PROPN NNP pobj 6 B-DATE March _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
" PUNCT `` punct 14 O " _
This DET DT det 12 O this
levy NOUN NN nsubj 14 O levy
will AUX MD aux 14 O will
drive VERB VB ROOT 14 O drive
the DET DT det 18 O the
last ADJ JJ amod 18 O last
fishing NOUN NN compound 18 O fishing
boats NOUN NNS dobj 14 O boat
out ADP IN prep 14 O out
of ADP IN prep 19 O of
the DET DT det 22 O the
harbour NOUN NN pobj 20 O harbour _
, PUNCT , punct 14 O , _
" PUNCT '' punct 23 O "
the DET DT det 27 O the
editorial ADJ JJ amod 27 O editorial
read NOUN NN dobj 14 O read _
, PUNCT , punct 27 O ,
urging VERB VBG acl 27 O urge
Mayor PROPN NNP compound 32 O Mayor
Tom PROPN NNP compound 32 B-PERSON Tom
Reid PROPN NNP dobj 29 I-PERSON Reid
to PART TO aux 34 O to
think VERB VB xcomp 29 O think
again ADV RB advmod 34 O again _
. PUNCT . punct 14 O . _
"""


def test_the_editorial_speaks_not_the_mayor_it_urges() -> None:
    rows = Extractor().rows(frozen(_EDITORIAL))
    assert [(r.speaker, r.cue) for r in rows] == [("the editorial", "read")]
