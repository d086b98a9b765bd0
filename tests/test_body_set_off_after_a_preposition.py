"""A body set off by commas after `for`, `at` or `with` (`Grace Wanjiru, for the Office of
the Director of Public Prosecutions, said`) is the person's organisation and gives no role: the
office inside the body's name is not theirs. A frozen parse of a sentence written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Senior state counsel Grace Wanjiru, for the Office of the Director of Public Prosecutions,
# said the state had twelve witnesses. "We are ready," she said.
_COUNSEL = """
Senior ADJ JJ amod 2 O senior
state NOUN NN compound 2 O state
counsel NOUN NN compound 4 O counsel
Grace PROPN NNP compound 4 B-PERSON Grace
Wanjiru PROPN NNP nsubj 16 I-PERSON Wanjiru _
, PUNCT , punct 16 O ,
for ADP IN prep 16 O for
the DET DT det 8 B-ORG the
Office PROPN NNP pobj 6 I-ORG Office
of ADP IN prep 8 I-ORG of
the DET DT det 11 I-ORG the
Director PROPN NNP pobj 9 I-ORG Director
of ADP IN prep 11 I-ORG of
Public PROPN NNP compound 14 I-ORG Public
Prosecutions PROPN NNPS pobj 12 I-ORG Prosecutions _
, PUNCT , punct 16 O ,
said VERB VBD ROOT 16 O say
the DET DT det 18 O the
state NOUN NN nsubj 19 O state
had VERB VBD ccomp 16 O have
twelve NUM CD nummod 21 B-CARDINAL twelve
witnesses NOUN NNS dobj 19 O witness _
. PUNCT . punct 16 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 25 O we
are AUX VBP ccomp 30 O be
ready ADJ JJ acomp 25 O ready _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
she PRON PRP nsubj 30 O she
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_a_body_set_off_after_for_gives_no_role() -> None:
    rows = Extractor().rows(frozen(_COUNSEL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Grace Wanjiru", "Senior state counsel", "Office of the Director of Public Prosecutions")
    ]
