"""`H.M. Inspector of Mines`: the portfolio an inspector is of is the field inspected, no body,
as a minister's or a commissioner's is. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mr. W. Galloway, H.M. Inspector of Mines, said: "The ventilation was sufficient."
_INSPECTOR = """
Mr. PROPN NNP compound 2 O Mr.
W. PROPN NNP compound 2 B-PERSON W.
Galloway PROPN NNP nsubj 9 I-PERSON Galloway _
, PUNCT , punct 2 O ,
H.M. PROPN NNP compound 5 O H.M.
Inspector PROPN NNP appos 2 O Inspector
of ADP IN prep 5 O of
Mines PROPN NNP pobj 6 O Mines _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
The DET DT det 13 O the
ventilation NOUN NN nsubj 14 O ventilation
was AUX VBD ccomp 9 O be
sufficient ADJ JJ acomp 14 O sufficient _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""


def test_an_inspector_of_mines_has_no_body_mines() -> None:
    rows = Extractor().rows(frozen(_INSPECTOR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("W. Galloway", "H.M. Inspector of Mines", "")
    ]
