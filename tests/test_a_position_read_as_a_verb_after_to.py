"""`The Sharks scored three tries, two of them to winger X`: a position on a team (models/
sports_positions.txt) in small letters that the tagger made a verb after `to`, right before two
or three words in capitals it tagged a body, is a job, so the words are its holder's name (no
verb is one of these positions); the player is *winger* of the side that scored. Before this
the name was a body and spoke for itself. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Sharks scored three tries, two of them to winger Aphelele Fassi. "It was a good day," Fassi
# said.
_WINGER = """
The DET DT det 1 O the
Sharks PROPN NNPS nsubj 2 B-PERSON Sharks
scored VERB VBD ROOT 2 O score
three NUM CD nummod 4 B-CARDINAL three
tries NOUN NNS dobj 2 O try _
, PUNCT , punct 4 O ,
two NUM CD appos 4 B-CARDINAL two
of ADP IN prep 6 O of
them PRON PRP pobj 7 O they
to PART TO aux 10 O to
winger VERB VB advcl 2 O winger
Aphelele PROPN NNP compound 12 B-ORG Aphelele
Fassi PROPN NNP dobj 10 I-ORG Fassi _
. PUNCT . punct 2 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 16 O it
was AUX VBD ccomp 23 O be
a DET DT det 19 B-DATE a
good ADJ JJ amod 19 I-DATE good
day NOUN NN attr 16 I-DATE day _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Fassi PROPN NNP nsubj 23 B-ORG Fassi
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_name_tagged_a_body_after_a_position_read_as_a_verb_is_the_players() -> None:
    rows = Extractor().rows(frozen(_WINGER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Aphelele Fassi", "winger", "Sharks")]
