"""A form of address after a place a title is `of` is no part of a body's name: `Lord Mayor of
Westbury Cllr Ruth Hale` names no body *Westbury Cllr*. Frozen parse of sentences written for
this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lord Mayor of Westbury Cllr Ruth Hale said the plan was wrong. "It is wrong," Hale said.
_CLLR = """
Lord PROPN NNP compound 1 O Lord
Mayor PROPN NNP nmod 6 O Mayor
of ADP IN prep 1 O of
Westbury PROPN NNP pobj 2 B-ORG Westbury
Cllr PROPN NNP compound 6 O Cllr
Ruth PROPN NNP compound 6 B-PERSON Ruth
Hale PROPN NNP nsubj 7 I-PERSON Hale
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
plan NOUN NN nsubj 10 O plan
was AUX VBD ccomp 7 O be
wrong ADJ JJ acomp 10 O wrong _
. PUNCT . punct 7 O .
" PUNCT `` punct 20 O " _
It PRON PRP nsubj 15 O it
is AUX VBZ ccomp 20 O be
wrong ADJ JJ acomp 15 O wrong _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Hale PROPN NNP nsubj 20 B-PERSON Hale
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_form_of_address_ends_no_bodys_name() -> None:
    rows = Extractor().rows(frozen(_CLLR))
    assert [(r.speaker, r.organization) for r in rows] == [("Ruth Hale", "")]
