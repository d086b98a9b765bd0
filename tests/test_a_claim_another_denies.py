"""`Russia said the corridor was being used to smuggle weapons, a claim Kyiv denies`: the parser
reads the relative clause on `claim` (no `that`) as the main verb, with `a claim` its object
and the whole report before the comma its clausal complement. Kyiv then spoke the report and
Russia's own `said` gave no row. A clause hung on the verb before it, with the verb's object
between them ahead of its subject, is summed up by that object and is not what the verb says
(indirect._summed_up_by_object), so Russia speaks and Kyiv's `denies` reports nothing. The rows
from a frozen parse of a sentence written for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Russia said the corridor was being used to smuggle weapons, a claim Kyiv denies.
_DENIED = """
Russia PROPN NNP nsubj 1 B-GPE Russia
said VERB VBD ccomp 14 O say
the DET DT det 3 O the
corridor NOUN NN nsubjpass 6 O corridor
was AUX VBD aux 6 O be
being AUX VBG auxpass 6 O be
used VERB VBN ccomp 1 O use
to PART TO aux 8 O to
smuggle VERB VB xcomp 6 O smuggle
weapons NOUN NNS dobj 8 O weapon _
, PUNCT , punct 14 O ,
a DET DT det 12 O a
claim NOUN NN dobj 14 O claim
Kyiv PROPN NNP nsubj 14 B-PERSON Kyiv
denies VERB VBZ ROOT 14 O deny _
. PUNCT . punct 14 O . _
"""


def test_the_first_speaker_reports_and_the_denial_reports_nothing() -> None:
    rows = Extractor(indirect=True).rows(frozen(_DENIED))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Russia", "said", "the corridor was being used to smuggle weapons")
    ]
