"""`Protector` heads a role, the office of South Africa's Public Protector (an ombudsman): `The
Public Protector, Nomvula Dlamini-Khoza, found …` gives her that role. Frozen parse of a sentence
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Public Protector, Nomvula Dlamini-Khoza, found that the hospital had failed its patients.
# "This amounts to maladministration," she said.
_PROTECTOR = """
The DET DT det 2 O the
Public PROPN NNP compound 2 O Public
Protector PROPN NNP nsubj 9 O Protector _
, PUNCT , punct 2 O ,
Nomvula PROPN NNP compound 7 B-PERSON Nomvula
Dlamini PROPN NNP compound 7 I-PERSON Dlamini _
- PUNCT HYPH punct 7 I-PERSON - _
Khoza PROPN NNP appos 2 I-PERSON Khoza _
, PUNCT , punct 2 O ,
found VERB VBD ROOT 9 O find
that SCONJ IN mark 14 O that
the DET DT det 12 O the
hospital NOUN NN nsubj 14 O hospital
had AUX VBD aux 14 O have
failed VERB VBN ccomp 9 O fail
its PRON PRP$ poss 16 O its
patients NOUN NNS dobj 14 O patient _
. PUNCT . punct 9 O .
" PUNCT `` punct 26 O " _
This PRON DT nsubj 20 O this
amounts VERB VBZ ccomp 26 O amount
to ADP IN prep 20 O to
maladministration NOUN NN pobj 21 O maladministration _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
she PRON PRP nsubj 26 O she
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


def test_the_public_protector_is_a_role() -> None:
    rows = Extractor().rows(frozen(_PROTECTOR))
    assert [(r.speaker, r.role) for r in rows] == [("Nomvula Dlamini-Khoza", "Public Protector")]
