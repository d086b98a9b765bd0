"""`"…," a spokesman for the Provincial Disaster Management Authority (PDMA) Punjab told Dawn`:
the place after a body's short form in brackets, which South Asian news writes for a body's
provincial arm and the parser hangs on the job as its apposition, names nobody; the spokesman
is someone unnamed at that body, not a person named there nor the body met first in the story.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Pakistan Meteorological Department (PMD) has forecast more rain in Punjab this week.
# "People living near the rivers should remain alert," a spokesman for the Provincial Disaster
# Management Authority (PDMA) Punjab told Dawn.
_RIVERS = """
The DET DT det 3 B-ORG the
Pakistan PROPN NNP compound 3 I-ORG Pakistan
Meteorological PROPN NNP compound 3 I-ORG Meteorological
Department PROPN NNP nsubj 8 I-ORG Department
( PUNCT -LRB- punct 5 O ( _
PMD PROPN NNP appos 3 O PMD _
) PUNCT -RRB- punct 3 O )
has AUX VBZ aux 8 O have
forecast VERB VBN ROOT 8 O forecast
more ADJ JJR amod 10 O more
rain NOUN NN dobj 8 O rain
in ADP IN prep 8 O in
Punjab PROPN NNP pobj 11 B-NORP Punjab
this DET DT det 14 B-DATE this
week NOUN NN npadvmod 8 I-DATE week _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 24 O " _
People NOUN NNS nsubj 24 O People
living VERB VBG acl 18 O live
near ADP IN prep 19 O near
the DET DT det 22 O the
rivers NOUN NNS pobj 20 O river
should AUX MD aux 24 O should
remain VERB VB ccomp 40 O remain
alert ADJ JJ acomp 24 O alert _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
a DET DT det 29 O a
spokesman NOUN NN nsubj 40 O spokesman
for ADP IN prep 29 O for
the DET DT det 35 B-ORG the
Provincial PROPN NNP compound 33 I-ORG Provincial
Disaster PROPN NNP compound 35 I-ORG Disaster
Management PROPN NNP compound 35 I-ORG Management
Authority PROPN NNP pobj 30 I-ORG Authority
( PUNCT -LRB- punct 35 O ( _
PDMA PROPN NNP appos 35 O PDMA _
) PUNCT -RRB- punct 35 O )
Punjab PROPN NNP appos 29 O Punjab
told VERB VBD ROOT 40 O tell
Dawn PROPN NNP dobj 40 B-PERSON Dawn _
. PUNCT . punct 40 O . _
"""


def test_the_spokesman_is_of_the_body_before_the_short_form() -> None:
    rows = Extractor().rows(frozen(_RIVERS))
    assert [(r.role, r.organization) for r in rows] == [
        (
            "spokesman for the Provincial Disaster Management Authority",
            "Provincial Disaster Management Authority",
        )
    ]
