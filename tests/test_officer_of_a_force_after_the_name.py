"""A police officer named with `of` the force they serve right after the name (`Sergeant Lena
Moss of the Eastgate police`) is of that force, not of the one the sentence before is about. A
frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Harbour Police Service said a man was arrested on Monday. Sergeant Lena Moss of the
# Eastgate police said the man was held at a roadblock. "He was carrying a knife," Moss said.
_EASTGATE = """
The DET DT det 3 B-ORG the
Harbour PROPN NNP compound 3 I-ORG Harbour
Police PROPN NNP compound 3 I-ORG Police
Service PROPN NNP nsubj 4 I-ORG Service
said VERB VBD ROOT 4 O say
a DET DT det 6 O a
man NOUN NN nsubjpass 8 O man
was AUX VBD auxpass 8 O be
arrested VERB VBN ccomp 4 O arrest
on ADP IN prep 8 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 4 O .
Sergeant PROPN NNP compound 14 O Sergeant
Lena PROPN NNP compound 14 B-PERSON Lena
Moss PROPN NNP nsubj 19 I-PERSON Moss
of ADP IN prep 14 O of
the DET DT det 18 O the
Eastgate PROPN NNP compound 18 B-ORG Eastgate
police NOUN NNS pobj 15 O police
said VERB VBD ROOT 19 O say
the DET DT det 21 O the
man NOUN NN nsubjpass 23 O man
was AUX VBD auxpass 23 O be
held VERB VBN ccomp 19 O hold
at ADP IN prep 23 O at
a DET DT det 26 O a
roadblock NOUN NN pobj 24 O roadblock _
. PUNCT . punct 19 O .
" PUNCT `` punct 37 O " _
He PRON PRP nsubj 31 O he
was AUX VBD aux 31 O be
carrying VERB VBG ccomp 37 O carry
a DET DT det 33 O a
knife NOUN NN dobj 31 O knife _
, PUNCT , punct 37 O , _
" PUNCT '' punct 37 O "
Moss PROPN NNP nsubj 37 B-PERSON Moss
said VERB VBD ROOT 37 O say _
. PUNCT . punct 37 O . _
"""


def test_an_officer_of_a_force_named_after_the_name() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_EASTGATE))]
    assert rows == [("Lena Moss", "Sergeant", "Eastgate police")]
