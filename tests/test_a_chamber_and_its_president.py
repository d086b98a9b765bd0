"""`Hyderabad Chamber of Commerce and Industry President Omar Sheikh said` (Pakistani and Indian
business pages, issue 10), from a frozen parse of a sentence written for this file: the body's
name the tagger tagged whole goes on past its `and` (no title opens on the joining word), so the
role is *President* and the body the whole chamber (not *and Industry President* at a chamber of
commerce)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_CHAMBER = """
Hyderabad PROPN NNP compound 1 B-ORG Hyderabad
Chamber PROPN NNP nmod 8 I-ORG Chamber
of ADP IN prep 1 I-ORG of
Commerce PROPN NNP pobj 2 I-ORG Commerce
and CCONJ CC cc 3 I-ORG and
Industry PROPN NNP conj 3 I-ORG Industry
President PROPN NNP compound 8 O President
Omar PROPN NNP compound 8 B-PERSON Omar
Sheikh PROPN NNP nsubj 9 I-PERSON Sheikh
criticised VERB VBD ROOT 9 O criticise
the DET DT det 11 O the
decision NOUN NN dobj 9 O decision _
. PUNCT . punct 9 O .
" PUNCT `` punct 20 O " _
Businesses NOUN NNS nsubj 16 O business
will AUX MD aux 16 O will
suffer VERB VB ccomp 20 O suffer _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Sheikh PROPN NNP nsubj 20 B-PERSON Sheikh
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_bodys_name_goes_on_past_its_and_before_a_title() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_CHAMBER))]
    assert rows == [("Omar Sheikh", "President", "Hyderabad Chamber of Commerce and Industry")]
