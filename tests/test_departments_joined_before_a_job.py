"""A body's departments in small letters joined by `and` before a job (`Lowveld Water Authority
corporate communications and marketing manager Rudo Chikwanha`, as Zimbabwean and other
Commonwealth news writes a spokesperson's post) are the job's words, however the parser hung the
first of them: the role keeps both and the body before them is the organisation (it was
*marketing manager* with no body). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# HARARE - Lowveld Water Authority corporate communications and marketing manager Rudo Chikwanha
# confirmed the tender. "The contractor starts next week," she said.
_DEPARTMENTS = """
HARARE PROPN NNP ROOT 0 B-ORG HARARE
- PUNCT HYPH punct 0 I-ORG -
Lowveld PROPN NNP compound 6 O Lowveld
Water PROPN NNP nmod 4 O Water
Authority PROPN NNP nmod 6 O Authority
corporate ADJ JJ amod 6 O corporate
communications NOUN NNS nsubj 12 O communication
and CCONJ CC cc 6 O and
marketing NOUN NN compound 9 O marketing
manager NOUN NN conj 6 O manager
Rudo PROPN NNP compound 11 B-PERSON Rudo
Chikwanha PROPN NNP conj 6 I-PERSON Chikwanha
confirmed VERB VBD ROOT 12 O confirm
the DET DT det 14 O the
tender NOUN NN dobj 12 O tender _
. PUNCT . punct 12 O .
" PUNCT `` punct 25 O " _
The DET DT det 18 O the
contractor NOUN NN nsubj 19 O contractor
starts VERB VBZ ccomp 25 O start
next ADJ JJ amod 21 B-DATE next
week NOUN NN npadvmod 19 I-DATE week _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
she PRON PRP nsubj 25 O she
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_departments_joined_by_and_are_the_jobs() -> None:
    role = "corporate communications and marketing manager"
    assert who(_DEPARTMENTS) == [("Rudo Chikwanha", role, "Lowveld Water Authority")]
