"""An office's initials stand for the one person named with it where the office closes on the
province it serves (`Inspector General of Police Sindh Tariq Hussain Soomro` … `the IGP said`), as
South Asian news writes it. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Inspector General of Police Sindh Tariq Hussain Soomro said the highway was safe again. "Nobody
# is above the law," the IGP said.
_IGP = """
Inspector PROPN NNP compound 1 O Inspector
General PROPN NNP nsubj 8 O General
of ADP IN prep 1 O of
Police PROPN NNP compound 4 O Police
Sindh PROPN NNP compound 7 O Sindh
Tariq PROPN NNP compound 7 B-PERSON Tariq
Hussain PROPN NNP compound 7 I-PERSON Hussain
Soomro PROPN NNP pobj 2 I-PERSON Soomro
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
highway NOUN NN nsubj 11 O highway
was AUX VBD ccomp 8 O be
safe ADJ JJ acomp 11 O safe
again ADV RB advmod 11 O again _
. PUNCT . punct 8 O .
" PUNCT `` punct 25 O " _
Nobody PRON NN nsubj 17 O nobody
is AUX VBZ ccomp 25 O be
above ADP IN prep 17 O above
the DET DT det 20 O the
law NOUN NN pobj 18 O law _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
the DET DT det 24 O the
IGP PROPN NNP nsubj 25 B-ORG IGP
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_the_initials_of_an_office_closing_on_its_province() -> None:
    rows = Extractor().rows(frozen(_IGP))
    assert [r.speaker for r in rows] == ["Tariq Hussain Soomro"]
