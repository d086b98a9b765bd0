"""A short form, then a country the lists know, right before a job is the body's branch or national
body, though the tagger left the country untagged and no more of the title follows (`NHS England
spokesperson X`: *spokesperson* / *NHS England*, not *England spokesperson* / *NHS*), or tagged
the short form and the country one place (`An NHS England spokesperson`). Frozen parse
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Waiting times grew again. NHS England spokesperson Tom Hale said winter funding had been released
# early. "Trusts have the money they need," he said.
_BRANCH = """
Waiting NOUN NN compound 1 O waiting
times NOUN NNS nsubj 2 O time
grew VERB VBD ROOT 2 O grow
again ADV RB advmod 2 O again _
. PUNCT . punct 2 O .
NHS PROPN NNP compound 6 O NHS
England PROPN NNP compound 7 O England
spokesperson NOUN NN compound 9 O spokesperson
Tom PROPN NNP compound 9 B-PERSON Tom
Hale PROPN NNP nsubj 10 I-PERSON Hale
said VERB VBD ROOT 10 O say
winter NOUN NN compound 12 B-DATE winter
funding NOUN NN nsubjpass 15 O funding
had AUX VBD aux 15 O have
been AUX VBN auxpass 15 O be
released VERB VBN ccomp 10 O release
early ADV RB advmod 15 O early _
. PUNCT . punct 10 O .
" PUNCT `` punct 28 O " _
Trusts NOUN NNS nsubj 20 O trust
have VERB VBP ccomp 28 O have
the DET DT det 22 O the
money NOUN NN dobj 20 O money
they PRON PRP nsubj 24 O they
need VERB VBP relcl 22 O need _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
he PRON PRP nsubj 28 O he
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# Waiting times grew again. An NHS England spokesperson said winter funding had been released
# early. "Trusts have the money they need," the spokesperson said.
_TAGGED_ONE_PLACE = """
Waiting NOUN NN compound 1 O waiting
times NOUN NNS nsubj 2 O time
grew VERB VBD ROOT 2 O grow
again ADV RB advmod 2 O again _
. PUNCT . punct 2 O .
An DET DT det 8 O an
NHS PROPN NNP compound 7 B-LOC NHS
England PROPN NNP compound 8 I-LOC England
spokesperson NOUN NN nsubj 9 O spokesperson
said VERB VBD ROOT 9 O say
winter NOUN NN compound 11 B-DATE winter
funding NOUN NN nsubjpass 14 O funding
had AUX VBD aux 14 O have
been AUX VBN auxpass 14 O be
released VERB VBN ccomp 9 O release
early ADV RB advmod 14 O early _
. PUNCT . punct 9 O .
" PUNCT `` punct 28 O " _
Trusts NOUN NNS nsubj 19 O trust
have VERB VBP ccomp 28 O have
the DET DT det 21 O the
money NOUN NN dobj 19 O money
they PRON PRP nsubj 23 O they
need VERB VBP relcl 21 O need _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
the DET DT det 27 O the
spokesperson NOUN NN nsubj 28 O spokesperson
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _

"""


def test_a_short_form_and_an_untagged_country_before_a_job() -> None:
    assert who(_BRANCH) == [("Tom Hale", "spokesperson", "NHS England")]


def test_a_short_form_the_tagger_ran_into_a_place_before_a_job() -> None:
    assert who(_TAGGED_ONE_PLACE) == [("An NHS England spokesperson", "spokesperson", "NHS England")]
