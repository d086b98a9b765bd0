"""A role noun that closes an apposition in small letters is its noun whatever the tagger made of
it (`Ruth Adler, a shop steward`, `steward` tagged an adverb): the role is *shop steward*. Frozen
parse of a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The men are tired," said Ruth Adler, a shop steward.
_A_SHOP_STEWARD = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
men NOUN NNS nsubj 3 O man
are AUX VBP ccomp 7 O be
tired ADJ JJ acomp 3 O tired _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Ruth PROPN NNP compound 9 B-PERSON Ruth
Adler PROPN NNP nsubj 7 I-PERSON Adler _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
shop NOUN NN appos 9 O shop
steward ADV RB advmod 12 O steward _
. PUNCT . punct 7 O . _
"""


def test_a_role_noun_tagged_an_adverb_still_closes_the_title() -> None:
    rows = Extractor().rows(frozen(_A_SHOP_STEWARD))
    assert [(r.speaker, r.role) for r in rows] == [("Ruth Adler", "shop steward")]
