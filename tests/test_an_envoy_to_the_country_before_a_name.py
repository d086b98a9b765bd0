"""`Ambassador to the United States Ann Cole said`, `said Ambassador to the Philippines Ann
Cole`: an envoy's job in capitals, `to the` country they are sent to (tagged a place), then a
name, is one title held by the one named; the role is the whole title (it was empty, the title
ending in the place and not in a role noun), and the country is no body, so no organisation.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Ambassador to the United States Ann Cole said: "We have made progress."
_STATES = """
Ambassador PROPN NNP nsubj 7 O Ambassador
to ADP IN prep 0 O to
the DET DT det 6 B-GPE the
United PROPN NNP compound 4 I-GPE United
States PROPN NNP compound 6 I-GPE States
Ann PROPN NNP compound 6 B-PERSON Ann
Cole PROPN NNP pobj 1 I-PERSON Cole
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 12 O we
have AUX VBP aux 12 O have
made VERB VBN ccomp 7 O make
progress NOUN NN dobj 12 O progress _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


# "The talks went well," said Ambassador to the Philippines Ann Cole.
_PHILIPPINES = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
talks NOUN NNS nsubj 3 O talk
went VERB VBD ccomp 7 O go
well ADV RB advmod 3 O well _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Ambassador PROPN NNP nsubj 7 O Ambassador
to ADP IN prep 8 O to
the DET DT det 13 O the
Philippines PROPN NNP compound 13 B-GPE Philippines
Ann PROPN NNP compound 13 O Ann
Cole PROPN NNP pobj 9 O Cole _
. PUNCT . punct 7 O . _
"""


def test_an_envoy_to_the_country_before_a_name_is_the_title() -> None:
    assert who(_STATES) == [("Ann Cole", "Ambassador to the United States", "")]


def test_an_envoy_to_the_country_after_said_is_the_title() -> None:
    assert who(_PHILIPPINES) == [("Ann Cole", "Ambassador to the Philippines", "")]
