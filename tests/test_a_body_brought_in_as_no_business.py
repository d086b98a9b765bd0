"""`The shopworkers' union Usdaw said …`, then `A spokesman for the retailer`: a body the article
brings in with a noun for a body of a kind no business is (models/no_business_bodies.txt) is none
`the retailer` or `the company` can mean, however often it is named. Frozen parse of a text
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tesco is to close its counters in 500 stores. The shopworkers' union Usdaw said it would fight
# the cuts. Usdaw national officer Daniel Adams said: "This is devastating news." A spokesman for
# the retailer said: "We will find other roles for staff."
_UNION = """
Tesco PROPN NNP nsubj 1 B-ORG Tesco
is AUX VBZ ROOT 1 O be
to PART TO aux 3 O to
close VERB VB xcomp 1 O close
its PRON PRP$ poss 5 O its
counters NOUN NNS dobj 3 O counter
in ADP IN prep 3 O in
500 NUM CD nummod 8 B-CARDINAL 500
stores NOUN NNS pobj 6 O store _
. PUNCT . punct 1 O .
The DET DT det 11 O the
shopworkers NOUN NNS poss 13 O shopworker _
' PART POS case 11 O '
union NOUN NN compound 14 O union
Usdaw PROPN NNP nsubj 15 B-ORG Usdaw
said VERB VBD ROOT 15 O say
it PRON PRP nsubj 18 O it
would AUX MD aux 18 O would
fight VERB VB ccomp 15 O fight
the DET DT det 20 O the
cuts NOUN NNS dobj 18 O cut _
. PUNCT . punct 15 O .
Usdaw VERB VBN amod 24 O Usdaw
national ADJ JJ amod 24 O national
officer NOUN NN compound 26 O officer
Daniel PROPN NNP compound 26 B-PERSON Daniel
Adams PROPN NNP nsubj 27 I-PERSON Adams
said VERB VBD ROOT 27 O say _
: PUNCT : punct 27 O :
" PUNCT `` punct 27 O " _
This PRON DT nsubj 31 O this
is AUX VBZ ccomp 27 O be
devastating ADJ JJ amod 33 O devastating
news NOUN NN attr 31 O news _
. PUNCT . punct 27 O . _
" PUNCT '' punct 27 O "
A DET DT det 37 O a
spokesman NOUN NN nsubj 41 O spokesman
for ADP IN prep 37 O for
the DET DT det 40 O the
retailer NOUN NN pobj 38 O retailer
said VERB VBD ROOT 41 O say _
: PUNCT : punct 41 O :
" PUNCT `` punct 41 O " _
We PRON PRP nsubj 46 O we
will AUX MD aux 46 O will
find VERB VB ccomp 41 O find
other ADJ JJ amod 48 O other
roles NOUN NNS dobj 46 O role
for ADP IN prep 48 O for
staff NOUN NN pobj 49 O staff _
. PUNCT . punct 41 O . _
" PUNCT '' punct 41 O " _
"""


def test_a_union_brought_in_so_is_no_business() -> None:
    rows = Extractor().rows(frozen(_UNION))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("Daniel Adams", "Usdaw"),
        ("A spokesman", "Tesco"),
    ]
