"""`DIG Shahid Mehmood said … "…," the DIG told reporters`: `DIG` (a deputy inspector general of
police, Pakistani and Indian news) is a post written by its letters, as `IGP` and `SSP` are: `the
DIG` is a description of the officer named before, with the role *DIG*, not a body called *DIG*.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# LAHORE: Police have arrested four men over the killing of a jeweller in Anarkali, DIG Shahid
# Mehmood said on Monday. "We have recovered the pistol and the stolen gold," the DIG told
# reporters.
_JEWELLER = """
LAHORE PROPN NNP ROOT 0 O LAHORE _
: PUNCT : punct 0 O :
Police NOUN NNS nsubj 4 O Police
have AUX VBP aux 4 O have
arrested VERB VBN ccomp 19 O arrest
four NUM CD nummod 6 B-CARDINAL four
men NOUN NNS dobj 4 O man
over ADP IN prep 4 O over
the DET DT det 9 O the
killing NOUN NN pobj 7 O killing
of ADP IN prep 9 O of
a DET DT det 12 O a
jeweller NOUN NN pobj 10 O jeweller
in ADP IN prep 12 O in
Anarkali PROPN NNP pobj 13 B-GPE Anarkali _
, PUNCT , punct 19 O ,
DIG PROPN NNP compound 18 O DIG
Shahid PROPN NNP compound 18 B-PERSON Shahid
Mehmood PROPN NNP nsubj 19 I-PERSON Mehmood
said VERB VBD ROOT 19 O say
on ADP IN prep 19 O on
Monday PROPN NNP pobj 20 B-DATE Monday _
. PUNCT . punct 19 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 26 O we
have AUX VBP aux 26 O have
recovered VERB VBN ccomp 37 O recover
the DET DT det 28 O the
pistol NOUN NN dobj 26 O pistol
and CCONJ CC cc 28 O and
the DET DT det 32 O the
stolen VERB VBN amod 32 O steal
gold NOUN NN conj 28 O gold _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
the DET DT det 36 O the
DIG PROPN NNP nsubj 37 B-ORG DIG
told VERB VBD ROOT 37 O tell
reporters NOUN NNS dobj 37 O reporter _
. PUNCT . punct 37 O . _
"""

# "Nobody will be allowed to disturb the procession," the DIG said on Sunday.
_PROCESSION = """
" PUNCT `` punct 13 O " _
Nobody PRON NN nsubjpass 4 O nobody
will AUX MD aux 4 O will
be AUX VB auxpass 4 O be
allowed VERB VBN ccomp 13 O allow
to PART TO aux 6 O to
disturb VERB VB xcomp 4 O disturb
the DET DT det 8 O the
procession NOUN NN dobj 6 O procession _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
the DET DT det 12 O the
DIG PROPN NNP nsubj 13 B-ORG DIG
said VERB VBD ROOT 13 O say
on ADP IN prep 13 O on
Sunday PROPN NNP pobj 14 B-DATE Sunday _
. PUNCT . punct 13 O . _
"""


def test_the_dig_is_the_officer_named_before() -> None:
    rows = Extractor().rows(frozen(_JEWELLER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Shahid Mehmood", "DIG", "")]


def test_the_dig_alone_is_a_description_not_a_body() -> None:
    rows = Extractor().rows(frozen(_PROCESSION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("the DIG", "DIG", "")]
