"""A body's name the tagger tags up to a word that can name a job (`Tasman Coast Guard`: guard)
before the job in small letters is the body, and the job the role; a short form in capitals
before a job is a body though the tagger makes it a person's name, as it does the short forms it
does not know. Frozen parses of sentences written for this file (see tests/frozen.py; the second
with the short form tagged as the tagger tagged it in a longer story), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Tasman Coast Guard spokesman Rhys Bowen said the search had ended. "The sea was too rough,"
# Bowen said.
_COAST_GUARD = """
Tasman PROPN NNP compound 2 B-ORG Tasman
Coast PROPN NNP compound 2 I-ORG Coast
Guard PROPN NNP compound 3 I-ORG Guard
spokesman NOUN NN compound 5 O spokesman
Rhys PROPN NNP compound 5 B-PERSON Rhys
Bowen PROPN NNP nsubj 6 I-PERSON Bowen
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
search NOUN NN nsubj 10 O search
had AUX VBD aux 10 O have
ended VERB VBN ccomp 6 O end _
. PUNCT . punct 6 O .
" PUNCT `` punct 21 O " _
The DET DT det 14 O the
sea NOUN NN nsubj 15 O sea
was AUX VBD ccomp 21 O be
too ADV RB advmod 17 O too
rough ADJ JJ acomp 15 O rough _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Bowen PROPN NNP nsubj 21 B-PERSON Bowen
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# Floods cut the road. NDWRB spokesperson Lindiwe Dube said the dam was safe. "The wall is
# holding," Dube said.
_SHORT_FORM = """
Floods NOUN NNS nsubj 1 O flood
cut VERB VBD ROOT 1 O cut
the DET DT det 3 O the
road NOUN NN dobj 1 O road _
. PUNCT . punct 1 O .
NDWRB NOUN NN compound 6 B-PERSON NDWRB
spokesperson NOUN NN compound 8 O spokesperson
Lindiwe PROPN NNP compound 8 B-PERSON Lindiwe
Dube PROPN NNP nsubj 9 I-PERSON Dube
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
dam NOUN NN nsubj 12 O dam
was AUX VBD ccomp 9 O be
safe ADJ JJ acomp 12 O safe _
. PUNCT . punct 9 O .
" PUNCT `` punct 23 O " _
The DET DT det 17 O the
wall NOUN NN nsubj 19 O wall
is AUX VBZ aux 19 O be
holding VERB VBG ccomp 23 O hold _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Dube PROPN NNP nsubj 23 B-PERSON Dube
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_body_ending_in_a_word_for_a_job_before_the_job() -> None:
    assert who(_COAST_GUARD) == [("Rhys Bowen", "spokesman", "Tasman Coast Guard")]


def test_a_short_form_tagged_a_person_before_a_job_is_the_body() -> None:
    assert who(_SHORT_FORM) == [("Lindiwe Dube", "spokesperson", "NDWRB")]
