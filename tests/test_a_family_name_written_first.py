"""`Tan See Leng said … Dr Tan said`: a family name written first, which the story writes after a
form of address, untagged right before the given names the tagger made a person, is the name's
first word. Frozen parse of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Second Minister for Manpower Tan See Leng said the scheme would be extended to older workers.
# "Workers need more support," Dr Tan said.
_TAN = """
Second PROPN NNP compound 1 B-ORDINAL Second
Minister PROPN NNP nmod 6 O Minister
for ADP IN prep 1 O for
Manpower PROPN NNP pobj 2 O Manpower
Tan PROPN NNP compound 5 O Tan
See PROPN NNP compound 6 O See
Leng PROPN NNP nsubj 7 B-PERSON Leng
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
scheme NOUN NN nsubjpass 12 O scheme
would AUX MD aux 12 O would
be AUX VB auxpass 12 O be
extended VERB VBN ccomp 7 O extend
to ADP IN prep 12 O to
older ADJ JJR amod 15 O old
workers NOUN NNS pobj 13 O worker _
. PUNCT . punct 7 O .
" PUNCT `` punct 26 O " _
Workers NOUN NNS nsubj 19 O worker
need VERB VBP ccomp 26 O need
more ADJ JJR amod 21 O more
support NOUN NN dobj 19 O support _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Dr PROPN NNP compound 25 O Dr
Tan PROPN NNP nsubj 26 B-PERSON Tan
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_a_family_name_written_first_opens_the_name() -> None:
    rows = Extractor().rows(frozen(_TAN))
    assert [r.speaker for r in rows] == ["Tan See Leng"]
