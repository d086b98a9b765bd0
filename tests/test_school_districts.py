"""`Schools` closes the name of a school district (US usage: `Marion City Schools
superintendent Alan Greer`), whole, the town's name in it. Frozen parse of sentences written for
this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Marion City Schools superintendent Alan Greer said the district was not consulted. "Nobody
# called us," Greer said.
_DISTRICT = """
Marion PROPN NNP compound 2 O Marion
City PROPN NNP compound 2 O City
Schools PROPN NNP compound 3 O Schools
superintendent NOUN NN compound 5 O superintendent
Alan PROPN NNP compound 5 B-PERSON Alan
Greer PROPN NNP nsubj 6 I-PERSON Greer
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
district NOUN NN nsubjpass 11 O district
was AUX VBD auxpass 11 O be
not PART RB neg 11 O not
consulted VERB VBN ccomp 6 O consult _
. PUNCT . punct 6 O .
" PUNCT `` punct 20 O " _
Nobody PRON NN nsubj 15 O nobody
called VERB VBD ccomp 20 O call
us PRON PRP dobj 15 O we _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Greer PROPN NNP nsubj 20 B-PERSON Greer
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_school_district_named_before_its_superintendent() -> None:
    rows = Extractor().rows(frozen(_DISTRICT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Alan Greer", "superintendent", "Marion City Schools")
    ]
