"""A body's name the tagger runs on over a small word after it (`an economist at Kestrel in
Busan`, tagged `Kestrel in`) ends before that word: the organisation is *Kestrel*. Frozen parse
of a sentence written for this file (see tests/frozen.py), with the tagger's slip as the model
makes it on `Barclays in Seoul`, through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Debt keeps growing," said Park Min-jun, an economist at Kestrel in Busan.
_RUN_ON = """
" PUNCT `` punct 6 O " _
Debt NOUN NN nsubj 2 O debt
keeps VERB VBZ ccomp 6 O keep
growing VERB VBG xcomp 2 O grow _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Park PROPN NNP compound 8 B-PERSON Park
Min PROPN NNP compound 10 I-PERSON Min _
- PROPN NNP compound 10 I-PERSON - _
jun PROPN NNP nsubj 6 I-PERSON jun _
, PUNCT , punct 10 O ,
an DET DT det 13 O an
economist NOUN NN appos 10 O economist
at ADP IN prep 13 O at
Kestrel PROPN NNP pobj 14 B-ORG Kestrel
in ADP IN prep 15 I-ORG in
Busan PROPN NNP pobj 16 B-GPE Busan _
. PUNCT . punct 6 O . _
"""


def test_a_body_tagged_with_a_small_word_after_it_ends_before_it() -> None:
    rows = Extractor().rows(frozen(_RUN_ON))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Park Min-jun", "economist at Kestrel", "Kestrel")
    ]
