"""`the branch chairman of the Kenya Union of Clinical Officers, Nurses and Pharmacists (KUCONP)`:
a body's name whose short form in brackets spells it out goes on past its commas, and it opens
before an `of` between words in capitals, the name's own. Frozen parse of a sentence written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We have not been paid for three months," said Otieno Ouma, the branch chairman of the Kenya Union of
# Clinical Officers, Nurses and Pharmacists (KUCONP).
_KUCONP = """
" PUNCT `` punct 11 O " _
We PRON PRP nsubjpass 5 O we
have AUX VBP aux 5 O have
not PART RB neg 5 O not
been AUX VBN auxpass 5 O be
paid VERB VBN ccomp 11 O pay
for ADP IN prep 5 O for
three NUM CD nummod 8 B-DATE three
months NOUN NNS pobj 6 I-DATE month _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Otieno PROPN NNP compound 13 B-PERSON Otieno
Ouma PROPN NNP nsubj 11 I-PERSON Ouma _
, PUNCT , punct 13 O ,
the DET DT det 17 O the
branch NOUN NN compound 17 O branch
chairman NOUN NN appos 13 O chairman
of ADP IN prep 17 O of
the DET DT det 21 B-ORG the
Kenya PROPN NNP compound 21 I-ORG Kenya
Union PROPN NNP pobj 18 I-ORG Union
of ADP IN prep 21 I-ORG of
Clinical PROPN NNP compound 24 I-ORG Clinical
Officers PROPN NNPS pobj 22 I-ORG Officers _
, PUNCT , punct 24 O ,
Nurses PROPN NNP conj 24 B-ORG Nurses
and CCONJ CC cc 26 I-ORG and
Pharmacists PROPN NNPS conj 26 I-ORG Pharmacists
( PUNCT -LRB- punct 17 O ( _
KUCONP PROPN NNP appos 17 O KUCONP _
) PUNCT -RRB- punct 11 O ) _
. PUNCT . punct 11 O . _
"""


def test_a_short_formed_name_with_an_of_is_whole() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_KUCONP))]
    body = "Kenya Union of Clinical Officers, Nurses and Pharmacists"
    assert rows == [("Otieno Ouma", f"branch chairman of the {body}", body)]
