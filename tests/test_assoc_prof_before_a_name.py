"""`Assoc Prof Mere Naisara, head of the School of Nursing, said` (Singaporean, Malaysian,
Australian and Fijian house style, issue 10), from a frozen parse of a sentence written for this
file, the tagger taking both words of the style into the person: `Assoc` of `Assoc Prof` is an
abbreviated title (models/titles.txt), no part of the name."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_ASSOC_PROF = """
Assoc PROPN NNP compound 1 B-PERSON Assoc
Prof PROPN NNP compound 3 I-PERSON Prof
Mere PROPN NNP compound 3 I-PERSON Mere
Naisara PROPN NNP nsubj 12 I-PERSON Naisara _
, PUNCT , punct 3 O ,
head NOUN NN appos 3 O head
of ADP IN prep 5 O of
the DET DT det 8 B-ORG the
School PROPN NNP pobj 6 I-ORG School
of ADP IN prep 8 I-ORG of
Nursing PROPN NNP pobj 9 I-ORG Nursing _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 12 O say
graduates NOUN NNS nsubj 15 O graduate
were AUX VBD aux 15 O be
leaving VERB VBG ccomp 12 O leave _
. PUNCT . punct 12 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 19 O we
train VERB VBP ccomp 28 O train
them PRON PRP dobj 19 O they
and CCONJ CC cc 19 O and
we PRON PRP nsubj 23 O we
lose VERB VBP conj 19 O lose
them PRON PRP dobj 23 O they _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
she PRON PRP nsubj 28 O she
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_assoc_prof_is_no_part_of_the_name() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_ASSOC_PROF))]
    assert rows == [("Mere Naisara", "head of the School of Nursing")]
