"""`Sibanye-Stillwater spokesperson James Wellsted said`: words in capitals joined by a hyphen
with no space are one body's name before a title, however the tagger cut it (it tagged
*Sibanye* a place and left *Stillwater* untagged, and the organisation was *Stillwater*).
Frozen parse of a text written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# In Rustenburg, Sibanye-Stillwater spokesperson James Wellsted said the offer was "fair and affordable".
_SIBANYE = """
In ADP IN prep 6 O in
Rustenburg PROPN NNP pobj 0 B-GPE Rustenburg _
, PUNCT , punct 1 O ,
Sibanye PROPN NNP compound 5 B-GPE Sibanye _
- PUNCT HYPH punct 5 O - _
Stillwater PROPN NNP compound 6 O Stillwater
spokesperson NOUN NN compound 8 O spokesperson
James PROPN NNP compound 8 B-PERSON James
Wellsted PROPN NNP nsubj 9 I-PERSON Wellsted
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
offer NOUN NN nsubj 12 O offer
was AUX VBD ccomp 9 O be
" PUNCT `` punct 12 O " _
fair ADJ JJ acomp 12 O fair
and CCONJ CC cc 14 O and
affordable ADJ JJ conj 14 O affordable _
" PUNCT '' punct 12 O " _
. PUNCT . punct 9 O . _
"""


def test_a_hyphened_name_before_a_title_is_one_body() -> None:
    rows = Extractor().rows(frozen(_SIBANYE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("James Wellsted", "spokesperson", "Sibanye-Stillwater")
    ]
