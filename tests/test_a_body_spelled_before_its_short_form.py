"""`Department of Roads and Bridges (DRB) Secretary Maria Santos said`: the words in capitals
before a short form in brackets whose initials it spells are one body's name, wherever the
tagger cut it (at `and`, or with a word of it tagged a person), the body of the job after the
brackets; and the name so spelled counts as one word of the title however long it is (`National
Agency for Food and Drug Administration and Control (NAFDAC) director-general`). Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Department of Roads and Bridges (DRB) Secretary Maria Santos said the contractors had been paid
# in full. "We have filed charges against all of them," Santos said.
_ROADS = """
Department PROPN NNP nmod 10 B-ORG Department
of ADP IN prep 0 I-ORG of
Roads PROPN NNPS pobj 1 I-ORG Roads
and CCONJ CC cc 2 O and
Bridges PROPN NNPS conj 2 B-PERSON Bridges
( PUNCT -LRB- punct 10 O ( _
DRB PROPN NNP nmod 10 B-ORG DRB _
) PUNCT -RRB- punct 6 O )
Secretary PROPN NNP compound 10 O Secretary
Maria PROPN NNP compound 10 B-PERSON Maria
Santos PROPN NNP nsubj 11 I-PERSON Santos
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
contractors NOUN NNS nsubjpass 16 O contractor
had AUX VBD aux 16 O have
been AUX VBN auxpass 16 O be
paid VERB VBN ccomp 11 O pay
in ADP IN prep 16 O in
full ADJ JJ amod 17 O full _
. PUNCT . punct 11 O .
" PUNCT `` punct 32 O " _
We PRON PRP nsubj 23 O we
have AUX VBP aux 23 O have
filed VERB VBN ccomp 32 O file
charges NOUN NNS dobj 23 O charge
against ADP IN prep 24 O against
all PRON DT pobj 25 O all
of ADP IN prep 26 O of
them PRON PRP pobj 27 O they _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
Santos PROPN NNP nsubj 32 B-PERSON Santos
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

# National Agency for Food and Drug Administration and Control (NAFDAC) director-general Ngozi
# Bello said the syrups were fake. "Parents must not buy them," Bello said.
_AGENCY = """
National PROPN NNP compound 1 B-ORG National
Agency PROPN NNP nmod 16 I-ORG Agency
for ADP IN prep 1 I-ORG for
Food PROPN NNP nmod 6 I-ORG Food
and CCONJ CC cc 3 I-ORG and
Drug PROPN NNP conj 3 I-ORG Drug
Administration PROPN NNP pobj 2 I-ORG Administration
and CCONJ CC cc 6 O and
Control PROPN NNP conj 6 B-ORG Control
( PUNCT -LRB- punct 6 I-ORG ( _
NAFDAC PROPN NNP appos 6 I-ORG NAFDAC _
) PUNCT -RRB- punct 10 O )
director NOUN NN compound 14 O director _
- PUNCT HYPH punct 14 O - _
general ADJ JJ compound 16 O general
Ngozi PROPN NNP compound 16 B-PERSON Ngozi
Bello PROPN NNP nsubj 17 I-PERSON Bello
said VERB VBD ROOT 17 O say
the DET DT det 19 O the
syrups NOUN NNS nsubj 20 O syrup
were AUX VBD ccomp 17 O be
fake ADJ JJ acomp 20 O fake _
. PUNCT . punct 17 O .
" PUNCT `` punct 32 O " _
Parents NOUN NNS nsubj 27 O parent
must AUX MD aux 27 O must
not PART RB neg 27 O not
buy VERB VB ccomp 32 O buy
them PRON PRP dobj 27 O they _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
Bello PROPN NNP nsubj 32 B-PERSON Bello
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""


def _row(spec: str) -> tuple[str, str, str]:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker, row.role, row.organization


def test_a_department_cut_at_and_before_its_short_form() -> None:
    assert _row(_ROADS) == ("Maria Santos", "Secretary", "Department of Roads and Bridges")


def test_a_long_agency_name_before_its_short_form() -> None:
    body = "National Agency for Food and Drug Administration and Control"
    assert _row(_AGENCY) == ("Ngozi Bello", "director-general", body)
