"""A body's name joined by `for` before a title (`Consumer Council for Water spokesman Raj Patel`)
is whole, as one joined by `of` is: the role is what follows it. A frozen parse (by the project's
pipeline) of a sentence written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Consumer Council for Water spokesman Raj Patel called the rise "a hammer blow for families
# already struggling".
_FOR = """
Consumer PROPN NNP compound 1 B-ORG Consumer
Council PROPN NNP nmod 6 I-ORG Council
for ADP IN prep 1 I-ORG for
Water PROPN NNP compound 4 I-ORG Water
spokesman NOUN NN pobj 2 O spokesman
Raj PROPN NNP compound 6 B-PERSON Raj
Patel PROPN NNP nsubj 7 I-PERSON Patel
called VERB VBD ROOT 7 O call
the DET DT det 9 O the
rise NOUN NN dobj 7 O rise
" PUNCT `` punct 13 O " _
a DET DT det 13 O a
hammer NOUN NN compound 13 O hammer
blow NOUN NN oprd 7 O blow
for ADP IN prep 13 O for
families NOUN NNS pobj 14 O family
already ADV RB advmod 17 O already
struggling VERB VBG acl 15 O struggle _
" PUNCT '' punct 7 O " _
. PUNCT . punct 7 O . _
"""


def test_a_bodys_name_joined_by_for_before_a_title_is_whole() -> None:
    rows = Extractor().rows(frozen(_FOR))
    expected = [("Raj Patel", "spokesman", "Consumer Council for Water")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
