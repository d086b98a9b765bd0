"""A body's noun that a country has (a ministry, a government, an army), with a people's adjective
and a field in small letters before it, names that body in those words when the article names it
no other way (`a spokesman for the Egyptian foreign ministry`: *Egyptian foreign ministry*, as
`for Kenya's health ministry` gives *Kenya's health ministry*); a business's noun does not (`for
the Egyptian carmaker` names no body by itself). Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# “We are cautiously optimistic,” said a spokesman for the Egyptian foreign ministry.
_MINISTRY = """
“ PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 7 O be
cautiously ADV RB advmod 4 O cautiously
optimistic ADJ JJ acomp 2 O optimistic _
, PUNCT , punct 7 O , _
” PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
a DET DT det 9 O a
spokesman NOUN NN nsubj 7 O spokesman
for ADP IN prep 9 O for
the DET DT det 14 O the
Egyptian ADJ JJ amod 14 B-NORP egyptian
foreign ADJ JJ amod 14 O foreign
ministry NOUN NN pobj 10 O ministry _
. PUNCT . punct 7 O . _
"""


# “We are cautiously optimistic,” said a spokesman for the Egyptian carmaker.
_CARMAKER = """
“ PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 7 O be
cautiously ADV RB advmod 4 O cautiously
optimistic ADJ JJ acomp 2 O optimistic _
, PUNCT , punct 7 O , _
” PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
a DET DT det 9 O a
spokesman NOUN NN nsubj 7 O spokesman
for ADP IN prep 9 O for
the DET DT det 13 O the
Egyptian ADJ JJ amod 13 B-NORP egyptian
carmaker NOUN NN pobj 10 O carmaker _
. PUNCT . punct 7 O . _
"""


def test_a_peoples_ministry_after_for_is_the_body() -> None:
    assert who(_MINISTRY) == [
        ("a spokesman", "spokesman for the Egyptian foreign ministry", "Egyptian foreign ministry")
    ]


def test_a_peoples_business_noun_names_no_body() -> None:
    assert [org for _, _, org in who(_CARMAKER)] == [""]
