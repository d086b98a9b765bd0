"""Of the roles given at the first full mention, a title held now and put before the name says
first who speaks, before a second post a relative clause on the name adds (`Health Minister Ann
Cole, who is also the MP for Eastvale,`: *Health Minister*); with no such title, the clause's
post held now still beats one held before (`a former adviser to the mayor who is now a fellow
at X`). Descriptors built by hand, then a frozen parse of a sentence written for this file (see
tests/frozen.py) through the whole extractor."""

from __future__ import annotations

from quotes.descriptors import Descriptor
from quotes.entities import Entity
from quotes.extractor import Extractor
from tests.frozen import frozen


def _person(*descriptors: Descriptor) -> Entity:
    return Entity("person", mentions=[0, 120], descriptors=list(descriptors))


def test_a_title_before_the_name_beats_a_second_post_in_its_clause() -> None:
    minister = _person(
        Descriptor(0, "Health Minister", "", "title"), Descriptor(0, "MP for Eastvale", "", "relative")
    )
    assert minister.profile() == ("Health Minister", "")


def test_a_former_title_leaves_the_clause_its_post_held_now() -> None:
    adviser = _person(
        Descriptor(0, "former Health Minister", "", "title"),
        Descriptor(0, "fellow at the Kestrel Institute", "Kestrel Institute", "relative"),
    )
    assert adviser.profile() == ("fellow at the Kestrel Institute", "Kestrel Institute")


def test_an_apposition_beside_the_clause_is_read_as_before() -> None:
    adviser = _person(
        Descriptor(0, "adviser to the mayor", "", "apposition"),
        Descriptor(0, "fellow at the Kestrel Institute", "Kestrel Institute", "relative"),
    )
    assert adviser.profile() == ("fellow at the Kestrel Institute", "Kestrel Institute")


# Health Minister Ann Cole, who is also the MP for Eastvale, told reporters the plan was "working".
_MINISTER = """
Health PROPN NNP compound 1 O Health
Minister PROPN NNP compound 3 O Minister
Ann PROPN NNP compound 3 B-PERSON Ann
Cole PROPN NNP nsubj 13 I-PERSON Cole _
, PUNCT , punct 3 O ,
who PRON WP nsubj 6 O who
is AUX VBZ relcl 3 O be
also ADV RB advmod 6 O also
the DET DT det 9 O the
MP PROPN NNP attr 6 O MP
for ADP IN prep 9 O for
Eastvale PROPN NNP pobj 10 B-GPE Eastvale _
, PUNCT , punct 3 O ,
told VERB VBD ROOT 13 O tell
reporters NOUN NNS dobj 13 O reporter
the DET DT det 16 O the
plan NOUN NN nsubj 19 O plan
was AUX VBD aux 19 O be
" PUNCT `` punct 19 O " _
working VERB VBG ccomp 13 O work _
" PUNCT '' punct 19 O " _
. PUNCT . punct 13 O . _
"""


def test_the_title_before_the_name_is_the_role_through_the_extractor() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_MINISTER))]
    assert rows == [("Ann Cole", "Health Minister")]
