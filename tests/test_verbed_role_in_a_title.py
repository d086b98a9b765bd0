"""A role noun in small letters that the tagger made a verb, before the title's own noun, is
still a word of the title (`Hawks head coach Ruben Tamatea`: *head coach* / *Hawks*). Frozen
parse of a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We were the better side for an hour," Hawks head coach Ruben Tamatea said after the match.
_HAWKS = """
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 2 O we
were AUX VBD ccomp 16 O be
the DET DT det 5 O the
better ADJ JJR amod 5 O well
side NOUN NN attr 2 O side
for ADP IN prep 5 O for
an DET DT det 8 B-TIME an
hour NOUN NN pobj 6 I-TIME hour _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Hawks NOUN NNS nsubj 12 O hawk
head VERB VBP compound 15 O head
coach NOUN NN compound 15 O coach
Ruben PROPN NNP compound 15 B-ORG Ruben
Tamatea PROPN NNP nsubj 16 I-ORG Tamatea
said VERB VBD ROOT 16 O say
after ADP IN prep 16 O after
the DET DT det 19 O the
match NOUN NN pobj 17 O match _
. PUNCT . punct 16 O . _
"""


def test_a_verbed_head_stays_in_the_title_and_the_side_is_the_organisation() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_HAWKS))]
    assert rows == [("Ruben Tamatea", "head coach", "Hawks")]
