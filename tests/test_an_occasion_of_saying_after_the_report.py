"""`The finance minister, Ama Mensah, praised the central bank’s handling of the crisis in an
interview with a local radio station on Sunday.`: a report that closes on the occasion of the
saying, which the parser hangs on the verb of saying after its object. The interview is where the
minister spoke, not what she praised; a rally the parser hangs on the reported words is where the
reported thing happened and stays (quotes/indirect.py, ``_without_occasion``). Frozen parses
(tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The finance minister, Ama Mensah, praised the central bank’s handling of the crisis in an
# interview with a local radio station on Sunday.
_MENSAH = """
The DET DT det 2 O the
finance NOUN NN compound 2 O finance
minister NOUN NN nsubj 7 O minister _
, PUNCT , punct 2 O ,
Ama PROPN NNP compound 5 B-PERSON Ama
Mensah PROPN NNP appos 2 I-PERSON Mensah _
, PUNCT , punct 2 O ,
praised VERB VBD ROOT 7 O praise
the DET DT det 10 O the
central ADJ JJ amod 10 O central
bank NOUN NN poss 12 O bank _
’s PART POS case 10 O ’s
handling NOUN NN dobj 7 O handling
of ADP IN prep 12 O of
the DET DT det 15 O the
crisis NOUN NN pobj 13 O crisis
in ADP IN prep 7 O in
an DET DT det 18 O an
interview NOUN NN pobj 16 O interview
with ADP IN prep 18 O with
a DET DT det 23 O a
local ADJ JJ amod 23 O local
radio NOUN NN compound 23 O radio
station NOUN NN pobj 19 O station
on ADP IN prep 23 O on
Sunday PROPN NNP pobj 24 B-DATE Sunday _
. PUNCT . punct 7 O . _
"""


# Opposition leader Grace Banda said police had fired tear gas at a rally in Lilongwe.
_BANDA = """
Opposition NOUN NN compound 1 O opposition
leader NOUN NN compound 3 O leader
Grace PROPN NNP compound 3 B-PERSON Grace
Banda PROPN NNP nsubj 4 I-PERSON Banda
said VERB VBD ROOT 4 O say
police NOUN NNS nsubj 7 O police
had AUX VBD aux 7 O have
fired VERB VBN ccomp 4 O fire
tear ADJ JJ amod 9 O tear
gas NOUN NN dobj 7 O gas
at ADP IN prep 7 O at
a DET DT det 12 O a
rally NOUN NN pobj 10 O rally
in ADP IN prep 12 O in
Lilongwe PROPN NNP pobj 13 B-GPE Lilongwe _
. PUNCT . punct 4 O . _
"""


def test_an_interview_after_the_object_is_not_what_was_praised() -> None:
    rows = Extractor(indirect=True).rows(frozen(_MENSAH))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Ama Mensah", "praised", "the central bank’s handling of the crisis")
    ]


def test_a_rally_where_the_reported_thing_happened_stays() -> None:
    rows = Extractor(indirect=True).rows(frozen(_BANDA))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        ("Grace Banda", "said", "police had fired tear gas at a rally in Lilongwe")
    ]
