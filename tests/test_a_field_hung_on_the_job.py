"""`interior ministry spokesman X told reporters`, the parser hanging `interior` on the job, not
on `ministry`: the field of government still says which ministry speaks (as where it hangs on
the ministry), role the job, body the field and its noun (ROLES.md 4 and 5). Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The convoy was turned back at dawn," interior ministry spokesman Adel Haddad told reporters.
_HUNG_ON_THE_JOB = """
" PUNCT `` punct 15 O " _
The DET DT det 2 O the
convoy NOUN NN nsubjpass 4 O convoy
was AUX VBD auxpass 4 O be
turned VERB VBN ccomp 15 O turn
back ADV RB advmod 4 O back
at ADP IN prep 4 O at
dawn NOUN NN pobj 6 O dawn _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
interior PROPN NNP amod 12 O interior
ministry NOUN NN compound 12 O ministry
spokesman NOUN NN compound 14 O spokesman
Adel PROPN NNP compound 14 B-PERSON Adel
Haddad PROPN NNP nsubj 15 I-PERSON Haddad
told VERB VBD ROOT 15 O tell
reporters NOUN NNS dobj 15 O reporter _
. PUNCT . punct 15 O . _
"""


def test_a_field_hung_on_the_job_still_names_the_ministry() -> None:
    rows = [r for r in Extractor().rows(frozen(_HUNG_ON_THE_JOB)) if r.kind == "direct"]
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Adel Haddad", "spokesman", "interior ministry")
    ]
