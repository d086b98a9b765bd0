"""`said Ramesh Kumar, the district commissioner of Kilifi`: a commissioner or a collector governs a
district or a county for the state (Kenyan, Ugandan and Indian news), so the place after `of` is
no employer, as after `mayor of`; a body after it still is (`commissioner of the Metropolitan
Police`). Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Security has been beefed up along the coast," said Ramesh Kumar, the district commissioner of
# Kilifi.
_KILIFI = """
" PUNCT `` punct 11 O " _
Security NOUN NN nsubjpass 4 O security
has AUX VBZ aux 4 O have
been AUX VBN auxpass 4 O be
beefed VERB VBN ccomp 11 O beef
up ADP RP prt 4 O up
along ADP IN prep 4 O along
the DET DT det 8 O the
coast NOUN NN pobj 6 O coast _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Ramesh PROPN NNP compound 13 B-PERSON Ramesh
Kumar PROPN NNP nsubj 11 I-PERSON Kumar _
, PUNCT , punct 13 O ,
the DET DT det 17 O the
district NOUN NN compound 17 O district
commissioner NOUN NN appos 13 O commissioner
of ADP IN prep 17 O of
Kilifi PROPN NNP pobj 18 B-GPE Kilifi _
. PUNCT . punct 11 O . _
"""

# "Water will be supplied by tankers until the pipeline is fixed," said Anil Rao, the collector of
# Pune.
_PUNE = """
" PUNCT `` punct 14 O " _
Water NOUN NN nsubjpass 4 O water
will AUX MD aux 4 O will
be AUX VB auxpass 4 O be
supplied VERB VBN ccomp 14 O supply
by ADP IN agent 4 O by
tankers NOUN NNS pobj 5 O tanker
until SCONJ IN mark 11 O until
the DET DT det 9 O the
pipeline NOUN NN nsubjpass 11 O pipeline
is AUX VBZ auxpass 11 O be
fixed VERB VBN advcl 4 O fix _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Anil PROPN NNP compound 16 B-PERSON Anil
Rao PROPN NNP nsubj 14 I-PERSON Rao _
, PUNCT , punct 16 O ,
the DET DT det 19 O the
collector NOUN NN appos 16 O collector
of ADP IN prep 19 O of
Pune PROPN NNP pobj 20 B-LOC Pune _
. PUNCT . punct 14 O . _
"""

# "We will find those responsible," said Tom Hale, commissioner of the Metropolitan Police.
_MET = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
find VERB VB ccomp 8 O find
those PRON DT dobj 3 O those
responsible ADJ JJ amod 4 O responsible _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Tom PROPN NNP compound 10 B-PERSON Tom
Hale PROPN NNP nsubj 8 I-PERSON Hale _
, PUNCT , punct 10 O ,
commissioner NOUN NN appos 10 O commissioner
of ADP IN prep 12 O of
the DET DT det 16 B-ORG the
Metropolitan PROPN NNP compound 16 I-ORG Metropolitan
Police PROPN NNP pobj 13 I-ORG Police _
. PUNCT . punct 8 O . _
"""


def test_the_district_a_commissioner_governs_is_no_body() -> None:
    rows = Extractor().rows(frozen(_KILIFI))
    assert [(r.speaker, r.organization) for r in rows] == [("Ramesh Kumar", "")]


def test_the_district_a_collector_governs_is_no_body() -> None:
    rows = Extractor().rows(frozen(_PUNE))
    assert [(r.speaker, r.organization) for r in rows] == [("Anil Rao", "")]


def test_a_force_a_commissioner_heads_is_the_body() -> None:
    rows = Extractor().rows(frozen(_MET))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Hale", "Metropolitan Police")]
