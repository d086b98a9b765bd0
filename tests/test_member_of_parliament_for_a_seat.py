"""`the Member of Parliament for Eastvale`: the house is the title's own word after its `of`, and
its `for` names the seat the member sits for, so no body is named (as `Member of Parliament`
alone names none). A frozen parse of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ama Owusu, the Member of Parliament for Eastvale, said the roads were bad. "Nobody has fixed
# them," Owusu said.
_EASTVALE = """
Ama PROPN NNP compound 1 B-ORG Ama
Owusu PROPN NNP nsubj 10 I-ORG Owusu _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
Member PROPN NNP appos 1 O Member
of ADP IN prep 4 O of
Parliament PROPN NNP pobj 5 B-ORG Parliament
for ADP IN prep 4 O for
Eastvale PROPN NNP pobj 7 B-GPE Eastvale _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
roads NOUN NNS nsubj 13 O road
were AUX VBD ccomp 10 O be
bad ADJ JJ acomp 13 O bad _
. PUNCT . punct 10 O .
" PUNCT `` punct 24 O " _
Nobody PRON NN nsubj 19 O nobody
has AUX VBZ aux 19 O have
fixed VERB VBN ccomp 24 O fix
them PRON PRP dobj 19 O they _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Owusu PROPN NNP nsubj 24 B-PERSON Owusu
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_member_of_parliament_for_a_seat_names_no_body() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_EASTVALE))]
    assert rows == [("Ama Owusu", "Member of Parliament for Eastvale", "")]
