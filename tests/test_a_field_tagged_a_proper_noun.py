"""`a foreign ministry spokeswoman`, the tagger calling `foreign` a proper noun in small letters:
the field goes with the ministry it names, out of the role (ROLES.md 4: the organisation is
stripped from the role), so no `foreign spokeswoman` is left. Frozen parse of a sentence written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "No visas will be issued this week," said a foreign ministry spokeswoman in Amman.
_A_PROPER_FIELD = """
" PUNCT `` punct 10 O " _
No DET DT det 2 O no
visas NOUN NNS nsubjpass 5 O visa
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
issued VERB VBN ccomp 10 O issue
this DET DT det 7 B-DATE this
week NOUN NN npadvmod 5 I-DATE week _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
a DET DT det 14 O a
foreign PROPN NNP compound 13 O foreign
ministry NOUN NN compound 14 O ministry
spokeswoman NOUN NN nsubj 10 O spokeswoman
in ADP IN prep 14 O in
Amman PROPN NNP pobj 15 B-GPE Amman _
. PUNCT . punct 10 O . _
"""


def test_a_field_tagged_a_proper_noun_leaves_the_role() -> None:
    rows = [r for r in Extractor().rows(frozen(_A_PROPER_FIELD)) if r.kind == "direct"]
    assert [(r.role, r.organization) for r in rows] == [("spokeswoman", "foreign ministry")]
