"""Two or three words in capitals after an inverted cue and before `of` and a tagged body, with
no body's noun among them, are a person's name though the tagger made them a body of their own
(`said Ravindra Kelkari of Deccan Mutual Bank`: the bank is their organisation, not the name).
Frozen parse of a sentence written for this file (see tests/frozen.py; the name tagged a body
by hand, as the tagger tags such names), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Rates will stay put until the spring," said Ravindra Kelkari of Deccan Mutual Bank.
_KELKARI = """
" PUNCT `` punct 10 O " _
Rates NOUN NNS nsubj 3 O rate
will AUX MD aux 3 O will
stay VERB VB ccomp 10 O stay
put VERB VBN xcomp 3 O put
until ADP IN prep 4 O until
the DET DT det 7 B-DATE the
spring NOUN NN pobj 5 I-DATE spring _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Ravindra PROPN NNP compound 12 B-ORG Ravindra
Kelkari PROPN NNP nsubj 10 I-ORG Kelkari
of ADP IN prep 12 O of
Deccan PROPN NNP compound 16 B-ORG Deccan
Mutual PROPN NNP compound 16 I-ORG Mutual
Bank PROPN NNP pobj 13 I-ORG Bank _
. PUNCT . punct 10 O . _
"""


def test_a_name_tagged_a_body_before_of_and_a_body_is_a_person() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_KELKARI))]
    assert rows == [("Ravindra Kelkari", "", "Deccan Mutual Bank")]
