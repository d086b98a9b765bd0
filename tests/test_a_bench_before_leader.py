"""`Speaking at a rally in Kisumu on Saturday, Opposition leader Peter Kamau said`, `Opposition`
tagged a body: a field's word alone before `leader` that is no portfolio (models/portfolios.txt)
is the bench a leader leads, as in `Leader of the Opposition`, no organisation; the role keeps it.
Frozen parse of a sentence written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Speaking at a rally in Kisumu on Saturday, Opposition leader Peter Kamau said the new tax must
# go. "Families are suffering," Kamau said.
_BENCH = """
Speaking VERB VBG advcl 13 O speak
at ADP IN prep 0 O at
a DET DT det 3 O a
rally NOUN NN pobj 1 O rally
in ADP IN prep 3 O in
Kisumu PROPN NNP pobj 4 B-GPE Kisumu
on ADP IN prep 0 O on
Saturday PROPN NNP pobj 6 B-DATE Saturday _
, PUNCT , punct 13 O ,
Opposition PROPN NNP compound 10 B-ORG Opposition
leader NOUN NN compound 12 O leader
Peter PROPN NNP compound 12 B-PERSON Peter
Kamau PROPN NNP nsubj 13 I-PERSON Kamau
said VERB VBD ROOT 13 O say
the DET DT det 16 O the
new ADJ JJ amod 16 O new
tax NOUN NN nsubj 18 O tax
must AUX MD aux 18 O must
go VERB VB ccomp 13 O go _
. PUNCT . punct 13 O .
" PUNCT `` punct 27 O " _
Families NOUN NNS nsubj 23 O family
are AUX VBP aux 23 O be
suffering VERB VBG ccomp 27 O suffer _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Kamau PROPN NNP nsubj 27 B-ORG Kamau
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_the_opposition_is_no_body_before_leader() -> None:
    doc = frozen(_BENCH)
    [row] = Extractor().rows(doc, text=doc.text)
    assert (row.speaker, row.role, row.organization) == ("Peter Kamau", "Opposition leader", "")
