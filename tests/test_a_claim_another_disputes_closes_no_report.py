"""`Ethiopia said the dam would not harm downstream flows, a claim Cairo rejects`: the writer
sums up the report by a noun (`a claim`, `an allegation`) with a clause on it, after a comma,
to say who disputes it. Those words are the writer's, not Ethiopia's, and the report ran on
over them. The content now ends before the comma (indirect._without_disputed_claim). The rows
from a frozen parse of a sentence written for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ethiopia said the dam would not harm downstream flows, a claim Cairo rejects.
_REJECTED = """
Ethiopia PROPN NNP nsubj 1 B-GPE Ethiopia
said VERB VBD ROOT 1 O say
the DET DT det 3 O the
dam NOUN NN nsubj 6 O dam
would AUX MD aux 6 O would
not PART RB neg 6 O not
harm VERB VB ccomp 1 O harm
downstream ADJ JJ amod 8 O downstream
flows NOUN NNS dobj 6 O flow _
, PUNCT , punct 6 O ,
a DET DT det 11 O a
claim NOUN NN dobj 6 O claim
Cairo PROPN NNP compound 13 B-GPE Cairo
rejects NOUN NNS relcl 11 O reject _
. PUNCT . punct 1 O . _
"""


def test_the_report_ends_before_the_claim_that_sums_it_up() -> None:
    rows = Extractor(indirect=True).rows(frozen(_REJECTED))
    assert [(r.speaker, r.quote) for r in rows] == [("Ethiopia", "the dam would not harm downstream flows")]
