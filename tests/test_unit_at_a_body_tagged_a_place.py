"""The unit a person heads is at a body whose name the tagger calls a place when it ends in a
body's noun (`who heads the sustainability unit at Dubai Municipality`: at *Dubai
Municipality*). Frozen parse of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Solar panels went up on Sunday. Maryam Al Sayegh, who heads the sustainability unit at Dubai
# Municipality, said the stations would run on solar power. "Every roof will carry panels," she
# said.
_UNIT_AT_A_PLACE_S_BODY = """
Solar ADJ JJ compound 1 O solar
panels NOUN NNS nsubj 2 O panel
went VERB VBD ROOT 2 O go
up ADP RP prt 2 O up
on ADP IN prep 2 O on
Sunday PROPN NNP pobj 4 B-DATE Sunday _
. PUNCT . punct 2 O .
Maryam PROPN NNP compound 9 B-PERSON Maryam
Al PROPN NNP compound 9 I-PERSON Al
Sayegh PROPN NNP nsubj 20 I-PERSON Sayegh _
, PUNCT , punct 9 O ,
who PRON WP nsubj 12 O who
heads VERB VBZ relcl 9 O head
the DET DT det 15 O the
sustainability NOUN NN compound 15 O sustainability
unit NOUN NN dobj 12 O unit
at ADP IN prep 15 O at
Dubai PROPN NNP compound 18 B-GPE Dubai
Municipality PROPN NNP pobj 16 I-GPE Municipality _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 20 O say
the DET DT det 22 O the
stations NOUN NNS nsubj 24 O station
would AUX MD aux 24 O would
run VERB VB ccomp 20 O run
on ADP IN prep 24 O on
solar ADJ JJ amod 27 O solar
power NOUN NN pobj 25 O power _
. PUNCT . punct 20 O .
" PUNCT `` punct 33 O " _
Every DET DT det 31 O every
roof NOUN NN nsubj 33 O roof
will AUX MD aux 33 O will
carry VERB VB ccomp 38 O carry
panels NOUN NNS dobj 33 O panel _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
she PRON PRP nsubj 38 O she
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""


def test_a_unit_at_a_body_tagged_a_place() -> None:
    assert who(_UNIT_AT_A_PLACE_S_BODY) == [("Maryam Al Sayegh", "", "Dubai Municipality")]
