"""`The Plaid Cymru leader X said`: words in capitals the tagger calls no body, right before a job
a person named at once holds, name the body they work for also when the sentence opens on `The`
(the article is no word of a longer name). Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Plaid Cymru leader Rhun ap Iorwerth said: "Wales deserves a fair deal."
_LEADER = """
The DET DT det 3 O the
Plaid PROPN NNP compound 2 O Plaid
Cymru PROPN NNP compound 3 O Cymru
leader NOUN NN nsubj 7 O leader
Rhun PROPN NNP nmod 6 B-PERSON Rhun
ap PROPN NNP compound 6 O ap
Iorwerth PROPN NNP appos 3 B-ORG Iorwerth
said VERB VBD ROOT 7 O say _
: PUNCT : punct 7 O :
" PUNCT `` punct 7 O " _
Wales PROPN NNP nsubj 11 O Wales
deserves VERB VBZ ccomp 7 O deserve
a DET DT det 14 O a
fair ADJ JJ amod 14 O fair
deal NOUN NN dobj 11 O deal _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O " _
"""


def test_the_opening_a_sentence_before_a_party_and_its_leader() -> None:
    rows = Extractor().rows(frozen(_LEADER))
    who = [(r.speaker, r.role, r.organization) for r in rows]
    assert who == [("Rhun ap Iorwerth", "leader", "Plaid Cymru")]
