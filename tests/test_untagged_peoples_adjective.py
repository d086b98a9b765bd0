"""A people's adjective opening a body's name before a role (`Irish Farmers' Association
president X`) is the name's first word, also when the tagger left it untagged (the list of
peoples says what it is). A frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# (the body's name left untagged, as the tagger leaves it inside an article)
# Irish Farmers' Association president Francie Gorman said: "We are not going away."
_UNTAGGED_PEOPLES_ADJECTIVE = """
Irish PROPN NNP amod 1 O Irish
Farmers PROPN NNP poss 4 O Farmers _
' PART POS case 1 O '
Association PROPN NNP compound 4 O Association
president NOUN NN compound 6 O president
Francie PROPN NNP compound 6 B-PERSON Francie
Gorman PROPN NNP nsubj 7 I-PERSON Gorman
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 13 O we
are AUX VBP aux 13 O be
not PART RB neg 13 O not
going VERB VBG ccomp 7 O go
away ADV RB advmod 13 O away _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


def test_an_untagged_peoples_adjective_opens_the_bodys_name() -> None:
    rows = Extractor().rows(frozen(_UNTAGGED_PEOPLES_ADJECTIVE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Francie Gorman", "president", "Irish Farmers' Association")
    ]
