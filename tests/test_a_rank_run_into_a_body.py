"""A word of rank or time in capitals (`Acting`, `Deputy`) that the tagger ran into a body's name
right before more of a title opens the title: `Kenya Ports Authority Acting` + `Managing Director`
is Acting Managing Director of the Kenya Ports Authority. Frozen parse of a sentence written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The berths will reopen on Monday,"
# Kenya Ports Authority Acting Managing Director John Mwangi said.
_PORTS = """
" PUNCT `` punct 17 O " _
The DET DT det 2 O the
berths NOUN NNS nsubj 4 O berth
will AUX MD aux 4 O will
reopen VERB VB ccomp 17 O reopen
on ADP IN prep 4 O on
Monday PROPN NNP pobj 5 B-DATE Monday _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
Kenya PROPN NNP compound 11 B-ORG Kenya
Ports PROPN NNPS compound 11 I-ORG Ports
Authority PROPN NNP compound 14 I-ORG Authority
Acting PROPN NNP compound 14 I-ORG Acting
Managing PROPN NNP compound 14 O Managing
Director PROPN NNP compound 16 O Director
John PROPN NNP compound 16 B-PERSON John
Mwangi PROPN NNP nsubj 17 I-PERSON Mwangi
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

# "Supply will be back to normal by Friday,"
# NNPC Acting Managing Director Musa Adeyemi said.
_NNPC = """
" PUNCT `` punct 17 O " _
Supply NOUN NN nsubj 3 O supply
will AUX MD aux 3 O will
be AUX VB ccomp 17 O be
back ADV RB advmod 3 O back
to ADP IN prep 4 O to
normal ADJ JJ pobj 5 O normal
by ADP IN prep 3 O by
Friday PROPN NNP pobj 7 B-DATE Friday _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
NNPC PROPN NNP compound 14 B-WORK_OF_ART NNPC
Acting PROPN NNP compound 14 I-WORK_OF_ART Acting
Managing PROPN NNP compound 14 I-WORK_OF_ART Managing
Director PROPN NNP compound 16 O Director
Musa PROPN NNP compound 16 B-PERSON Musa
Adeyemi PROPN NNP nsubj 17 I-PERSON Adeyemi
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


def test_acting_the_tagger_ran_into_the_body_opens_the_title() -> None:
    rows = Extractor().rows(frozen(_PORTS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("John Mwangi", "Acting Managing Director", "Kenya Ports Authority")
    ]


def test_a_short_form_tagged_a_work_with_the_rank_after_it() -> None:
    rows = Extractor().rows(frozen(_NNPC))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Musa Adeyemi", "Acting Managing Director", "NNPC")
    ]
