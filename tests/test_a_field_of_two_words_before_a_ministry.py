"""`X, India's external affairs ministry spokesman`: a word in small letters qualifying a field of
government in the plural right after it (`external affairs`, `public works`) is one field with
it, so the ministry is *India's external affairs ministry*, not *India's affairs ministry*. A
frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We have enough vaccines for our neighbours," said Anurag Sen, India's external affairs
# ministry spokesman.
_EXTERNAL = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 2 O we
have VERB VBP ccomp 10 O have
enough ADJ JJ amod 4 O enough
vaccines NOUN NNS dobj 2 O vaccine
for ADP IN prep 4 O for
our PRON PRP$ poss 7 O our
neighbours NOUN NNS pobj 5 O neighbour _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Anurag PROPN NNP compound 12 B-PERSON Anurag
Sen PROPN NNP nsubj 10 I-PERSON Sen _
, PUNCT , punct 12 O ,
India PROPN NNP poss 19 B-GPE India _
's PART POS case 14 O 's
external ADJ JJ amod 17 O external
affairs PROPN NNPS compound 18 O affairs
ministry PROPN NNP compound 19 O ministry
spokesman NOUN NN appos 12 O spokesman _
. PUNCT . punct 10 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_field_of_two_words_names_the_ministry() -> None:
    assert _rows(_EXTERNAL) == [("Anurag Sen", "spokesman", "India's external affairs ministry")]
