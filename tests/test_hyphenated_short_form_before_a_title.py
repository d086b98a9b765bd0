"""A body's short form written with a hyphen in brackets between the body's tagged name and a title
(`Godavari Metro Rail Corporation Limited (Go-Metro) managing director X`) is no part of the title,
as one in capitals is not (`Chennai Metro Rail Limited (CMRL) managing director`): the body is the
person's; and `Limited` closes a company's name as `Ltd` does, no word of the role. Frozen parse of
a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Godavari Metro Rail Corporation Limited (Go-Metro) managing director Ravi Deshpande said: “All
# safety protocols were followed.”
_HYPHENATED_SHORT = """
Godavari PROPN NNP compound 3 B-ORG Godavari
Metro PROPN NNP compound 2 I-ORG Metro
Rail PROPN NNP compound 3 I-ORG Rail
Corporation PROPN NNP compound 4 I-ORG Corporation
Limited PROPN NNP nsubj 14 I-ORG Limited
( PUNCT -LRB- punct 4 O ( _
Go PROPN NNP compound 8 O Go _
- PUNCT HYPH punct 8 O - _
Metro PROPN NNP nmod 11 O Metro _
) PUNCT -RRB- punct 8 O )
managing VERB VBG amod 11 O manage
director NOUN NN appos 4 O director
Ravi PROPN NNP compound 13 B-PERSON Ravi
Deshpande PROPN NNP appos 11 I-PERSON Deshpande
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
“ PUNCT `` punct 14 O " _
All DET DT det 19 O all
safety NOUN NN compound 19 O safety
protocols NOUN NNS nsubjpass 21 O protocol
were AUX VBD auxpass 21 O be
followed VERB VBN ccomp 14 O follow _
. PUNCT . punct 14 O . _
” PUNCT '' punct 14 O " _
"""


def test_a_hyphenated_short_form_in_brackets_before_a_title_is_the_bodys() -> None:
    rows = Extractor().rows(frozen(_HYPHENATED_SHORT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ravi Deshpande", "managing director", "Godavari Metro Rail Corporation Limited")
    ]
