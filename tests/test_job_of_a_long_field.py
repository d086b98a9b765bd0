"""A job held `of` a field of three words in small letters before the name is a title held
(`KWA director of rural water supply Ravi Menon`: *director of rural water supply* / *KWA*), as
one of one or two words is (`director of public works`). A frozen parse of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# KWA director of rural water supply Ravi Menon said the pipes would be replaced. "Work starts in
# May," Menon said.
_KWA = """
KWA PROPN NNP compound 1 B-ORG KWA
director NOUN NN nsubj 8 O director
of ADP IN prep 1 O of
rural ADJ JJ amod 5 O rural
water NOUN NN compound 5 O water
supply NOUN NN pobj 2 O supply
Ravi PROPN NNP compound 7 B-PERSON Ravi
Menon PROPN NNP appos 1 I-PERSON Menon
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
pipes NOUN NNS nsubjpass 13 O pipe
would AUX MD aux 13 O would
be AUX VB auxpass 13 O be
replaced VERB VBN ccomp 8 O replace _
. PUNCT . punct 8 O .
" PUNCT `` punct 23 O " _
Work NOUN NN nsubj 17 O work
starts VERB VBZ ccomp 23 O start
in ADP IN prep 17 O in
May PROPN NNP pobj 18 B-DATE May _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Menon PROPN NNP nsubj 23 B-PERSON Menon
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_job_of_a_field_of_three_words_before_the_name() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_KWA))]
    assert rows == [("Ravi Menon", "director of rural water supply", "KWA")]
