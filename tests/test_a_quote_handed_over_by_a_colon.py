"""A quote a verb of saying and a colon hand over, ending as a full sentence, is that verb's:
the sentence after it (`Officials agreed.`) answers it and names nobody who spoke it. Frozen
parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The mayor said: "We will rebuild." Officials agreed.
_AGREED = """
The DET DT det 1 O the
mayor NOUN NN nsubj 2 O mayor
said VERB VBD ROOT 2 O say _
: PUNCT : punct 2 O :
" PUNCT `` punct 2 O " _
We PRON PRP nsubj 7 O we
will AUX MD aux 7 O will
rebuild VERB VB ccomp 2 O rebuild _
. PUNCT . punct 2 O . _
" PUNCT '' punct 2 O "
Officials NOUN NNS nsubj 11 O official
agreed VERB VBD ROOT 11 O agree _
. PUNCT . punct 11 O . _
"""


def test_the_sentence_after_a_quote_handed_over_by_a_colon_does_not_take_it() -> None:
    rows = Extractor().rows(frozen(_AGREED))
    assert [(r.speaker, r.quote) for r in rows] == [("The mayor", "We will rebuild.")]
