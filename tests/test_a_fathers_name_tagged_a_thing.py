"""`said Siti Nurhaliza binti Tarudin, a trader`: a Malay name with the father's after `binti`,
whose father's name the tagger tagged a product (or left untagged), is one person's name: the
speaker is the whole name with the role after it, not `Siti Nurhaliza binti` (the parser making
`binti` the subject) nor `Tarudin` alone. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The price of cooking oil has doubled," said Siti Nurhaliza binti Tarudin, a trader in Kajang.
_BINTI_THE_SUBJECT = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
price NOUN NN nsubj 7 O price
of ADP IN prep 2 O of
cooking VERB VBG compound 5 O cook
oil NOUN NN pobj 3 O oil
has AUX VBZ aux 7 O have
doubled VERB VBN ccomp 10 O double _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Siti PROPN NNP compound 12 B-PERSON Siti
Nurhaliza PROPN NNP compound 13 I-PERSON Nurhaliza
binti NOUN NN nsubj 10 O binti
Tarudin PROPN NNP appos 13 B-PRODUCT Tarudin _
, PUNCT , punct 14 O ,
a DET DT det 17 O a
trader NOUN NN appos 14 O trader
in ADP IN prep 17 O in
Kajang PROPN NNP pobj 18 B-GPE Kajang _
. PUNCT . punct 10 O . _
"""

# "Prices are up," said Siti Aminah binti Tarudin, a trader.
_FATHER_THE_SUBJECT = """
" PUNCT `` punct 6 O " _
Prices NOUN NNS nsubj 2 O price
are AUX VBP ccomp 6 O be
up ADV RB advmod 2 O up _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Siti PROPN NNP compound 8 B-PERSON Siti
Aminah PROPN NNP compound 9 I-PERSON Aminah
binti NOUN NN compound 10 O binti
Tarudin PROPN NNP nsubj 6 B-PRODUCT Tarudin _
, PUNCT , punct 10 O ,
a DET DT det 13 O a
trader NOUN NN appos 10 O trader _
. PUNCT . punct 6 O . _
"""


def test_a_fathers_name_tagged_a_product_after_binti_ends_the_name() -> None:
    rows = Extractor().rows(frozen(_BINTI_THE_SUBJECT))
    assert [(r.speaker, r.role) for r in rows] == [("Siti Nurhaliza binti Tarudin", "trader")]


def test_the_father_the_subject_is_no_speaker_alone() -> None:
    rows = Extractor().rows(frozen(_FATHER_THE_SUBJECT))
    assert [(r.speaker, r.role) for r in rows] == [("Siti Aminah binti Tarudin", "trader")]
