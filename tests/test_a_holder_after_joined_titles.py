"""`"…," said Kudi Pay co-founder and CEO Adewale Okonkwo.`: the parser split `co-founder` into
three words, made the body (tagged a person) the subject of `said` and the name a conjunct of
the title; the speaker was *Kudi Pay*. The person named after two titles joined by `and`
speaks. Frozen parse of a text written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "This money lets us reach traders in every state," said Kudi Pay co-founder and CEO Adewale Okonkwo.
_KUDI = """
" PUNCT `` punct 12 O " _
This DET DT det 2 O this
money NOUN NN nsubj 3 O money
lets VERB VBZ ccomp 12 O let
us PRON PRP nsubj 5 O we
reach VERB VB ccomp 3 O reach
traders NOUN NNS dobj 5 O trader
in ADP IN prep 5 O in
every DET DT det 9 O every
state NOUN NN pobj 7 O state _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
said VERB VBD ROOT 12 O say
Kudi PROPN NNP compound 14 B-PERSON Kudi
Pay PROPN NNP nsubj 12 I-PERSON Pay
co NOUN NN appos 14 O co _
- NOUN NN appos 14 O - _
founder NOUN NN appos 14 O founder
and CCONJ CC cc 17 O and
CEO PROPN NNP compound 21 O CEO
Adewale PROPN NNP compound 21 B-PERSON Adewale
Okonkwo PROPN NNP conj 17 I-PERSON Okonkwo _
. PUNCT . punct 12 O . _
"""


def test_the_person_named_after_joined_titles_speaks() -> None:
    rows = Extractor().rows(frozen(_KUDI))
    assert [r.speaker for r in rows] == ["Adewale Okonkwo"]
