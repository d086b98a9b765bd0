"""The chairman of a body's board serves the body (`Chairman of the Board of Executive Directors of
the RTA` after `The Roads and Transport Authority (RTA)`: *Roads and Transport Authority*, not the
board). Frozen parse of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Roads and Transport Authority (RTA) will open a new line. "The line will carry 200,000
# passengers a day," said Mattar Tayer, Chairman of the Board of Executive Directors of the RTA.
_BOARD = """
The DET DT det 1 O the
Roads PROPN NNPS nsubj 9 O Roads
and CCONJ CC cc 1 O and
Transport PROPN NNP compound 4 B-ORG Transport
Authority PROPN NNP conj 1 I-ORG Authority
( PUNCT -LRB- punct 4 O ( _
RTA PROPN NNP appos 4 O RTA _
) PUNCT -RRB- punct 4 O )
will AUX MD aux 9 O will
open VERB VB ROOT 9 O open
a DET DT det 12 O a
new ADJ JJ amod 12 O new
line NOUN NN dobj 9 O line _
. PUNCT . punct 9 O .
" PUNCT `` punct 25 O " _
The DET DT det 16 O the
line NOUN NN nsubj 18 O line
will AUX MD aux 18 O will
carry VERB VB ccomp 25 O carry
200,000 NUM CD nummod 20 B-CARDINAL 200,000
passengers NOUN NNS dobj 18 O passenger
a DET DT det 22 O a
day NOUN NN npadvmod 20 O day _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
said VERB VBD ROOT 25 O say
Mattar PROPN NNP compound 27 B-PERSON Mattar
Tayer PROPN NNP nsubj 25 I-PERSON Tayer _
, PUNCT , punct 27 O ,
Chairman PROPN NNP appos 27 O Chairman
of ADP IN prep 29 O of
the DET DT det 32 B-ORG the
Board PROPN NNP pobj 30 I-ORG Board
of ADP IN prep 32 I-ORG of
Executive PROPN NNP compound 35 I-ORG Executive
Directors PROPN NNPS pobj 33 I-ORG Directors
of ADP IN prep 32 O of
the DET DT det 38 O the
RTA PROPN NNP pobj 36 O RTA _
. PUNCT . punct 25 O . _
"""


def test_a_boards_chairman_serves_the_body() -> None:
    rows = Extractor().rows(frozen(_BOARD))
    assert [(r.speaker, r.organization) for r in rows] == [("Mattar Tayer", "Roads and Transport Authority")]
