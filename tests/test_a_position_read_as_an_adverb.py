"""A position on a team in small letters that the tagger did not read as a noun, right before
the verb (`“…,” the loose forward said`, `forward` an adverb and `loose` the subject), closes the
description `the` opens: the player named last, not a quote with no speaker. Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Daniel Harper scored twice for the Chiefs on Saturday. "The pack set it up for me," the loose
# forward said.
_POSITION = """
Daniel PROPN NNP compound 1 B-PERSON Daniel
Harper PROPN NNP nsubj 2 I-PERSON Harper
scored VERB VBD ROOT 2 O score
twice ADV RB advmod 2 O twice
for ADP IN prep 2 O for
the DET DT det 6 O the
Chiefs PROPN NNPS pobj 4 O Chiefs
on ADP IN prep 2 O on
Saturday PROPN NNP pobj 7 B-DATE Saturday _
. PUNCT . punct 2 O .
" PUNCT `` punct 23 O " _
The DET DT det 12 O the
pack NOUN NN nsubj 13 O pack
set VERB VBD ccomp 23 O set
it PRON PRP dobj 13 O it
up ADP RP prt 13 O up
for ADP IN prep 13 O for
me PRON PRP pobj 16 O I _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
the DET DT det 21 O the
loose ADJ JJ nsubj 23 O loose
forward ADV RB advmod 21 O forward
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_position_read_as_an_adverb_closes_the_description() -> None:
    rows = Extractor().rows(frozen(_POSITION))
    assert [r.speaker for r in rows] == ["Daniel Harper"]
