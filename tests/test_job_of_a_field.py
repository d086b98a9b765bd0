"""A name right after the field a job is `of` (`director of rugby Sione Lautaha`) is the job's
holder, whatever the tagger calls it, and the words before the job, tagged a person, are the
side the job is at. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Saturday's loss hurt. Moana Toa director of rugby Sione Lautaha said his side were "gutted"
# by the result. "We go again," Lautaha said.
_HEAD = """
Saturday PROPN NNP poss 2 B-DATE Saturday _
's PART POS case 0 O 's
loss NOUN NN nsubj 3 O loss
hurt VERB VBN ROOT 3 O hurt _
. PUNCT . punct 3 O .
Moana PROPN NNP compound 6 B-PERSON Moana
"""

_TAIL = """
of ADP IN prep 7 O of
rugby NOUN NN compound 11 O rugby
Sione PROPN NNP compound 11 B-ORG Sione
Lautaha PROPN NNP pobj 8 I-ORG Lautaha
said VERB VBD ROOT 12 O say
his PRON PRP$ poss 14 O his
side NOUN NN nsubjpass 17 O side
were AUX VBD auxpass 17 O be
" PUNCT `` punct 17 O " _
gutted VERB VBN ccomp 12 O gutte _
" PUNCT '' punct 17 O "
by ADP IN prep 17 O by
the DET DT det 21 O the
result NOUN NN pobj 19 O result _
. PUNCT . punct 12 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 25 O we
go VERB VBP ccomp 30 O go
again ADV RB advmod 25 O again _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Lautaha PROPN NNP nsubj 30 B-PERSON Lautaha
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# The parser makes the job the subject ...
_JOB_SUBJECT = "\n".join(
    [
        _HEAD.strip(),
        "Toa PROPN NNP compound 7 I-PERSON Toa",
        "director NOUN NN nsubj 12 O director",
        _TAIL.strip(),
    ]
)

# ... or the side, with the job set beside it.
_SIDE_SUBJECT = "\n".join(
    [
        _HEAD.strip(),
        "Toa PROPN NNP nsubj 12 I-PERSON Toa",
        "director NOUN NN appos 6 O director",
        _TAIL.strip(),
    ]
)


def test_the_name_after_the_field_of_a_job_holds_it() -> None:
    holder = ("Sione Lautaha", "director of rugby", "Moana Toa")
    assert who(_JOB_SUBJECT) == [holder, holder]


def test_the_side_made_the_subject_does_not_speak() -> None:
    holder = ("Sione Lautaha", "director of rugby", "Moana Toa")
    assert who(_SIDE_SUBJECT) == [holder, holder]
