"""`KTN News reported the flooding. Crews worked through the night. … “…,” reporter Amina
Wekesa said`: a reporter, a correspondent or an anchor, the job alone, works for the one medium
the job's own sentence or the three before it name (descriptors._medium_before_its_reporter),
not for a medium named before when a body after the name is the job's own (`reporter Brian
Otieno of the Daily Nation`); a reporter the story does not name, only for one named right
before. Frozen parses of texts written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The flooding in Mombasa was first reported by KTN News on Tuesday. Crews worked through the
# night. Residents said the drains had not been cleaned. "The water is still rising," reporter
# Amina Wekesa said.
_THREE_BACK = """
The DET DT det 1 O the
flooding NOUN NN nsubjpass 6 O flooding
in ADP IN prep 1 O in
Mombasa PROPN NNP pobj 2 B-GPE Mombasa
was AUX VBD auxpass 6 O be
first ADV RB advmod 6 B-ORDINAL first
reported VERB VBN ROOT 6 O report
by ADP IN agent 6 O by
KTN PROPN NNP compound 9 B-ORG KTN
News PROPN NNP pobj 7 I-ORG News
on ADP IN prep 6 O on
Tuesday PROPN NNP pobj 10 B-DATE Tuesday _
. PUNCT . punct 6 O .
Crews NOUN NNS nsubj 14 O crew
worked VERB VBD ROOT 14 O work
through ADP IN prep 14 O through
the DET DT det 17 O the
night NOUN NN pobj 15 O night _
. PUNCT . punct 14 O .
Residents NOUN NNS nsubj 20 O resident
said VERB VBD ROOT 20 O say
the DET DT det 22 O the
drains NOUN NNS nsubjpass 26 O drain
had AUX VBD aux 26 O have
not PART RB neg 26 O not
been AUX VBN auxpass 26 O be
cleaned VERB VBN ccomp 20 O clean _
. PUNCT . punct 20 O .
" PUNCT `` punct 39 O " _
The DET DT det 30 O the
water NOUN NN nsubj 33 O water
is AUX VBZ aux 33 O be
still ADV RB advmod 33 O still
rising VERB VBG ccomp 39 O rise _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
reporter NOUN NN compound 38 O reporter
Amina PROPN NNP compound 38 B-PERSON Amina
Wekesa PROPN NNP nsubj 39 I-PERSON Wekesa
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""

# The collapse of the footbridge was aired live by KTN News. "People were trapped for hours,"
# reporter Brian Otieno of the Daily Nation said.
_ITS_OWN_PAPER = """
The DET DT det 1 O the
collapse NOUN NN nsubjpass 6 O collapse
of ADP IN prep 1 O of
the DET DT det 4 O the
footbridge NOUN NN pobj 2 O footbridge
was AUX VBD auxpass 6 O be
aired VERB VBN ROOT 6 O air
live ADV RB advmod 6 O live
by ADP IN agent 6 O by
KTN PROPN NNP compound 10 B-ORG KTN
News PROPN NNP pobj 8 I-ORG News _
. PUNCT . punct 6 O .
" PUNCT `` punct 27 O " _
People NOUN NNS nsubjpass 15 O People
were AUX VBD auxpass 15 O be
trapped VERB VBN ccomp 27 O trap
for ADP IN prep 15 O for
hours NOUN NNS pobj 16 B-TIME hour _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
reporter NOUN NN compound 22 O reporter
Brian PROPN NNP compound 22 B-PERSON Brian
Otieno PROPN NNP nsubj 27 I-PERSON Otieno
of ADP IN prep 22 O of
the DET DT det 26 B-ORG the
Daily PROPN NNP compound 26 I-ORG Daily
Nation PROPN NNP pobj 23 I-ORG Nation
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# But while he may not have said it first, the minister backed the plan on Thursday, and KTN
# News has the recording: "Should every farmer be registered?" a reporter can be heard asking
# the minister.
_AN_UNNAMED_REPORTER = """
But CCONJ CC cc 12 O but
while SCONJ IN mark 6 O while
he PRON PRP nsubj 6 O he
may AUX MD aux 6 O may
not PART RB neg 6 O not
have AUX VB aux 6 O have
said VERB VBN advcl 12 O say
it PRON PRP dobj 6 O it
first ADV RB advmod 6 B-ORDINAL first _
, PUNCT , punct 12 O ,
the DET DT det 11 O the
minister NOUN NN nsubj 12 O minister
backed VERB VBD ROOT 12 O back
the DET DT det 14 O the
plan NOUN NN dobj 12 O plan
on ADP IN prep 12 O on
Thursday PROPN NNP pobj 15 B-DATE Thursday _
, PUNCT , punct 12 O ,
and CCONJ CC cc 12 O and
KTN PROPN NNP compound 20 B-ORG KTN
News PROPN NNP nsubj 21 I-ORG News
has VERB VBZ conj 12 O have
the DET DT det 23 O the
recording NOUN NN dobj 21 O recording _
: PUNCT : punct 21 O : _
<newline> SPACE _SP dep 24 O <newline> _
" PUNCT `` punct 31 O " _
Should AUX MD aux 31 O should
every DET DT det 29 O every
farmer NOUN NN nsubjpass 31 O farmer
be AUX VB auxpass 31 O be
registered VERB VBN ROOT 31 O register _
? PUNCT . punct 31 O ? _
" PUNCT '' punct 31 O "
a DET DT det 35 O a
reporter NOUN NN nsubjpass 38 O reporter
can AUX MD aux 38 O can
be AUX VB auxpass 38 O be
heard VERB VBN ROOT 38 O hear
asking VERB VBG xcomp 38 O ask
the DET DT det 41 O the
minister NOUN NN dobj 39 O minister _
. PUNCT . punct 38 O . _
"""


def test_a_reporter_after_the_medium_named_three_sentences_before() -> None:
    rows = Extractor().rows(frozen(_THREE_BACK))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Amina Wekesa", "reporter", "KTN News")]


def test_a_reporter_of_a_paper_named_after_him_is_the_papers() -> None:
    rows = Extractor().rows(frozen(_ITS_OWN_PAPER))
    expected = [("Brian Otieno", "reporter", "Daily Nation")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected


def test_an_unnamed_reporter_is_tied_only_by_the_sentence_right_before() -> None:
    # (`a reporter can be heard asking` after `KTN News has the recording:`, two sentences back:
    # a reporter the story does not name may be anyone's.)
    rows = Extractor().rows(frozen(_AN_UNNAMED_REPORTER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("a reporter", "reporter", "")]
