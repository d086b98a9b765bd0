"""`the` and a body's kind in small letters or capitals before its name, tagged whole (`of the
NGO Ziwa Hai`), say what the body is and are no part of its name: *Ziwa Hai*; a name's own word
in capitals stays (`the Group Against Hunger`). Frozen parse of a sentence written for this file
(see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Residents of Kisumu protested on Monday against a plan to fill in wetland near the lake. "The birds
# will have nowhere to go," said conservationist Akinyi Odhiambo of the NGO Ziwa Hai.
_NGO = """
Residents NOUN NNS nsubj 3 O resident
of ADP IN prep 0 O of
Kisumu PROPN NNP pobj 1 O Kisumu
protested VERB VBD ROOT 3 O protest
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday
against ADP IN prep 3 O against
a DET DT det 8 O a
plan NOUN NN pobj 6 O plan
to PART TO aux 10 O to
fill VERB VB acl 8 O fill
in ADP RP prt 10 O in
wetland NOUN NN dobj 10 O wetland
near ADP IN prep 10 O near
the DET DT det 15 O the
lake NOUN NN pobj 13 O lake _
. PUNCT . punct 3 O .
" PUNCT `` punct 27 O " _
The DET DT det 19 O the
birds NOUN NNS nsubj 21 O bird
will AUX MD aux 21 O will
have VERB VB ccomp 27 O have
nowhere ADV RB advmod 21 O nowhere
to PART TO aux 24 O to
go VERB VB xcomp 22 O go _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
said VERB VBD ROOT 27 O say
conservationist NOUN NN compound 30 O conservationist
Akinyi PROPN NNP compound 30 B-PERSON Akinyi
Odhiambo PROPN NNP nsubj 27 I-PERSON Odhiambo
of ADP IN prep 30 O of
the DET DT det 35 B-ORG the
NGO PROPN NNP compound 35 I-ORG NGO
Ziwa PROPN NNP compound 35 I-ORG Ziwa
Hai PROPN NNP pobj 31 I-ORG Hai _
. PUNCT . punct 27 O . _
"""


def test_a_bodys_kind_before_its_name_is_no_part_of_it() -> None:
    rows = Extractor().rows(frozen(_NGO))
    assert [(r.speaker, r.organization) for r in rows] == [("Akinyi Odhiambo", "Ziwa Hai")]
