"""`The Chinese foreign ministry` then `ministry spokesperson Mao Ning`: a ministry wire copy writes
in small letters is described by its field of government and the people's name before it
(*Chinese foreign ministry*), where an adjective such as `national` says nothing of which body.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Chinese foreign ministry on Tuesday criticised a visit to Taiwan by a delegation of British
# MPs. "China firmly opposes any official contact," ministry spokesperson Mao Ning told a regular
# briefing in Beijing.
_MINISTRY = """
The DET DT det 3 O the
Chinese ADJ JJ amod 3 B-NORP chinese
foreign ADJ JJ amod 3 O foreign
ministry PROPN NNP nsubj 6 O ministry
on ADP IN prep 6 O on
Tuesday PROPN NNP pobj 4 B-DATE Tuesday
criticised VERB VBD ROOT 6 O criticise
a DET DT det 8 O a
visit NOUN NN dobj 6 O visit
to ADP IN prep 8 O to
Taiwan PROPN NNP pobj 9 B-GPE Taiwan
by ADP IN prep 6 O by
a DET DT det 13 O a
delegation NOUN NN pobj 11 O delegation
of ADP IN prep 13 O of
British ADJ JJ amod 16 B-NORP british
MPs NOUN NNS pobj 14 O mp _
. PUNCT . punct 6 O .
" PUNCT `` punct 31 O " _
China PROPN NNP nsubj 21 B-GPE China
firmly ADV RB advmod 21 O firmly
opposes VERB VBZ ccomp 31 O oppose
any DET DT det 24 O any
official ADJ JJ amod 24 O official
contact NOUN NN dobj 21 O contact _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
ministry NOUN NN compound 28 O ministry
spokesperson NOUN NN compound 30 O spokesperson
Mao PROPN NNP compound 30 B-PERSON Mao
Ning PROPN NNP nsubj 31 I-PERSON Ning
told VERB VBD ROOT 31 O tell
a DET DT det 34 O a
regular ADJ JJ amod 34 O regular
briefing NOUN NN dobj 31 O briefing
in ADP IN prep 31 O in
Beijing PROPN NNP pobj 35 B-GPE Beijing _
. PUNCT . punct 31 O . _
"""

# The national tourism board said arrivals were up by a third. "We are delighted," board chairman
# Tom Hale said.
_BOARD = """
The DET DT det 3 O the
national ADJ JJ amod 3 O national
tourism NOUN NN compound 3 O tourism
board NOUN NN nsubj 4 O board
said VERB VBD ROOT 4 O say
arrivals NOUN NNS nsubj 6 O arrival
were AUX VBD ccomp 4 O be
up ADV RB advmod 6 O up
by ADP IN prep 6 O by
a DET DT det 10 O a
third NOUN NN pobj 8 B-ORDINAL third _
. PUNCT . punct 4 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 14 O we
are AUX VBP ccomp 22 O be
delighted ADJ JJ acomp 14 O delighted _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
board NOUN NN compound 19 O board
chairman NOUN NN compound 21 O chairman
Tom PROPN NNP compound 21 B-PERSON Tom
Hale PROPN NNP nsubj 22 I-PERSON Hale
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_ministry_in_small_letters_keeps_its_people_and_field() -> None:
    rows = Extractor().rows(frozen(_MINISTRY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Mao Ning", "spokesperson", "Chinese foreign ministry")
    ]


def test_an_adjective_that_says_no_field_is_no_part_of_the_body() -> None:
    rows = Extractor().rows(frozen(_BOARD))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Hale", "tourism board")]
