"""A side's name the parser read as an adjective, tagged a body, that is the subject of the
sentence before a post with no body of its own (`Celtic have sacked their manager …`, then
`chairman Ian Bankier said`) is that post's body, as a proper noun there is (ROLES.md 5, an
adjacent sentence). Frozen parse of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Celtic have sacked their manager after a 3-0 defeat. "It is a sad day," chairman Ian
# Bankier said.
_CELTIC = """
Celtic ADJ JJ nsubj 2 B-ORG celtic
have AUX VBP aux 2 O have
sacked VERB VBN ROOT 2 O sack
their PRON PRP$ poss 4 O their
manager NOUN NN dobj 2 O manager
after ADP IN prep 2 O after
a DET DT det 10 O a
3 NUM CD nummod 10 B-CARDINAL 3 _
- SYM SYM punct 9 O - _
0 NUM CD prep 7 O 0
defeat NOUN NN pobj 5 O defeat _
. PUNCT . punct 2 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 14 O it
is AUX VBZ ccomp 23 O be
a DET DT det 17 B-DATE a
sad ADJ JJ amod 17 I-DATE sad
day NOUN NN attr 14 I-DATE day _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
chairman NOUN NN compound 22 O chairman
Ian PROPN NNP compound 22 B-PERSON Ian
Bankier PROPN NNP nsubj 23 I-PERSON Bankier
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_side_read_as_an_adjective_owns_the_post() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_CELTIC))]
    assert rows == [("Ian Bankier", "chairman", "Celtic")]
