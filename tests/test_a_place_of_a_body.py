"""`vice-president for Wales of the Royal College of Emergency Medicine`, the tagger tagging a body
from `Wales` on: a place and `of` opening a name in capitals are the job's brief, no body's words;
the body is the name after `of`. Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Patients are waiting too long," said Dr Jane Hill, vice-president for Wales of the Royal
# College of Emergency Medicine.
_PLACE_OF_THE_BODY = """
" PUNCT `` punct 8 O " _
Patients NOUN NNS nsubj 3 O patient
are AUX VBP aux 3 O be
waiting VERB VBG ccomp 8 O wait
too ADV RB advmod 5 O too
long ADV RB advmod 3 O long _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Dr PROPN NNP compound 11 O Dr
Jane PROPN NNP compound 11 B-PERSON Jane
Hill PROPN NNP nsubj 8 I-PERSON Hill _
, PUNCT , punct 11 O ,
vice NOUN NN appos 11 O vice _
- NOUN NN appos 11 O - _
president NOUN NN appos 11 O president
for ADP IN prep 15 O for
Wales PROPN NNP pobj 16 B-ORG Wales
of ADP IN prep 17 I-ORG of
the DET DT det 21 I-ORG the
Royal PROPN NNP compound 21 I-ORG Royal
College PROPN NNP pobj 18 I-ORG College
of ADP IN prep 21 I-ORG of
Emergency PROPN NNP compound 24 I-ORG Emergency
Medicine PROPN NNP pobj 22 I-ORG Medicine _
. PUNCT . punct 8 O . _
"""


def test_a_place_of_a_body_is_the_jobs_brief() -> None:
    rows = Extractor().rows(frozen(_PLACE_OF_THE_BODY))
    assert [r.organization for r in rows] == ["Royal College of Emergency Medicine"]
