"""A church or school called by its saint's possessive keeps the mark in its name: `vicar of St.
Patrick's` works at *St. Patrick's*, not *St. Patrick* (a saint, no body). Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Parishioners in Ballymena gathered on Sunday to mourn the organist. "She played here for forty
# years," said the Rev. Alan Greer, vicar of St. Patrick's.
_VICAR = """
Parishioners NOUN NNS nsubj 3 O parishioner
in ADP IN prep 0 O in
Ballymena PROPN NNP pobj 1 B-ORG Ballymena
gathered VERB VBD ROOT 3 O gather
on ADP IN prep 3 O on
Sunday PROPN NNP pobj 4 B-DATE Sunday
to PART TO aux 7 O to
mourn VERB VB advcl 3 O mourn
the DET DT det 9 O the
organist NOUN NN dobj 7 O organist _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
She PRON PRP nsubj 13 O she
played VERB VBD ccomp 20 O play
here ADV RB advmod 13 O here
for ADP IN prep 13 O for
forty NUM CD nummod 17 B-DATE forty
years NOUN NNS pobj 15 I-DATE year _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
the DET DT det 24 O the
Rev. PROPN NNP compound 24 O Rev.
Alan PROPN NNP compound 24 B-PERSON Alan
Greer PROPN NNP nsubj 20 I-PERSON Greer _
, PUNCT , punct 24 O ,
vicar NOUN NN appos 24 O vicar
of ADP IN prep 26 O of
St. PROPN NNP compound 29 B-GPE St.
Patrick PROPN NNP pobj 27 I-GPE Patrick _
's PART POS case 29 I-GPE 's _
. PUNCT . punct 20 O . _
"""


def test_a_church_called_by_its_saints_possessive() -> None:
    rows = Extractor().rows(frozen(_VICAR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Alan Greer", "vicar of St. Patrick's", "St. Patrick's")
    ]
