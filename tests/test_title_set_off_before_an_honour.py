"""A title set off by commas before a name styled with an honour written short, the tokenizer
splitting its stop off (`Chairman of the committee, Rt. Hon. Bola Olumoh,`, as Nigerian and
Commonwealth news write it), still describes the name: the honour's words and stop are passed
over back to the comma. Frozen parse of a sentence written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Chairman of the committee, Rt. Hon. Bola Olumoh, said: “We added N150 billion to capital spending.”
_RT_HON = """
Chairman PROPN NNP nsubj 11 O Chairman
of ADP IN prep 0 O of
the DET DT det 3 O the
committee NOUN NN pobj 1 O committee _
, PUNCT , punct 0 O ,
Rt PROPN NNP appos 0 B-GPE Rt _
. PUNCT . punct 5 O .
Hon. PROPN NNP compound 9 O Hon.
Bola PROPN NNP compound 9 B-ORG Bola
Olumoh PROPN NNP appos 0 I-ORG Olumoh _
, PUNCT , punct 0 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
“ PUNCT `` punct 11 O " _
We PRON PRP nsubj 15 O we
added VERB VBD ccomp 11 O add
N150 PROPN NNP compound 17 B-MONEY N150
billion NUM CD dobj 15 I-MONEY billion
to ADP IN prep 15 O to
capital NOUN NN compound 20 O capital
spending NOUN NN pobj 18 O spending _
. PUNCT . punct 11 O . _
” PUNCT '' punct 11 O " _
"""


def test_a_title_set_off_before_an_honour_written_short() -> None:
    rows = Extractor().rows(frozen(_RT_HON))
    assert [(r.speaker, r.role) for r in rows] == [("Bola Olumoh", "Chairman of the committee")]
