"""`Co-author Professor Ian Harper said`, `Vice-Chancellor Professor X said`: `Professor` in
capitals between a job and the name is the academic's form of address, as `Dr` is, and the job
before it is the role; `Associate Professor X` keeps its whole title. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The study was published on Monday. "The results surprised us," Co-author Professor Ian Harper
# said.
_COAUTHOR = """
The DET DT det 1 O the
study NOUN NN nsubjpass 3 O study
was AUX VBD auxpass 3 O be
published VERB VBN ROOT 3 O publish
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
The DET DT det 9 O the
results NOUN NNS nsubj 10 O result
surprised VERB VBD ccomp 20 O surprise
us PRON PRP dobj 10 O we _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Co NOUN NN compound 19 O co _
- NOUN NN compound 19 O - _
author NOUN NN compound 19 O author
Professor PROPN NNP compound 19 O Professor
Ian PROPN NNP compound 19 B-PERSON Ian
Harper PROPN NNP nsubj 20 I-PERSON Harper
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# The university reopened on Monday. "We are ready," Vice-Chancellor Professor Folasade Ogunsola
# said.
_VC = """
The DET DT det 1 O the
university NOUN NN nsubj 2 O university
reopened VERB VBD ROOT 2 O reopen
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday _
. PUNCT . punct 2 O .
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 8 O we
are AUX VBP ccomp 18 O be
ready ADJ JJ acomp 8 O ready _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Vice PROPN NNP compound 14 O Vice _
- PROPN NNP compound 14 O - _
Chancellor PROPN NNP compound 17 O Chancellor
Professor PROPN NNP compound 17 O Professor
Folasade PROPN NNP compound 17 B-PERSON Folasade
Ogunsola PROPN NNP nsubj 18 I-PERSON Ogunsola
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""

# "The data are clear," Associate Professor Amy Lee said.
_ASSOC = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
data NOUN NNS nsubj 3 O datum
are AUX VBP ccomp 11 O be
clear ADJ JJ acomp 3 O clear _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
Associate PROPN NNP compound 8 B-WORK_OF_ART Associate
Professor PROPN NNP compound 10 I-WORK_OF_ART Professor
Amy PROPN NNP compound 10 B-PERSON Amy
Lee PROPN NNP nsubj 11 I-PERSON Lee
said VERB VBD ROOT 11 O say _
. PUNCT . punct 11 O . _
"""


def test_a_job_before_professor_is_the_role() -> None:
    rows = Extractor().rows(frozen(_COAUTHOR))
    assert [(r.speaker, r.role) for r in rows] == [("Ian Harper", "Co-author")]


def test_a_university_office_before_professor_is_the_role() -> None:
    rows = Extractor().rows(frozen(_VC))
    assert [(r.speaker, r.role) for r in rows] == [("Folasade Ogunsola", "Vice-Chancellor")]


def test_a_rank_before_professor_keeps_the_title() -> None:
    rows = Extractor().rows(frozen(_ASSOC))
    assert [(r.speaker, r.role) for r in rows] == [("Amy Lee", "Associate Professor")]
