"""`Group` before a title (`The Group Chief Executive Officer of Ikeja Oil Ltd`), tagged a
body on its own, is the title's word (the whole business's job), not the organisation: that is
the body the title is `of`. A frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Group Chief Executive Officer of Ikeja Oil Ltd, Mr Bayo Adewale, said the company had
# enough stock. "There is no cause for panic," he said.
_GROUP = """
The DET DT det 4 O the
Group PROPN NNP nmod 4 B-ORG Group
Chief PROPN NNP compound 4 O Chief
Executive PROPN NNP compound 4 O Executive
Officer PROPN NNP nsubj 14 O Officer
of ADP IN prep 4 O of
Ikeja PROPN NNP compound 8 B-ORG Ikeja
Oil PROPN NNP compound 8 I-ORG Oil
Ltd PROPN NNP pobj 5 I-ORG Ltd _
, PUNCT , punct 4 O ,
Mr PROPN NNP compound 12 O Mr
Bayo PROPN NNP compound 12 B-PERSON Bayo
Adewale PROPN NNP appos 4 I-PERSON Adewale _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 14 O say
the DET DT det 16 O the
company NOUN NN nsubj 17 O company
had VERB VBD ccomp 14 O have
enough ADJ JJ amod 19 O enough
stock NOUN NN dobj 17 O stock _
. PUNCT . punct 14 O .
" PUNCT `` punct 31 O " _
There PRON EX expl 23 O there
is VERB VBZ ccomp 31 O be
no DET DT det 25 O no
cause NOUN NN attr 23 O cause
for ADP IN prep 25 O for
panic NOUN NN pobj 26 O panic _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_group_opens_the_title() -> None:
    rows = Extractor().rows(frozen(_GROUP))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Bayo Adewale", "Group Chief Executive Officer of Ikeja Oil Ltd", "Ikeja Oil Ltd")
    ]
