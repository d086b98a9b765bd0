"""A body's name joined by `and` runs on over a word in capitals the tagger puts in the name
but the parser reads as an adjective (`of the Homicide and Major Enquiry Team`: `Major`), to
the body's noun that ends it. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Detective Chief Inspector Nadia Karim, of the Homicide and Major Enquiry Team, said: "This was a
# shocking attack."
_TEAM = """
Detective PROPN NNP compound 2 O Detective
Chief PROPN NNP compound 2 O Chief
Inspector PROPN NNP compound 4 O Inspector
Nadia PROPN NNP compound 4 B-PERSON Nadia
Karim PROPN NNP nsubj 14 I-PERSON Karim _
, PUNCT , punct 4 O ,
of ADP IN prep 4 O of
the DET DT det 8 O the
Homicide PROPN NNP pobj 6 B-ORG Homicide
and CCONJ CC cc 8 O and
Major ADJ JJ compound 12 B-ORG major
Enquiry PROPN NNP compound 12 I-ORG Enquiry
Team PROPN NNP conj 8 I-ORG Team _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
This PRON DT nsubj 18 O this
was AUX VBD ccomp 14 O be
a DET DT det 21 O a
shocking ADJ JJ amod 21 O shocking
attack NOUN NN attr 18 O attack _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


def test_a_body_joined_by_and_runs_on_over_an_adjective_in_its_name() -> None:
    rows = Extractor().rows(frozen(_TEAM))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Nadia Karim", "Detective Chief Inspector", "Homicide and Major Enquiry Team")
    ]
