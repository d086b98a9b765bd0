"""A name in apposition to one of a group speaks even when the tagger gave it no entity, if its
proper nouns read as a person's name (`One of the party's senior advisers, Ana Ruiz, said`).
Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# One of the party's senior advisers, Ana Ruiz, said, "We will win this seat."
_ONE_OF_THE_ADVISERS = """
One NUM CD nsubj 11 B-CARDINAL one
of ADP IN prep 0 O of
the DET DT det 3 O the
party NOUN NN poss 6 O party _
's PART POS case 3 O 's
senior ADJ JJ amod 6 O senior
advisers NOUN NNS pobj 1 O adviser _
, PUNCT , punct 0 O ,
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP appos 0 O Ruiz _
, PUNCT , punct 0 O ,
said VERB VBD ROOT 11 O say _
, PUNCT , punct 11 O ,
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
win VERB VB ccomp 11 O win
this DET DT det 18 O this
seat NOUN NN dobj 16 O seat _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""


def test_an_untagged_name_beside_one_of_a_group_speaks() -> None:
    rows = Extractor().rows(frozen(_ONE_OF_THE_ADVISERS))
    assert [(r.speaker, r.cue) for r in rows] == [("Ana Ruiz", "said")]
