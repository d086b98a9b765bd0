"""`Its` opening a sentence is the body the sentence before is about, its subject, also when
the tagger tagged only the short form in brackets beside it (`Water Inspectorate Scotland (WIS)
said …`), not the body last named inside that sentence. Frozen parse of sentences written for
this file (see tests/frozen.py; the heads inside the subject's name set by hand, as the
parser read such a name in a story), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Water Inspectorate Scotland (WIS) said staff at Harbour General Hospital were stretched.
#
# Its chief executive, Ana Ruiz, said: "We saw patients wait for days."
_WIS = """
Water PROPN NNP compound 2 O Water
Inspectorate PROPN NNP compound 2 O Inspectorate
Scotland PROPN NNP nsubj 6 O Scotland
( PUNCT -LRB- punct 2 O ( _
WIS PROPN NNP appos 2 B-ORG WIS _
) PUNCT -RRB- punct 2 O )
said VERB VBD ROOT 6 O say
staff NOUN NN nsubjpass 13 O staff
at ADP IN prep 7 O at
Harbour PROPN NNP compound 11 B-ORG Harbour
General PROPN NNP compound 11 I-ORG General
Hospital PROPN NNP pobj 8 I-ORG Hospital
were AUX VBD auxpass 13 O be
stretched VERB VBN ccomp 6 O stretch _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
Its PRON PRP$ poss 18 O its
chief ADJ JJ amod 18 O chief
executive NOUN NN nsubj 23 O executive _
, PUNCT , punct 18 O ,
Ana PROPN NNP compound 21 O Ana
Ruiz PROPN NNP appos 18 O Ruiz _
, PUNCT , punct 18 O ,
said VERB VBD ROOT 23 O say _
: PUNCT : punct 23 O :
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 27 O we
saw VERB VBD ccomp 23 O see
patients NOUN NNS nsubj 29 O patient
wait VERB VB ccomp 27 O wait
for ADP IN prep 29 O for
days NOUN NNS pobj 30 B-DATE day _
. PUNCT . punct 23 O . _
" PUNCT '' punct 23 O " _

"""


def test_its_is_the_subject_whose_short_form_alone_is_tagged() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_WIS))]
    assert rows == [("Ana Ruiz", "chief executive", "Water Inspectorate Scotland")]
