"""`A DfT spokesperson said`: a body's letters written in mixed case, as British departments
write theirs (`DfT`, `DfE`, `DoH`), which the tagger calls a person. The role was *DfT
spokesperson* and the organisation empty; one such word right before a job of speaking for a
body is now the body's name (descriptors._letters_before_its_spokesperson): *spokesperson* /
*DfT*. The rows from a frozen parse of a sentence written for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will not close the line," a DfT spokesperson said.
_DFT = """
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
close VERB VB ccomp 12 O close
the DET DT det 6 O the
line NOUN NN dobj 4 O line _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
a DET DT det 11 O a
DfT PROPN NNP compound 11 B-PERSON DfT
spokesperson NOUN NN nsubj 12 O spokesperson
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""


def test_the_letters_are_the_body_the_spokesperson_speaks_for() -> None:
    (row,) = Extractor().rows(frozen(_DFT))
    assert (row.role, row.organization) == ("spokesperson", "DfT")
