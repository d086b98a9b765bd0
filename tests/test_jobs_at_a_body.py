"""A job held at a body, the body's name between the job and the holder's (`Associate professor of
law at Lenton University Sarah Jones said`), each from a frozen parse of a sentence written for this
file (the entities as the tagger gave them), so a model update cannot change what a test exercises:

- `“…,” Associate professor of law at Lenton University Sarah Jones said`, parsed with the name
  the object of `at`: the name tagged a person right after the body's is the holder who speaks
  (the speaker was the whole title, *Associate professor of law*), the job before `at` the role
  and the body its organisation;
- `“…,” Head of Research at Lenton Bank Mark Dunne said`: likewise, the body after `at`, not the
  unit after the title's `of`, is the organisation (the speaker was *Head*).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_JOB_AT_A_BODY_BEFORE_THE_NAME = """
" PUNCT `` punct 16 O " _
The DET DT det 2 O the
law NOUN NN nsubj 3 O law
is AUX VBZ ccomp 16 O be
clear ADJ JJ acomp 3 O clear _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Associate ADJ JJ amod 8 O associate
professor NOUN NN nsubj 16 O professor
of ADP IN prep 8 O of
law NOUN NN pobj 9 O law
at ADP IN prep 8 O at
Lenton PROPN NNP compound 13 B-ORG Lenton
University PROPN NNP compound 15 I-ORG University
Sarah PROPN NNP compound 15 B-PERSON Sarah
Jones PROPN NNP pobj 11 I-PERSON Jones
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""

_A_HEAD_OF_A_UNIT_AT_A_BODY = """
" PUNCT `` punct 14 O " _
Rates NOUN NNS nsubj 3 O rate
will AUX MD aux 3 O will
rise VERB VB ccomp 14 O rise _
, PUNCT , punct 3 O , _
" PUNCT '' punct 3 O "
Head PROPN NNP npadvmod 3 O Head
of ADP IN prep 6 O of
Research PROPN NNP pobj 7 O Research
at ADP IN prep 3 O at
Lenton PROPN NNP compound 11 B-ORG Lenton
Bank PROPN NNP compound 13 I-ORG Bank
Mark PROPN NNP compound 13 B-PERSON Mark
Dunne PROPN NNP nsubj 14 I-PERSON Dunne
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_name_after_the_body_a_job_is_at_is_the_holder() -> None:
    rows = _rows(_A_JOB_AT_A_BODY_BEFORE_THE_NAME)
    assert rows == [("Sarah Jones", "Associate professor of law", "Lenton University")]


def test_the_body_after_at_is_the_organisation_not_the_unit_after_of() -> None:
    assert _rows(_A_HEAD_OF_A_UNIT_AT_A_BODY) == [("Mark Dunne", "Head of Research", "Lenton Bank")]
