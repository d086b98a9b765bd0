"""`The Duke of Lenton opened the wing. "…," the Duke of Lenton said`, the tagger calling the second
`the Duke of Lenton` a work whole and the place after the first nothing: the name after a peer's
rank and `of` is the title's place however the tagger reads it (models/offices.txt kind
`peerage`), no employer (ROLES.md 5); the organisation was *Lenton*. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Duke of Lenton opened the new wing on Friday. "It is a fine building," the Duke of Lenton
# said.
_DUKE = """
The DET DT det 1 O the
Duke PROPN NNP nsubj 4 O Duke
of ADP IN prep 1 O of
Lenton PROPN NNP pobj 2 O Lenton
opened VERB VBD ROOT 4 O open
the DET DT det 7 O the
new ADJ JJ amod 7 O new
wing NOUN NN dobj 4 O wing
on ADP IN prep 4 O on
Friday PROPN NNP pobj 8 B-DATE Friday _
. PUNCT . punct 4 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 23 O be
a DET DT det 16 O a
fine ADJ JJ amod 16 O fine
building NOUN NN attr 13 O building _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
the DET DT det 20 B-WORK_OF_ART the
Duke PROPN NNP nsubj 23 I-WORK_OF_ART Duke
of ADP IN prep 20 I-WORK_OF_ART of
Lenton PROPN NNP pobj 21 I-WORK_OF_ART Lenton
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_the_place_of_a_peers_title_is_no_employer() -> None:
    rows = Extractor().rows(frozen(_DUKE))
    assert [(r.role, r.organization) for r in rows] == [("Duke of Lenton", "")]
