"""`The governor called the audit “a witch-hunt”, reported the Daily Nation on Tuesday.`: a
closing `, reported X` names the source that passes the words on (PolNeAR's outer source, as
`, according to X` does) also when a time follows the source (`on Tuesday`, `late on Friday`);
other words after it (`on its website`) leave the sentence's own speaker. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The governor called the audit "a political witch-hunt", reported the Daily Nation on Tuesday.
_ON_TUESDAY = """
The DET DT det 1 O the
governor NOUN NN nsubj 2 O governor
called VERB VBD ROOT 2 O call
the DET DT det 4 O the
audit NOUN NN dobj 2 O audit
" PUNCT `` punct 10 O " _
a DET DT det 10 O a
political ADJ JJ amod 10 O political
witch NOUN NN compound 10 O witch _
- PUNCT HYPH punct 10 O - _
hunt NOUN NN oprd 2 O hunt _
" PUNCT '' punct 2 O " _
, PUNCT , punct 2 O ,
reported VERB VBD conj 2 O report
the DET DT det 16 B-ORG the
Daily PROPN NNP compound 16 I-ORG Daily
Nation PROPN NNP dobj 13 I-ORG Nation
on ADP IN prep 13 O on
Tuesday PROPN NNP pobj 17 B-DATE Tuesday _
. PUNCT . punct 2 O . _
"""


# The senator called the deal "a farce", reported Reuters late on Friday.
_LATE_ON_FRIDAY = """
The DET DT det 1 O the
senator NOUN NN nsubj 2 O senator
called VERB VBD ccomp 10 O call
the DET DT det 4 O the
deal NOUN NN dobj 2 O deal
" PUNCT `` punct 2 O " _
a DET DT det 7 O a
farce NOUN NN oprd 2 O farce _
" PUNCT '' punct 2 O " _
, PUNCT , punct 10 O ,
reported VERB VBD ROOT 10 O report
Reuters PROPN NNP dobj 10 B-ORG Reuters
late ADV RB advmod 13 O late
on ADP IN prep 10 O on
Friday PROPN NNP pobj 13 B-DATE Friday _
. PUNCT . punct 10 O . _
"""


# The chief called the report "fine", reported the Nation on its website.
_ON_ITS_WEBSITE = """
The DET DT det 1 O the
chief NOUN NN nsubj 2 O chief
called VERB VBD ROOT 2 O call
the DET DT det 4 O the
report NOUN NN dobj 2 O report
" PUNCT `` punct 6 O " _
fine ADJ JJ oprd 2 O fine _
" PUNCT '' punct 2 O " _
, PUNCT , punct 2 O ,
reported VERB VBD conj 2 O report
the DET DT det 11 O the
Nation PROPN NNP dobj 9 O Nation
on ADP IN prep 9 O on
its PRON PRP$ poss 14 O its
website NOUN NN pobj 12 O website _
. PUNCT . punct 2 O . _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.cue) for r in Extractor().rows(frozen(spec))]


def test_reported_by_a_paper_on_a_day() -> None:
    assert who(_ON_TUESDAY) == [("Daily Nation", "according to")]


def test_reported_by_an_agency_late_on_a_day() -> None:
    assert who(_LATE_ON_FRIDAY) == [("Reuters", "according to")]


def test_other_words_after_the_paper_keep_the_speaker() -> None:
    assert who(_ON_ITS_WEBSITE) == [("The chief", "called")]
