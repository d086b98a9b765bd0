"""`According to the Daily Nation, Mr. Odhiambo said the “…”`: a sentence that opens on `according
to` a source, with a comma before the speaker, passes on the speaker's words as one that closes
on it does (`“…,” Ana Ruiz said, according to the Harbour Times`): the quote is the source's,
PolNeAR's outer source. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# According to the Daily Nation, Mr. Odhiambo said the "reckless remarks, made without any
# provocation," by the governor had hurt the county.
_DAILY_NATION = """
According VERB VBG prep 8 O accord
to ADP IN prep 0 O to
the DET DT det 4 B-ORG the
Daily PROPN NNP compound 4 I-ORG Daily
Nation PROPN NNP pobj 1 I-ORG Nation _
, PUNCT , punct 8 O ,
Mr. PROPN NNP compound 7 O Mr.
Odhiambo PROPN NNP nsubj 8 B-PERSON Odhiambo
said VERB VBD ROOT 8 O say
the DET DT det 12 O the
" PUNCT `` punct 12 O " _
reckless ADJ JJ amod 12 O reckless
remarks NOUN NNS nsubj 24 O remark _
, PUNCT , punct 12 O ,
made VERB VBN acl 12 O make
without ADP IN prep 14 O without
any DET DT det 17 O any
provocation NOUN NN pobj 15 O provocation _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
by ADP IN prep 12 O by
the DET DT det 22 O the
governor NOUN NN pobj 20 O governor
had AUX VBD aux 24 O have
hurt VERB VBN ccomp 8 O hurt
the DET DT det 26 O the
county NOUN NN dobj 24 O county _
. PUNCT . punct 8 O . _
"""


# According to the Dawn newspaper, Mr. Qureshi said the budget was "a cruel joke on the poor" and
# would not pass.
_DAWN = """
According VERB VBG prep 8 O accord
to ADP IN prep 0 O to
the DET DT det 4 O the
Dawn PROPN NNP compound 4 B-PERSON Dawn
newspaper NOUN NN pobj 1 O newspaper _
, PUNCT , punct 8 O ,
Mr. PROPN NNP compound 7 O Mr.
Qureshi PROPN NNP nsubj 8 B-PERSON Qureshi
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
budget NOUN NN nsubj 11 O budget
was AUX VBD ccomp 8 O be
" PUNCT `` punct 11 O " _
a DET DT det 15 O a
cruel ADJ JJ amod 15 O cruel
joke NOUN NN attr 11 O joke
on ADP IN prep 15 O on
the DET DT det 18 O the
poor ADJ JJ pobj 16 O poor _
" PUNCT '' punct 11 O "
and CCONJ CC cc 11 O and
would AUX MD aux 23 O would
not PART RB neg 23 O not
pass VERB VB conj 11 O pass _
. PUNCT . punct 8 O . _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.cue) for r in Extractor().rows(frozen(spec))]


def test_according_to_a_paper_opening_the_sentence() -> None:
    assert who(_DAILY_NATION) == [("Daily Nation", "according to")]


def test_according_to_a_newspaper_opening_the_sentence() -> None:
    assert who(_DAWN) == [("Dawn newspaper", "according to")]
