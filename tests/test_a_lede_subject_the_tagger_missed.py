"""`Kivora will close 30 stores …`, then `The retailer's chief executive, X,`: the subject of the
lede's first sentence, a name in capitals the tagger called no body, is the body a later `the
retailer` (`the bank`, `the company`) stands for when the story names no other. Frozen parse of a
text written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kivora will close 30 stores across the country. The retailer's chief executive, Ama Boateng,
# said: "Rents have doubled."
_LEDE_RETAILER = """
Kivora PROPN NNP nsubj 2 B-PERSON Kivora
will AUX MD aux 2 O will
close VERB VB ROOT 2 O close
30 NUM CD nummod 4 B-CARDINAL 30
stores NOUN NNS dobj 2 O store
across ADP IN prep 2 O across
the DET DT det 7 O the
country NOUN NN pobj 5 O country _
. PUNCT . punct 2 O .
The DET DT det 10 O the
retailer NOUN NN poss 13 O retailer _
's PART POS case 10 O 's
chief ADJ JJ amod 13 O chief
executive NOUN NN nsubj 18 O executive _
, PUNCT , punct 13 O ,
Ama PROPN NNP compound 16 B-PERSON Ama
Boateng PROPN NNP appos 13 I-PERSON Boateng _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
Rents NOUN NNS nsubj 23 O rent
have AUX VBP aux 23 O have
doubled VERB VBN ccomp 18 O double _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


def test_the_lede_subject_untagged_is_the_retailer() -> None:
    rows = Extractor().rows(frozen(_LEDE_RETAILER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ama Boateng", "chief executive", "Kivora"),
    ]
