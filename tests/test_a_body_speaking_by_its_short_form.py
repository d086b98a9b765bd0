"""A body that speaks by its short form (`ODPRM said`), where the tagger cut its name before the
bracket that gives the short form, is named in the speaker column as the organisation column
names it: the name the short form spells out (ROLES.md 2, an organisation by its fullest name),
not *ODPRM*. Frozen parse of sentences written for this file (see tests/frozen.py), through the
whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# 6:05 pm / The Office of Disaster Preparedness and Relief Management (ODPRM) has moved to its highest
# level of activation. / "All 14 parish committees are activated," ODPRM said in a bulletin.
_ODPRM = """
6:05 NUM CD nummod 1 B-TIME 6:05
pm NOUN NN ROOT 1 I-TIME pm _
<paragraph> SPACE _SP dep 1 O <paragraph> _
The DET DT det 4 B-ORG the
Office PROPN NNP nsubj 15 I-ORG Office
of ADP IN prep 4 I-ORG of
Disaster PROPN NNP compound 7 I-ORG Disaster
Preparedness PROPN NNP pobj 5 O Preparedness
and CCONJ CC cc 7 O and
Relief PROPN NNP compound 10 O Relief
Management PROPN NNP conj 7 O Management
( PUNCT -LRB- punct 4 O ( _
ODPRM PROPN NNP appos 4 B-ORG ODPRM _
) PUNCT -RRB- punct 4 O )
has AUX VBZ aux 15 O have
moved VERB VBN ROOT 15 O move
to ADP IN prep 15 O to
its PRON PRP$ poss 19 O its
highest ADJ JJS amod 19 O high
level NOUN NN pobj 16 O level
of ADP IN prep 19 O of
activation NOUN NN pobj 20 O activation _
. PUNCT . punct 15 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
" PUNCT `` punct 34 O " _
All DET DT det 28 O all
14 NUM CD nummod 28 B-CARDINAL 14
parish PROPN NNP compound 28 O parish
committees NOUN NNS nsubjpass 30 O committee
are AUX VBP auxpass 30 O be
activated VERB VBN ccomp 34 O activate _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
ODPRM PROPN NNP nsubj 34 B-ORG ODPRM
said VERB VBD ROOT 34 O say
in ADP IN prep 34 O in
a DET DT det 37 O a
bulletin NOUN NN pobj 35 O bulletin _
. PUNCT . punct 34 O . _
"""


def test_a_body_speaking_by_its_short_form_is_named_in_full() -> None:
    rows = Extractor().rows(frozen(_ODPRM))
    full = "Office of Disaster Preparedness and Relief Management"
    assert [(r.speaker, r.organization) for r in rows] == [(full, full)]
