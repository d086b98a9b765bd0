"""Words in capitals ending in `Police` right before a police rank name the force (`Wessex Police
Superintendent Tom Reed`: *Superintendent* / *Wessex Police*), though `police` can name a job.
Frozen parse of text written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Police news
#
# Wessex Police Superintendent Tom Reed said: "We agree."
_RANK = """
Police NOUN NN nsubj 1 O police
news NOUN NN ROOT 1 O news _
<paragraph> SPACE _SP dep 1 O <paragraph> _
Wessex PROPN NNP compound 5 O Wessex
Police PROPN NNP compound 5 O Police
Superintendent PROPN NNP compound 7 O Superintendent
Tom PROPN NNP compound 7 B-PERSON Tom
Reed PROPN NNP nsubj 8 I-PERSON Reed
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 12 O we
agree VERB VBP ccomp 8 O agree _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""


def test_a_force_before_a_police_rank() -> None:
    rows = Extractor().rows(frozen(_RANK))
    found = [(r.speaker, r.role, r.organization) for r in rows]
    assert found == [("Tom Reed", "Superintendent", "Wessex Police")]
