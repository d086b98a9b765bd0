"""`Greenpeace protested outside Atlas Oil … the company's spokesman, X, said`: a company's name
closed by its trade (models/trade_name_words.txt) is a body's whatever thing the tagger took it
for (a work of art, a product), and a body that acts against another the story names (protests
outside it, sues it: models/facing_verbs.txt, `against`) is that one's opponent, not what `the
company` means. Frozen parses of texts written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Greenpeace protested outside Atlas Oil in Perth. "We have complied with every rule," the
# company's spokesman, Tom Lee, said.
_PROTEST = """
Greenpeace NOUN NN nsubj 1 B-ORG greenpeace
protested VERB VBN ROOT 1 O protest
outside ADP IN prep 1 O outside
Atlas PROPN NNP compound 4 B-WORK_OF_ART Atlas
Oil PROPN NNP pobj 2 I-WORK_OF_ART Oil
in ADP IN prep 4 O in
Perth PROPN NNP pobj 5 B-GPE Perth _
. PUNCT . punct 1 O .
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 11 O we
have AUX VBP aux 11 O have
complied VERB VBN ccomp 25 O comply
with ADP IN prep 11 O with
every DET DT det 14 O every
rule NOUN NN pobj 12 O rule _
, PUNCT , punct 11 O , _
" PUNCT '' punct 15 O "
the DET DT det 18 O the
company NOUN NN poss 20 O company _
's PART POS case 18 O 's
spokesman NOUN NN nsubj 25 O spokesman _
, PUNCT , punct 20 O ,
Tom PROPN NNP compound 23 B-PERSON Tom
Lee PROPN NNP appos 20 I-PERSON Lee _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""

# Oxfam campaigners picketed Crown Petroleum on Monday. "We have complied with every rule," the
# company's spokeswoman, Jane Holt, said.
_PRODUCT = """
Oxfam PROPN NNP compound 1 B-ORG Oxfam
campaigners NOUN NNS nsubj 2 O campaigner
picketed VERB VBD ROOT 2 O picket
Crown PROPN NNP compound 4 B-PRODUCT Crown
Petroleum PROPN NNP dobj 2 I-PRODUCT Petroleum
on ADP IN prep 2 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
. PUNCT . punct 2 O .
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 11 O we
have AUX VBP aux 11 O have
complied VERB VBN ccomp 25 O comply
with ADP IN prep 11 O with
every DET DT det 14 O every
rule NOUN NN pobj 12 O rule _
, PUNCT , punct 25 O , _
" PUNCT '' punct 20 O "
the DET DT det 18 O the
company NOUN NN poss 20 O company _
's PART POS case 18 O 's
spokeswoman NOUN NN nsubj 25 O spokeswoman _
, PUNCT , punct 20 O ,
Jane PROPN NNP compound 23 B-PERSON Jane
Holt PROPN NNP appos 20 I-PERSON Holt _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


# Residents of Tondo protested outside the offices of Maynilad Water on Monday. "We are
# restoring supply as fast as we can," the company's spokeswoman, Jennifer Rufo, said.
_BUILDING = """
Residents NOUN NNS nsubj 3 O resident
of ADP IN prep 0 O of
Tondo PROPN NNP pobj 1 B-LOC Tondo
protested VERB VBD ROOT 3 O protest
outside ADP IN prep 3 O outside
the DET DT det 6 O the
offices NOUN NNS pobj 4 O office
of ADP IN prep 6 O of
Maynilad PROPN NNP compound 9 B-FAC Maynilad
Water PROPN NNP pobj 7 I-FAC Water
on ADP IN prep 3 O on
Monday PROPN NNP pobj 10 B-DATE Monday _
. PUNCT . punct 3 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 16 O we
are AUX VBP aux 16 O be
restoring VERB VBG ccomp 33 O restore
supply NOUN NN dobj 16 O supply
as ADV RB advmod 19 O as
fast ADV RB advmod 16 O fast
as SCONJ IN mark 22 O as
we PRON PRP nsubj 22 O we
can AUX MD advcl 19 O can _
, PUNCT , punct 33 O , _
" PUNCT '' punct 28 O "
the DET DT det 26 O the
company NOUN NN poss 28 O company _
's PART POS case 26 O 's
spokeswoman NOUN NN nsubj 33 O spokeswoman _
, PUNCT , punct 28 O ,
Jennifer PROPN NNP compound 31 B-PERSON Jennifer
Rufo PROPN NNP appos 28 I-PERSON Rufo _
, PUNCT , punct 28 O ,
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_company_outside_which_a_campaign_group_protested() -> None:
    assert _rows(_PROTEST) == [("Tom Lee", "spokesman", "Atlas Oil")]


def test_the_company_tagged_a_product_that_campaigners_picketed() -> None:
    assert _rows(_PRODUCT) == [("Jane Holt", "spokeswoman", "Crown Petroleum")]


def test_the_company_tagged_a_building_outside_which_residents_protested() -> None:
    assert _rows(_BUILDING) == [("Jennifer Rufo", "spokeswoman", "Maynilad Water")]
