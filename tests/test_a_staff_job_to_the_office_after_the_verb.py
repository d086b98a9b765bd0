"""`said Chief Press Secretary to the Governor Tunde Bakare.`, `said Chief of Staff to the
Premier Tom Hale.`: after the verb, the parser hangs the job's `to` on `said`, not on the job
it makes the subject; the one named after `to the` office in full still holds the whole title
and speaks (the job alone spoke, with *Chief* for its role, or `Chief`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


# "We are not going back on this reform," said Chief Press Secretary to the Governor Tunde Bakare.
_GOVERNOR = """
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 4 O we
are AUX VBP aux 4 O be
not PART RB neg 4 O not
going VERB VBG ccomp 11 O go
back ADV RB advmod 4 O back
on ADP IN prep 4 O on
this DET DT det 8 O this
reform NOUN NN pobj 6 O reform _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Chief PROPN NNP compound 14 O Chief
Press PROPN NNP compound 14 O Press
Secretary PROPN NNP nsubj 11 O Secretary
to ADP IN prep 11 O to
the DET DT det 19 O the
Governor PROPN NNP compound 19 O Governor
Tunde PROPN NNP compound 19 O Tunde
Bakare PROPN NNP pobj 15 O Bakare _
. PUNCT . punct 11 O . _
"""


# "We are not going back," said Press Secretary to the President Ann Cole.
_PRESIDENT = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 4 O we
are AUX VBP aux 4 O be
not PART RB neg 4 O not
going VERB VBG ccomp 8 O go
back ADV RB advmod 4 O back _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Press PROPN NNP compound 10 B-ORG Press
Secretary PROPN NNP nsubj 8 O Secretary
to ADP IN prep 8 O to
the DET DT det 15 O the
President PROPN NNP compound 15 O President
Ann PROPN NNP compound 15 B-PERSON Ann
Cole PROPN NNP pobj 11 I-PERSON Cole _
. PUNCT . punct 8 O . _
"""


# "We are ready," said Chief of Staff to the Premier Tom Hale.
_CHIEF = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 6 O be
ready ADJ JJ acomp 2 O ready _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Chief PROPN NNP nsubj 6 O Chief
of ADP IN prep 7 O of
Staff PROPN NNP pobj 8 O Staff
to ADP IN prep 6 O to
the DET DT det 14 O the
Premier PROPN NNP compound 14 O Premier
Tom PROPN NNP compound 14 B-PERSON Tom
Hale PROPN NNP pobj 10 I-PERSON Hale _
. PUNCT . punct 6 O . _
"""


def test_the_named_one_after_the_verb_holds_the_title() -> None:
    assert who(_GOVERNOR) == [("Tunde Bakare", "Chief Press Secretary to the Governor")]


def test_the_named_one_after_the_verb_holds_a_short_title() -> None:
    assert who(_PRESIDENT) == [("Ann Cole", "Press Secretary to the President")]


def test_a_job_of_its_own_after_the_verb_is_the_named_ones_title() -> None:
    assert who(_CHIEF) == [("Tom Hale", "Chief of Staff to the Premier")]
