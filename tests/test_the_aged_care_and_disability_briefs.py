"""`Minister for Health and Aged Care X said`, `Health and Aged Care Minister X`, `Minister for Disability
and Ageing X`: the ministries for older people's care and for disability (Australian and New Zealand
style) are briefs, so the whole title is the holder's role, with no organisation. Before, `Aged` was
no brief's word: the role was lost after `for`, or cut to *Aged Care Minister* before the name. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Minister for Health and Aged Care Mark Butler said the new rules would start in July. "Every
# provider will be checked," he said.
_HEALTH_AND_AGED_CARE = """
Minister PROPN NNP nmod 7 O Minister
for ADP IN prep 0 O for
Health PROPN NNP pobj 1 O Health
and CCONJ CC cc 2 O and
Aged PROPN NNP compound 5 O Aged
Care PROPN NNP conj 2 O Care
Mark PROPN NNP compound 7 B-PERSON Mark
Butler PROPN NNP nsubj 8 I-PERSON Butler
said VERB VBD ROOT 8 O say
the DET DT det 11 O the
new ADJ JJ amod 11 O new
rules NOUN NNS nsubj 13 O rule
would AUX MD aux 13 O would
start VERB VB ccomp 8 O start
in ADP IN prep 13 O in
July PROPN NNP pobj 14 B-DATE July _
. PUNCT . punct 8 O .
" PUNCT `` punct 26 O " _
Every DET DT det 19 O every
provider NOUN NN nsubjpass 22 O provider
will AUX MD aux 22 O will
be AUX VB auxpass 22 O be
checked VERB VBN ccomp 26 O check _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

# Minister for Disability and Ageing Sam Rae said the scheme was sound. "It will be funded in
# full," he said.
_DISABILITY_AND_AGEING = """
Minister PROPN NNP nmod 6 O Minister
for ADP IN prep 0 O for
Disability PROPN NNP pobj 1 O Disability
and CCONJ CC cc 2 O and
Ageing PROPN NNP compound 6 O Ageing
Sam PROPN NNP compound 6 B-PERSON Sam
Rae PROPN NNP nsubj 7 I-PERSON Rae
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
scheme NOUN NN nsubj 10 O scheme
was AUX VBD ccomp 7 O be
sound ADJ JJ acomp 10 O sound _
. PUNCT . punct 7 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubjpass 17 O it
will AUX MD aux 17 O will
be AUX VB auxpass 17 O be
funded VERB VBN ccomp 23 O fund
in ADP IN prep 17 O in
full ADJ JJ amod 18 O full _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# Health and Aged Care Minister Mark Butler said the rules would start in July. "Every provider
# will be checked," he said.
_BEFORE_THE_NAME = """
Health PROPN NNP nmod 4 O Health
and CCONJ CC cc 0 O and
Aged PROPN NNP compound 3 O Aged
Care PROPN NNP conj 0 O Care
Minister PROPN NNP compound 6 O Minister
Mark PROPN NNP compound 6 B-PERSON Mark
Butler PROPN NNP nsubj 7 I-PERSON Butler
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
rules NOUN NNS nsubj 11 O rule
would AUX MD aux 11 O would
start VERB VB ccomp 7 O start
in ADP IN prep 11 O in
July PROPN NNP pobj 12 B-DATE July _
. PUNCT . punct 7 O .
" PUNCT `` punct 24 O " _
Every DET DT det 17 O every
provider NOUN NN nsubjpass 20 O provider
will AUX MD aux 20 O will
be AUX VB auxpass 20 O be
checked VERB VBN ccomp 24 O check _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
he PRON PRP nsubj 24 O he
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_minister_for_health_and_aged_care_is_the_role() -> None:
    rows = Extractor().rows(frozen(_HEALTH_AND_AGED_CARE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Mark Butler", "Minister for Health and Aged Care", "")
    ]


def test_minister_for_disability_and_ageing_is_the_role() -> None:
    rows = Extractor().rows(frozen(_DISABILITY_AND_AGEING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Sam Rae", "Minister for Disability and Ageing", "")
    ]


def test_health_and_aged_care_minister_before_the_name_is_whole() -> None:
    rows = Extractor().rows(frozen(_BEFORE_THE_NAME))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Mark Butler", "Health and Aged Care Minister", "")
    ]
