"""Kenyan news calls a Cabinet Secretary (a minister) `CS`: a job, not a body, set beside a name
(`Mr X, the CS for Health,`) or standing for its holder (`the CS said`). A frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Nurses protested on Monday.
#
# Mr Geoffrey Mwangi Kamau, the CS for Health, said the new hospital would open in June.
#
# "The equipment has arrived," the CS said.
_CS = """
Nurses NOUN NNS nsubj 1 O nurse
protested VERB VBD ROOT 1 O protest
on ADP IN prep 1 O on
Monday PROPN NNP pobj 2 B-DATE Monday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Mr PROPN NNP compound 9 O Mr
Geoffrey PROPN NNP compound 9 B-PERSON Geoffrey
Mwangi PROPN NNP compound 9 I-PERSON Mwangi
Kamau PROPN NNP nsubj 16 I-PERSON Kamau _
, PUNCT , punct 9 O ,
the DET DT det 12 B-ORG the
CS PROPN NNP appos 9 I-ORG CS
for ADP IN prep 12 I-ORG for
Health PROPN NNP pobj 13 I-ORG Health _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 16 O say
the DET DT det 19 O the
new ADJ JJ amod 19 O new
hospital NOUN NN nsubj 21 O hospital
would AUX MD aux 21 O would
open VERB VB ccomp 16 O open
in ADP IN prep 21 O in
June PROPN NNP pobj 22 B-DATE June _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
" PUNCT `` punct 35 O " _
The DET DT det 28 O the
equipment NOUN NN nsubj 30 O equipment
has AUX VBZ aux 30 O have
arrived VERB VBN ccomp 35 O arrive _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
the DET DT det 34 O the
CS PROPN NNP nsubj 35 B-ORG CS
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _

"""


def test_the_cs_is_a_job() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_CS))]
    assert rows == [("Geoffrey Mwangi Kamau", "CS for Health", "")]
