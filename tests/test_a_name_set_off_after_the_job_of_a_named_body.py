"""`The chairman of the Ogun State Waste Management Authority, Adekunle Ogunsanya-Ajayi, said`: the
tagger calls the name a body (its given name one the lists lack) and the parser hangs it on the
Authority after the job's `of`; a body already named in capitals needs no second name, so the
name set off by commas is the job's holder, and speaks with the job and the body
(tokens._holds_the_job_of_a_body). A frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The chairman of the Ogun State Waste Management Authority, Adekunle Ogunsanya-Ajayi, said the
# drains would be cleared by Friday. "The rains are coming," he said.
_CHAIRMAN = """
The DET DT det 1 O the
chairman NOUN NN nsubj 15 O chairman
of ADP IN prep 1 O of
the DET DT det 8 B-ORG the
Ogun PROPN NNP compound 5 I-ORG Ogun
State PROPN NNP compound 8 I-ORG State
Waste PROPN NNP compound 7 I-ORG Waste
Management PROPN NNP compound 8 I-ORG Management
Authority PROPN NNP pobj 2 I-ORG Authority _
, PUNCT , punct 8 O ,
Adekunle PROPN NNP compound 13 B-ORG Adekunle
Ogunsanya PROPN NNP compound 13 I-ORG Ogunsanya _
- PUNCT HYPH punct 13 I-ORG - _
Ajayi PROPN NNP appos 8 I-ORG Ajayi _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
drains NOUN NNS nsubjpass 20 O drain
would AUX MD aux 20 O would
be AUX VB auxpass 20 O be
cleared VERB VBN ccomp 15 O clear
by ADP IN prep 20 O by
Friday PROPN NNP pobj 21 B-DATE Friday _
. PUNCT . punct 15 O .
" PUNCT `` punct 32 O " _
The DET DT det 26 O the
rains NOUN NNS nsubj 28 O rain
are AUX VBP aux 28 O be
coming VERB VBG ccomp 32 O come _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
he PRON PRP nsubj 32 O he
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""


def test_a_name_set_off_after_the_job_of_a_named_body_holds_the_job() -> None:
    rows = Extractor().rows(frozen(_CHAIRMAN))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        (
            "Adekunle Ogunsanya-Ajayi",
            "chairman of the Ogun State Waste Management Authority",
            "Ogun State Waste Management Authority",
        )
    ]
