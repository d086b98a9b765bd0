"""`Limerick City and County Council`, the tagger taking `Limerick City` for a place and cutting it
off at `and`: a council named for two places is one body, its name in capitals closed by the
body's noun. Frozen parse of a text written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Limerick City and County Council said CCTV would be upgraded. The council's director of services,
# Seán Kiely, said: "We take safety seriously."
_TWO_PLACES = """
Limerick PROPN NNP nmod 1 B-GPE Limerick
City PROPN NNP nmod 4 I-GPE City
and CCONJ CC cc 1 O and
County PROPN NNP conj 1 B-ORG County
Council PROPN NNP nsubj 5 I-ORG Council
said VERB VBD ROOT 5 O say
CCTV PROPN NNP nsubjpass 9 B-ORG CCTV
would AUX MD aux 9 O would
be AUX VB auxpass 9 O be
upgraded VERB VBN ccomp 5 O upgrade _
. PUNCT . punct 5 O .
The DET DT det 12 O the
council NOUN NN poss 14 O council _
's PART POS case 12 O 's
director NOUN NN nsubj 21 O director
of ADP IN prep 14 O of
services NOUN NNS pobj 15 O service _
, PUNCT , punct 14 O ,
Seán NOUN NNS appos 14 B-PERSON Seán
Kiely PROPN NNP advmod 18 I-PERSON Kiely _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 21 O say _
: PUNCT : punct 21 O :
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 25 O we
take VERB VBP ccomp 21 O take
safety NOUN NN dobj 25 O safety
seriously ADV RB advmod 25 O seriously _
. PUNCT . punct 21 O . _
" PUNCT '' punct 21 O " _
"""


def test_a_council_named_for_two_places_is_one_body() -> None:
    rows = Extractor().rows(frozen(_TWO_PLACES))
    assert [(r.speaker, r.organization) for r in rows] == [("Seán Kiely", "Limerick City and County Council")]
