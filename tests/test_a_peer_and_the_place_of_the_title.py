"""`Lord Smith of Finsbury, the former culture secretary, said`, the tagger making `Smith of
Finsbury` one body: after a peer's rank (`Lord`, `Baroness`: tokens.PEERS_RANKS) the words in
capitals before `of` are the peer's name and the place after it the title's, no body the peer is
of; the role set beside the name is read. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lord Smith of Finsbury, the former culture secretary, said: "It is a sad day." Lord Smith added
# that the museum had "lost its way".
_LORD = """
Lord PROPN NNP compound 1 O Lord
Smith PROPN NNP nsubj 10 B-ORG Smith
of ADP IN prep 1 I-ORG of
Finsbury PROPN NNP pobj 2 I-ORG Finsbury _
, PUNCT , punct 1 O ,
the DET DT det 8 O the
former ADJ JJ amod 8 O former
culture NOUN NN compound 8 O culture
secretary NOUN NN appos 1 O secretary _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
It PRON PRP nsubj 14 O it
is AUX VBZ ccomp 10 O be
a DET DT det 17 B-DATE a
sad ADJ JJ amod 17 I-DATE sad
day NOUN NN attr 14 I-DATE day _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O "
Lord PROPN NNP compound 21 O Lord
Smith PROPN NNP nsubj 22 B-PERSON Smith
added VERB VBD ROOT 22 O add
that SCONJ IN mark 28 O that
the DET DT det 25 O the
museum NOUN NN nsubj 28 O museum
had AUX VBD aux 28 O have
" PUNCT `` punct 28 O " _
lost VERB VBN ccomp 22 O lose
its PRON PRP$ poss 30 O its
way NOUN NN dobj 28 O way _
" PUNCT '' punct 22 O " _
. PUNCT . punct 22 O . _
"""


def test_the_place_of_a_peers_title_is_no_employer() -> None:
    rows = Extractor().rows(frozen(_LORD))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Smith", "former culture secretary", "")
    ] * 2
