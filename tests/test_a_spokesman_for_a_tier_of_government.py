"""`A spokesman for the provincial government said`: a tier of government and its noun in small
letters after a spokesperson's `for` name the body the job speaks for, as they do before the job
(`a provincial government spokesman`). Frozen parse of a text written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Lenton government has announced a holiday on Monday. A spokesman for the provincial
# government said: "Markets will remain closed."
_FOR_THE_PROVINCIAL = """
The DET DT det 2 O the
Lenton PROPN NNP compound 2 B-PERSON Lenton
government NOUN NN nsubj 4 O government
has AUX VBZ aux 4 O have
announced VERB VBN ROOT 4 O announce
a DET DT det 6 B-DATE a
holiday NOUN NN dobj 4 I-DATE holiday
on ADP IN prep 4 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 4 O .
A DET DT det 11 O a
spokesman NOUN NN nsubj 16 O spokesman
for ADP IN prep 11 O for
the DET DT det 15 O the
provincial ADJ JJ amod 15 O provincial
government NOUN NN pobj 12 O government
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
Markets NOUN NNS nsubj 21 O market
will AUX MD aux 21 O will
remain VERB VB ccomp 16 O remain
closed ADJ JJ acomp 21 O closed _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""


def test_a_spokesman_for_a_tier_of_government() -> None:
    rows = Extractor().rows(frozen(_FOR_THE_PROVINCIAL))
    assert [(r.speaker, r.organization) for r in rows] == [("A spokesman", "provincial government")]
