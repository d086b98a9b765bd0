"""`Hibs head coach X` after `Hibernian have sacked …`: a short name that clips a word in capitals
of the story and makes a plural of it, as fans and papers name a side, is the side named in full,
though the tagger calls the full name a people. Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Hibernian have sacked their manager after a run of defeats. Hibs head coach Nick Montgomery said:
# "It has been a hard week."
_CLIPPED = """
Hibernian ADJ JJ nsubj 2 B-NORP hibernian
have AUX VBP aux 2 O have
sacked VERB VBN ROOT 2 O sack
their PRON PRP$ poss 4 O their
manager NOUN NN dobj 2 O manager
after ADP IN prep 2 O after
a DET DT det 7 O a
run NOUN NN pobj 5 O run
of ADP IN prep 7 O of
defeats NOUN NNS pobj 8 O defeat _
. PUNCT . punct 2 O .
Hibs PROPN NNP compound 12 B-ORG Hibs
head NOUN NN compound 13 O head
coach NOUN NN compound 15 O coach
Nick PROPN NNP compound 15 B-PERSON Nick
Montgomery PROPN NNP nsubj 16 I-PERSON Montgomery
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
It PRON PRP nsubj 21 O it
has AUX VBZ aux 21 O have
been AUX VBN ccomp 16 O be
a DET DT det 24 B-DATE a
hard ADJ JJ amod 24 I-DATE hard
week NOUN NN attr 21 I-DATE week _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""


def test_a_clipped_plural_is_the_side_named_in_full() -> None:
    rows = Extractor().rows(frozen(_CLIPPED))
    who = [(r.speaker, r.role, r.organization) for r in rows]
    assert who == [("Nick Montgomery", "head coach", "Hibernian")]
