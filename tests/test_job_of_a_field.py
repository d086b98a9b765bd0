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


# (`rugby`, in small letters, tagged a proper noun, as the tagger tags it after `Sharks` and
# `of` in this story.)
# The Sharks have signed Eben Etzebeth on a three-year deal. /
# "Eben is a world-class player and a leader," said Sharks director of rugby Neil Powell.
_A_FIELD_TAGGED_A_PROPER_NOUN = """
The DET DT det 1 O the
Sharks PROPN NNPS nsubj 3 B-PERSON Sharks
have AUX VBP aux 3 O have
signed VERB VBN ROOT 3 O sign
Eben PROPN NNP compound 5 B-PERSON Eben
Etzebeth PROPN NNP dobj 3 I-PERSON Etzebeth
on ADP IN prep 3 O on
a DET DT det 11 O a
three NUM CD nummod 10 B-DATE three _
- PUNCT HYPH punct 10 I-DATE - _
year NOUN NN compound 11 I-DATE year
deal NOUN NN pobj 6 O deal _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 27 O " _
Eben PROPN NNP nsubj 16 B-ORG Eben
is AUX VBZ ccomp 27 O be
a DET DT det 21 O a
world NOUN NN compound 20 O world _
- PUNCT HYPH punct 20 O - _
class NOUN NN compound 21 O class
player NOUN NN attr 16 O player
and CCONJ CC cc 21 O and
a DET DT det 24 O a
leader NOUN NN conj 21 O leader _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
said VERB VBD ROOT 27 O say
Sharks PROPN NNP compound 29 B-PERSON Sharks
director NOUN NN nsubj 27 O director
of ADP IN prep 29 O of
rugby PROPN NNP compound 33 O rugby
Neil PROPN NNP compound 33 B-PERSON Neil
Powell PROPN NNP pobj 30 I-PERSON Powell _
. PUNCT . punct 27 O . _
"""


def test_a_field_in_small_letters_tagged_a_proper_noun_is_still_the_jobs_field() -> None:
    # `The Sharks have signed …` makes the side a body the story names: the words from `Sharks` to
    # `Powell` were read as one description and given as the speaker's name.
    assert who(_A_FIELD_TAGGED_A_PROPER_NOUN) == [("Neil Powell", "director of rugby", "Sharks")]
