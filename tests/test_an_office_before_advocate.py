"""`The Public Protector, Advocate X, said` (South African house style, issue 10), from a frozen
parse of a sentence written for this file: `Advocate` in full is counsel's style before the name,
an office as `Pastor` is, so the apposition before it is read past it and the office set off by
commas, the longer, is the role (not *Advocate*)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_PUBLIC_PROTECTOR = """
The DET DT det 2 B-ORG the
Public PROPN NNP compound 2 I-ORG Public
Protector PROPN NNP nsubj 8 I-ORG Protector _
, PUNCT , punct 2 O ,
Advocate PROPN NNP compound 6 O Advocate
Lerato PROPN NNP compound 6 B-PERSON Lerato
Dube PROPN NNP appos 2 I-PERSON Dube _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
report NOUN NN nsubj 11 O report
was AUX VBD ccomp 8 O be
final ADJ JJ acomp 11 O final _
. PUNCT . punct 8 O .
" PUNCT `` punct 23 O " _
The DET DT det 16 O the
municipality NOUN NN nsubj 17 O municipality
failed VERB VBD ccomp 23 O fail
its PRON PRP$ poss 19 O its
residents NOUN NNS dobj 17 O resident _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
she PRON PRP nsubj 23 O she
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_an_office_set_off_before_advocate_is_the_role() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_PUBLIC_PROTECTOR))]
    assert rows == [("Lerato Dube", "Public Protector")]
