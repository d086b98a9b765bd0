"""A job in a body named before it, held now and put before the name, says first who speaks,
before an apposition after the name adds a second description (`Lenton United manager Paolo
Ricci, an Italian coach in his third season with the club,`: *manager*, not *Italian coach …
with the club*); a title with no body of its own (`Colonel`, `Professor`) still gives way to an
apposition that says more. Descriptors built by hand, then a frozen parse of a sentence written
for this file (see tests/frozen.py) through the whole extractor."""

from __future__ import annotations

from quotes.descriptors import Descriptor
from quotes.entities import Entity
from quotes.extractor import Extractor
from tests.frozen import frozen


def _person(*descriptors: Descriptor) -> Entity:
    return Entity("person", mentions=[0, 120], descriptors=list(descriptors))


def test_a_job_in_a_body_before_the_name_beats_an_apposition() -> None:
    manager = _person(
        Descriptor(0, "manager", "Rovers", "title", 0),
        Descriptor(0, "Italian coach with the club", "Rovers", "apposition", 1),
    )
    assert manager.profile() == ("manager", "Rovers")


def test_a_title_with_no_body_gives_way_to_an_apposition() -> None:
    spokesman = _person(
        Descriptor(0, "Colonel", "", "title", 0),
        Descriptor(0, "spokesman for the civil defence", "civil defence", "apposition", 1),
    )
    assert spokesman.profile() == ("spokesman for the civil defence", "civil defence")


def test_a_former_job_in_a_body_gives_way_to_an_apposition() -> None:
    pundit = _person(
        Descriptor(0, "former Rovers manager", "Rovers", "title", 0),
        Descriptor(0, "pundit for the Harbour Gazette", "Harbour Gazette", "apposition", 1),
    )
    assert pundit.profile() == ("pundit for the Harbour Gazette", "Harbour Gazette")


# Lenton United manager Paolo Ricci, an Italian coach in his third season with the club,
# praised the side. "We were patient," Ricci said.
_A_JOB_IN_A_BODY_THEN_AN_APPOSITION = """
Lenton PROPN NNP compound 2 B-ORG Lenton
United PROPN NNP compound 2 I-ORG United
manager NOUN NN compound 4 O manager
Paolo PROPN NNP compound 4 B-PERSON Paolo
Ricci PROPN NNP nsubj 17 I-PERSON Ricci _
, PUNCT , punct 4 O ,
an DET DT det 8 O an
Italian ADJ JJ amod 8 B-NORP italian
coach NOUN NN appos 4 O coach
in ADP IN prep 8 O in
his PRON PRP$ poss 12 B-DATE his
third ADJ JJ amod 12 I-DATE third
season NOUN NN pobj 9 I-DATE season
with ADP IN prep 8 O with
the DET DT det 15 O the
club NOUN NN pobj 13 O club _
, PUNCT , punct 4 O ,
praised VERB VBD ROOT 17 O praise
the DET DT det 19 O the
side NOUN NN dobj 17 O side _
. PUNCT . punct 17 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 23 O we
were AUX VBD ccomp 28 O be
patient ADJ JJ acomp 23 O patient _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
Ricci PROPN NNP nsubj 28 B-ORG Ricci
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_the_job_in_a_body_is_the_role_through_the_extractor() -> None:
    spec = _A_JOB_IN_A_BODY_THEN_AN_APPOSITION
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]
    assert rows == [("Paolo Ricci", "manager", "Lenton United")]
