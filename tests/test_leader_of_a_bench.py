"""The bench a leader is `of` (`Leader of the Opposition`, one word of the fields in
models/portfolios.txt, untagged) is where they sit, no body they work for. Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Leader of the Opposition, Sefo Tamapua, said the plan was "too little, too late".
_TAMAPUA = """
The DET DT det 1 O the
Leader PROPN NNP nsubj 9 O Leader
of ADP IN prep 1 O of
the DET DT det 4 O the
Opposition PROPN NNP pobj 2 O Opposition _
, PUNCT , punct 1 O ,
Sefo PROPN NNP compound 7 O Sefo
Tamapua PROPN NNP appos 1 O Tamapua _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
plan NOUN NN nsubj 12 O plan
was AUX VBD ccomp 9 O be
" PUNCT `` punct 12 O " _
too ADV RB advmod 15 O too
little ADJ JJ amod 18 O little _
, PUNCT , punct 18 O ,
too ADV RB advmod 18 O too
late ADJ JJ acomp 12 O late _
" PUNCT '' punct 12 O " _
. PUNCT . punct 9 O . _
"""


def test_the_opposition_a_leader_leads_is_no_organisation() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_TAMAPUA))]
    assert rows == [("Sefo Tamapua", "Leader of the Opposition", "")]
