"""`Harbour Breweries Plc has reported a loss …`, then `The brewer's managing director`: a
business's trade that news writes before its name (models/trades_before_names.txt) owning a job
stands for a business as `the company` does. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Harbour Breweries Plc has reported a loss for the year. The brewer's managing director, Hans
# Moss, said: "Costs have soared."
_BREWER = """
Harbour PROPN NNP compound 2 B-ORG Harbour
Breweries PROPN NNPS compound 2 I-ORG Breweries
Plc PROPN NNP nsubj 4 I-ORG Plc
has AUX VBZ aux 4 O have
reported VERB VBN ROOT 4 O report
a DET DT det 6 O a
loss NOUN NN dobj 4 O loss
for ADP IN prep 6 O for
the DET DT det 9 B-DATE the
year NOUN NN pobj 7 I-DATE year _
. PUNCT . punct 4 O .
The DET DT det 12 O the
brewer NOUN NN poss 15 O brewer _
's PART POS case 12 O 's
managing VERB VBG compound 15 O manage
director NOUN NN nsubj 20 O director _
, PUNCT , punct 15 O ,
Hans PROPN NNP compound 18 B-PERSON Hans
Moss PROPN NNP appos 15 I-PERSON Moss _
, PUNCT , punct 15 O ,
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
" PUNCT `` punct 20 O " _
Costs NOUN NNS nsubj 25 O cost
have AUX VBP aux 25 O have
soared VERB VBN ccomp 20 O soar _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""


def test_a_trade_owning_a_job_is_the_business() -> None:
    rows = Extractor().rows(frozen(_BREWER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Hans Moss", "managing director", "Harbour Breweries Plc"),
    ]
