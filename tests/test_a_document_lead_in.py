"""A short paragraph that names a document and ends in a colon (`Partial transcript as
follows:`), with nobody named in it, gives the quote paragraph after it to the document
(ROLES.md 3). Frozen parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The harbour board met on Monday. /  / Partial transcript as follows: /  /
# "We will not close the harbour this winter."
_TRANSCRIPT = """
The DET DT det 2 O the
harbour NOUN NN compound 2 O harbour
board NOUN NN nsubj 3 O board
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
Partial ADJ JJ amod 9 O partial
transcript NOUN NN ROOT 9 O transcript
as SCONJ IN mark 11 O as
follows VERB VBZ advcl 9 O follow _
: PUNCT : punct 9 O : _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
not PART RB neg 18 O not
close VERB VB ROOT 18 O close
the DET DT det 20 O the
harbour NOUN NN dobj 18 O harbour
this DET DT det 22 B-DATE this
winter NOUN NN npadvmod 18 I-DATE winter _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


def test_a_transcript_lead_in_speaks_for_the_quote_after_it() -> None:
    rows = Extractor().rows(frozen(_TRANSCRIPT))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Partial transcript", "We will not close the harbour this winter."),
    ]
