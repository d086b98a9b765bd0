"""A run of words in capitals the tagger left untagged that opens on a body's noun, with what the
body is for or of after it (`The Office for Rail Standards said`), is a body's name, as one
ending on a body's noun is (`Wexham District Council`): `Its chief inspector, X,` in the next
sentence works for it. Frozen parse of a sentence written for this file (see tests/frozen.py),
with the body left untagged as the tagger leaves `the Department for Schools`."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Office for Rail Standards said it would review the timetable. Its chief inspector, Moira
# Quist, said: “Passengers deserve better.”
_OFFICE_FOR = """
The DET DT det 1 O the
Office PROPN NNP nsubj 5 O Office
for ADP IN prep 1 O for
Rail PROPN NNP compound 4 O Rail
Standards PROPN NNPS pobj 2 O Standards
said VERB VBD ROOT 5 O say
it PRON PRP nsubj 8 O it
would AUX MD aux 8 O would
review VERB VB ccomp 5 O review
the DET DT det 10 O the
timetable NOUN NN dobj 8 O timetable _
. PUNCT . punct 5 O .
Its PRON PRP$ poss 14 O its
chief ADJ JJ amod 14 O chief
inspector NOUN NN nsubj 19 O inspector _
, PUNCT , punct 14 O ,
Moira PROPN NNP compound 17 B-PERSON Moira
Quist PROPN NNP appos 14 I-PERSON Quist _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
“ PUNCT `` punct 19 O " _
Passengers NOUN NNS nsubj 23 O passenger
deserve VERB VBP ccomp 19 O deserve
better ADV RBR advmod 23 O well _
. PUNCT . punct 19 O . _
” PUNCT '' punct 19 O " _
"""


def test_an_untagged_name_opening_on_a_bodys_noun_is_the_body_its_staff_work_for() -> None:
    rows = Extractor().rows(frozen(_OFFICE_FOR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Moira Quist", "chief inspector", "Office for Rail Standards")
    ]
