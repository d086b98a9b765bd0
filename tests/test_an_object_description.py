"""`The committee has summoned the commissioner`: a definite description that is the object of a
verb brings in the one acted on, not the person named last, so it gives no one its role. Frozen
parse of a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# “We are turning people away every night,” Mary Okafor said. The Lagos State House of
# Assembly's health committee has summoned the commissioner.
_SUMMONED = """
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
turning VERB VBG ccomp 12 O turn
people NOUN NNS dobj 3 O people
away ADV RB advmod 3 O away
every DET DT det 7 B-TIME every
night NOUN NN npadvmod 3 I-TIME night _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
Mary PROPN NNP compound 11 B-PERSON Mary
Okafor PROPN NNP nsubj 12 I-PERSON Okafor
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O .
The DET DT det 17 B-ORG the
Lagos PROPN NNP compound 17 I-ORG Lagos
State PROPN NNP compound 17 I-ORG State
House PROPN NNP nsubj 24 I-ORG House
of ADP IN prep 17 I-ORG of
Assembly PROPN NNP poss 22 I-ORG Assembly _
's PART POS case 19 I-ORG 's
health NOUN NN compound 22 O health
committee NOUN NN pobj 18 O committee
has AUX VBZ aux 24 O have
summoned VERB VBN ROOT 24 O summon
the DET DT det 26 O the
commissioner NOUN NN dobj 24 O commissioner _
. PUNCT . punct 24 O . _
"""


def test_an_object_description_is_no_ones_role() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_SUMMONED))]
    assert rows == [("Mary Okafor", "", "")]
