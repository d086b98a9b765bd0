"""An Arabic name opened by `Abu` is called again by its words before the family name its
article opens (`Abu Yousef al-Khatib` … `Abu Yousef said`), as a Malay name is by those before
`binti`. A frozen parse of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Abu Yousef al-Khatib, a shopkeeper in Zarqa, said he had no water. "We buy from tankers," Abu
# Yousef said.
_SHOPKEEPER = """
Abu PROPN NNP compound 1 B-PERSON Abu
Yousef PROPN NNP compound 4 I-PERSON Yousef
al PROPN NNP compound 4 I-PERSON al _
- PROPN NNP punct 4 I-PERSON - _
Khatib PROPN NNP nsubj 11 I-PERSON Khatib _
, PUNCT , punct 4 O ,
a DET DT det 7 O a
shopkeeper NOUN NN appos 4 O shopkeeper
in ADP IN prep 7 O in
Zarqa PROPN NNP pobj 8 B-GPE Zarqa _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 11 O say
he PRON PRP nsubj 13 O he
had VERB VBD ccomp 11 O have
no DET DT det 15 O no
water NOUN NN dobj 13 O water _
. PUNCT . punct 11 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 19 O we
buy VERB VBP ccomp 26 O buy
from ADP IN prep 19 O from
tankers NOUN NNS pobj 20 O tanker _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Abu PROPN NNP compound 25 B-PERSON Abu
Yousef PROPN NNP nsubj 26 I-PERSON Yousef
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _

"""


def test_abu_and_the_given_name_call_the_whole_name() -> None:
    (row,) = Extractor().rows(frozen(_SHOPKEEPER))
    assert (row.speaker, row.role) == ("Abu Yousef al-Khatib", "shopkeeper")
