"""A document written `for` one body `by` another is the writer's (ROLES.md 3: the issuing body), and
an untagged name that `the` and a body's noun in small letters put before it names that body (`a
report for Greenpeace … by the environmental nonprofit T3G`: *T3G*, not *Greenpeace*). Frozen
parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# # Commuters are angry. “Fares will double by 2030,” noted a report for Greenpeace on Norway’s rail
# policies by the environmental nonprofit T3G. It “hurts the poorest.”
_A_REPORT_FOR_ONE_BY_ANOTHER = """
Commuters NOUN NNS nsubj 1 B-ORG commuter
are AUX VBP ROOT 1 O be
angry ADJ JJ acomp 1 O angry _
. PUNCT . punct 1 O .
“ PUNCT `` punct 7 O " _
Fares NOUN NNS nsubj 7 O fare
will AUX MD aux 7 O will
double VERB VB ccomp 12 O double
by ADP IN prep 7 O by
2030 NUM CD pobj 8 B-DATE 2030 _
, PUNCT , punct 12 O , _
” PUNCT '' punct 12 O "
noted VERB VBD ROOT 12 O note
a DET DT det 14 O a
report NOUN NN nsubj 12 O report
for ADP IN prep 14 O for
Greenpeace PROPN NNP pobj 15 B-ORG Greenpeace
on ADP IN prep 16 O on
Norway PROPN NNP poss 21 B-GPE Norway _
’s PART POS case 18 O ’s
rail NOUN NN compound 21 O rail
policies NOUN NNS pobj 17 O policy
by ADP IN prep 14 O by
the DET DT det 26 O the
environmental ADJ JJ amod 26 O environmental
nonprofit ADJ JJ amod 26 O nonprofit
T3G. PROPN NNP pobj 22 O T3G.
It PRON PRP nsubj 29 O it
“ PUNCT `` punct 29 O " _
hurts VERB VBZ ccomp 12 O hurt
the DET DT det 31 O the
poorest ADJ JJS dobj 29 O poor _
. PUNCT . punct 12 O . _
” PUNCT '' punct 12 O " _
"""


def test_a_report_by_an_untagged_nonprofit_is_the_nonprofits() -> None:
    rows = Extractor().rows(frozen(_A_REPORT_FOR_ONE_BY_ANOTHER))
    assert [r.organization for r in rows] == ["T3G", "T3G"]
