"""Two or three untagged words in capitals set off by commas after the body a role is `for`, with
the body's own `of` between (`A spokesman for the City of Johannesburg, Nkosi Radebe, said`, the
name hung on the body's last word), are a person's name, as after the body a role is `of` (`The
chairman of Ikorodu Local Government, Wasiu Adesanya,`): the person speaks, with the role and the
body. Frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A spokesman for the City of Johannesburg, Nkosi Radebe, said: “Motorists should be patient.”
_FOR_THE_CITY = """
A DET DT det 1 O a
spokesman NOUN NN nsubj 11 O spokesman
for ADP IN prep 1 O for
the DET DT det 4 B-GPE the
City PROPN NNP pobj 2 I-GPE City
of ADP IN prep 4 I-GPE of
Johannesburg PROPN NNP pobj 5 I-GPE Johannesburg _
, PUNCT , punct 6 O ,
Nkosi PROPN NNP compound 9 O Nkosi
Radebe PROPN NNP appos 6 O Radebe _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
“ PUNCT `` punct 11 O " _
Motorists NOUN NNS nsubj 16 O motorist
should AUX MD aux 16 O should
be AUX VB ccomp 11 O be
patient ADJ JJ acomp 16 O patient _
. PUNCT . punct 11 O . _
” PUNCT '' punct 11 O " _
"""


def test_a_name_set_off_after_the_body_a_role_is_for_is_a_person() -> None:
    rows = Extractor().rows(frozen(_FOR_THE_CITY))
    assert [(r.speaker, r.role) for r in rows] == [("Nkosi Radebe", "spokesman for the City of Johannesburg")]
    assert "Johannesburg" in rows[0].organization
