"""`said SSP Ramesh Kumar`: SSP, a senior superintendent of police (who heads a district's police in
Indian, Pakistani and Sri Lankan news), is a rank written short before the name, as SP and DSP
are, and no part of the name (*Ramesh Kumar*, not *SSP Ramesh Kumar*). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The culprits will be arrested within days," said SSP Ramesh Kumar.
_SSP = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
culprits NOUN NNS nsubjpass 5 O culprit
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
arrested VERB VBN ccomp 10 O arrest
within ADP IN prep 5 O within
days NOUN NNS pobj 6 B-DATE day _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
SSP PROPN NNP compound 13 B-PERSON SSP
Ramesh PROPN NNP compound 13 I-PERSON Ramesh
Kumar PROPN NNP nsubj 10 O Kumar _
. PUNCT . punct 10 O . _
"""


def test_ssp_before_a_name_is_no_part_of_it() -> None:
    rows = Extractor().rows(frozen(_SSP))
    assert [r.speaker for r in rows] == ["Ramesh Kumar"]
