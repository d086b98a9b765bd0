"""`Barangay Captain Lito Agustin said`, `Barangay` (a Philippine village) tagged a body alone: a
place's own noun in capitals before a title is the title of whoever heads one, a role with no
body named (it gave *Captain* / *Barangay*), as a tier of government alone is
(tests/test_a_tier_of_government_alone.py). Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# In Cagayan, Barangay Captain Lito Agustin said his village had been cut off.
# "We have no food left," he said.
_BARANGAY = """
In ADP IN prep 7 O in
Cagayan PROPN NNP pobj 0 B-NORP Cagayan _
, PUNCT , punct 7 O ,
Barangay PROPN NNP compound 4 B-ORG Barangay
Captain PROPN NNP compound 6 O Captain
Lito PROPN NNP compound 6 B-PERSON Lito
Agustin PROPN NNP nsubj 7 I-PERSON Agustin
said VERB VBD ROOT 7 O say
his PRON PRP$ poss 9 O his
village NOUN NN nsubjpass 12 O village
had AUX VBD aux 12 O have
been AUX VBN auxpass 12 O be
cut VERB VBN ccomp 7 O cut
off ADP RP prt 12 O off _
. PUNCT . punct 7 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 17 O we
have VERB VBP ccomp 24 O have
no DET DT det 19 O no
food NOUN NN dobj 17 O food
left VERB VBN acl 19 O leave _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
he PRON PRP nsubj 24 O he
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_places_noun_alone_before_a_title_stays_in_the_role() -> None:
    rows = Extractor().rows(frozen(_BARANGAY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Lito Agustin", "Barangay Captain", "")]
