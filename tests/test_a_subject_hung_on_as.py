"""`As X put it, “…”` with the parser taking `as` for a preposition and X for its object: that
object speaks, not the `it` of `put it` (when a title quoted in X's apposition cuts the lead-in
short, the nearest word after the cue was `it`). Frozen parse of a sentence written for this
file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# As Tom Okafor, lecturer in economics at Ibadan and author of ''Oil and Power,'' put it,
# ''Cheap fuel is never free.''
_AS = """
As SCONJ IN mark 18 O as
Tom PROPN NNP compound 2 B-PERSON Tom
Okafor PROPN NNP pobj 0 I-PERSON Okafor _
, PUNCT , punct 2 O ,
lecturer NOUN NN appos 2 O lecturer
in ADP IN prep 4 O in
economics NOUN NNS pobj 5 O economic
at ADP IN prep 4 O at
Ibadan PROPN NNP pobj 7 B-GPE Ibadan
and CCONJ CC cc 8 O and
author NOUN NN conj 8 O author
of ADP IN prep 10 O of
'' PUNCT `` punct 11 B-ORG '' _
Oil PROPN NNP pobj 11 I-ORG Oil
and CCONJ CC cc 13 I-ORG and
Power PROPN NNP conj 13 I-ORG Power _
, PUNCT , punct 2 O , _
'' PUNCT '' punct 2 O ''
put VERB VB advcl 24 O put
it PRON PRP dobj 18 O it _
, PUNCT , punct 24 O ,
'' PUNCT '' punct 24 O '' _
Cheap ADJ JJ amod 23 O cheap
fuel NOUN NN nsubj 24 O fuel
is AUX VBZ ROOT 24 O be
never ADV RB neg 24 O never
free ADJ JJ acomp 24 O free _
. PUNCT . punct 24 O . _
'' PUNCT '' punct 24 O '' _
"""


def test_the_object_of_as_puts_it() -> None:
    rows = Extractor().rows(frozen(_AS))
    assert [(r.speaker, r.cue) for r in rows] == [("Tom Okafor", "put")]
