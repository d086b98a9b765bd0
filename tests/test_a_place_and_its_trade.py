"""`Kenya Power will raise tariffs …`, then `The firm's chief financial officer`: a body's name
the tagger found, opened by a given name that is also a place's and closed by the trade the
company sells, is the company, no person's name. Frozen parse of a text written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kenya Power will raise tariffs from July. The firm's chief financial officer, Ann Wambui,
# said: "We have cut costs."
_PLACE_AND_TRADE = """
Kenya PROPN NNP compound 1 B-ORG Kenya
Power PROPN NNP nsubj 3 I-ORG Power
will AUX MD aux 3 O will
raise VERB VB ROOT 3 O raise
tariffs NOUN NNS dobj 3 O tariff
from ADP IN prep 3 O from
July PROPN NNP pobj 5 B-DATE July _
. PUNCT . punct 3 O .
The DET DT det 9 O the
firm NOUN NN poss 13 O firm _
's PART POS case 9 O 's
chief ADJ JJ amod 13 O chief
financial ADJ JJ amod 13 O financial
officer NOUN NN nsubj 18 O officer _
, PUNCT , punct 13 O ,
Ann PROPN NNP compound 16 B-PERSON Ann
Wambui PROPN NNP appos 13 I-PERSON Wambui _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 23 O we
have AUX VBP aux 23 O have
cut VERB VBN ccomp 18 O cut
costs NOUN NNS dobj 23 O cost _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


def test_a_place_and_its_trade_name_a_company() -> None:
    rows = Extractor().rows(frozen(_PLACE_AND_TRADE))
    assert [(r.speaker, r.organization) for r in rows] == [("Ann Wambui", "Kenya Power")]
