"""A secretary-general heads the body named before the title (`Nato Secretary-General Pekka Lind`:
*Secretary-General* / *Nato*); the words before it are no portfolio, as they are before a
minister's secretary (`Defense Secretary`). A frozen parse (by the project's pipeline) of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Nato Secretary-General Pekka Lind said the ban would hurt allies. "We were not consulted," he
# said.
_GENERAL = """
Nato PROPN NNP compound 5 B-ORG Nato
Secretary PROPN NNP compound 3 O Secretary _
- PUNCT HYPH punct 3 O - _
General PROPN NNP compound 5 O General
Pekka PROPN NNP compound 5 B-PERSON Pekka
Lind PROPN NNP nsubj 6 I-PERSON Lind
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
ban NOUN NN nsubj 10 O ban
would AUX MD aux 10 O would
hurt VERB VB ccomp 6 O hurt
allies NOUN NNS dobj 10 O ally _
. PUNCT . punct 6 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubjpass 17 O we
were AUX VBD auxpass 17 O be
not PART RB neg 17 O not
consulted VERB VBN ccomp 21 O consult _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_secretary_general_heads_the_body_before_the_title() -> None:
    rows = Extractor().rows(frozen(_GENERAL))
    expected = [("Pekka Lind", "Secretary-General", "Nato")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
