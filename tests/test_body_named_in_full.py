"""A body that speaks is named in full in the row's `speaker`, as in its `organization`: the
fullest name the article gives, here the one its short form in brackets spells out, though the
tagger cut the name at a comma (`The Philippine Atmospheric, Geophysical and` + `Astronomical
Services Administration (PAGASA) said`). Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Residents were evacuated on Tuesday. The Philippine Atmospheric, Geophysical and Astronomical
# Services Administration (PAGASA) said the typhoon could bring "intense to torrential rains".
_CUT_AT_A_COMMA = """
Residents NOUN NNS nsubjpass 2 O resident
were AUX VBD auxpass 2 O be
evacuated VERB VBN ROOT 2 O evacuate
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 3 B-DATE Tuesday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 5 O <paragraph> _
The DET DT det 15 B-ORG the
Philippine ADJ JJ nmod 15 I-ORG philippine
Atmospheric PROPN NNP nmod 15 I-ORG Atmospheric _
, PUNCT , punct 9 I-ORG ,
Geophysical PROPN NNP conj 9 I-ORG Geophysical
and CCONJ CC cc 11 I-ORG and
Astronomical PROPN NNP compound 14 B-ORG Astronomical
Services PROPN NNPS conj 11 I-ORG Services
Administration PROPN NNP nsubj 19 I-ORG Administration
( PUNCT -LRB- punct 15 O ( _
PAGASA PROPN NNP appos 15 O PAGASA _
) PUNCT -RRB- punct 15 O )
said VERB VBD ROOT 19 O say
the DET DT det 21 O the
typhoon NOUN NN nsubj 23 O typhoon
could AUX MD aux 23 O could
bring VERB VB ccomp 19 O bring
" PUNCT `` punct 23 O " _
intense ADJ JJ acomp 23 O intense
to PART TO prep 25 O to
torrential ADJ JJ amod 28 O torrential
rains NOUN NNS pobj 26 O rain _
" PUNCT '' punct 23 O " _
. PUNCT . punct 19 O . _"""


def test_a_body_that_speaks_is_named_in_full_as_its_organisation_is() -> None:
    rows = Extractor().rows(frozen(_CUT_AT_A_COMMA))
    full = "Philippine Atmospheric, Geophysical and Astronomical Services Administration"
    assert [(r.speaker, r.organization) for r in rows] == [(full, full)]
