"""`The General Secretary of the Ghana National Cocoa Farmers Association, Musa Bello, said …`,
parsed with the body the subject and the name its apposition: the person set off by commas after
a body an office's `of` opens holds the office and speaks, not the body. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The General Secretary of the Ghana National Cocoa Farmers Association, Musa Bello, said the
# increase was "long overdue".
_OFFICEOF = """
The DET DT det 2 O the
General PROPN NNP compound 2 O General
Secretary PROPN NNP nmod 9 O Secretary
of ADP IN prep 2 O of
the DET DT det 9 B-ORG the
Ghana PROPN NNP compound 9 I-ORG Ghana
National PROPN NNP compound 9 I-ORG National
Cocoa PROPN NNP compound 8 I-ORG Cocoa
Farmers PROPN NNP compound 9 I-ORG Farmers
Association PROPN NNP nsubj 14 I-ORG Association _
, PUNCT , punct 9 O ,
Musa PROPN NNP compound 12 B-PERSON Musa
Bello PROPN NNP appos 9 I-PERSON Bello _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
increase NOUN NN nsubj 17 O increase
was AUX VBD ccomp 14 O be
" PUNCT `` punct 17 O " _
long ADV RB advmod 20 O long
overdue ADJ JJ acomp 17 O overdue _
" PUNCT '' punct 17 O " _
. PUNCT . punct 14 O . _
"""

def test_the_holder_set_off_after_the_body_speaks() -> None:
    rows = Extractor().rows(frozen(_OFFICEOF))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("Musa Bello", "Ghana National Cocoa Farmers Association")
    ]
    assert rows[0].role.startswith("General Secretary")
