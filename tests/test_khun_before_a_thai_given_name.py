"""Thai news calls a person by the given name with `Khun` before it (Mr, Mrs and Ms alike):
`Khun Phumtham` is Phumtham Wechayachai named before, `Khun` a form of address and no part of the
name. Frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Commerce Minister Phumtham Wechayachai visited the port on Monday. "Rice exports will rise this
# year," Khun Phumtham said.
_KHUN = """
Commerce PROPN NNP compound 1 B-ORG Commerce
Minister PROPN NNP compound 3 O Minister
Phumtham PROPN NNP compound 3 B-PERSON Phumtham
Wechayachai PROPN NNP nsubj 4 I-PERSON Wechayachai
visited VERB VBD ROOT 4 O visit
the DET DT det 6 O the
port NOUN NN dobj 4 O port
on ADP IN prep 4 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 4 O .
" PUNCT `` punct 21 O " _
Rice NOUN NN compound 12 B-PERSON rice
exports NOUN NNS nsubj 14 O export
will AUX MD aux 14 O will
rise VERB VB ccomp 21 O rise
this DET DT det 16 B-DATE this
year NOUN NN npadvmod 14 I-DATE year _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Khun PROPN NNP compound 20 B-PERSON Khun
Phumtham PROPN NNP nsubj 21 I-PERSON Phumtham
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_khun_before_a_given_name_is_a_form_of_address() -> None:
    rows = Extractor().rows(frozen(_KHUN))
    assert [(r.speaker, r.role) for r in rows] == [("Phumtham Wechayachai", "Commerce Minister")]
