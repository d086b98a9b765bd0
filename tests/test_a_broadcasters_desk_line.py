"""A broadcaster's desk and its place under a reporter's name, as a BBC page copies out (`Tom
Ellis` / `BBC News, Cardiff`), is a byline: no name on it speaks or stands for the story's
bodies (`The city's bus company has accused drivers of "holding Cardiff to ransom"` gave the
speaker *BBC News*, the only body the text named). Frozen parse of a story written for this file
(see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Cardiff bus drivers strike over pay / Tom Ellis / BBC News, Cardiff / The city's bus company has
# accused drivers of "holding Cardiff to ransom" as a strike began. / Its managing director said:
# "We have made a fair offer."
_DESK = """
Cardiff NOUN NN compound 2 O cardiff
bus NOUN NN compound 2 O bus
drivers NOUN NNS nsubj 3 O driver
strike VERB VBP ROOT 3 O strike
over ADP RP prt 3 O over
pay NOUN NN dobj 3 O pay _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Tom PROPN NNP compound 8 B-PERSON Tom
Ellis PROPN NNP ROOT 8 I-PERSON Ellis _
<newline> SPACE _SP dep 8 O <newline> _
BBC PROPN NNP compound 11 B-ORG BBC
News PROPN NNP ROOT 11 I-ORG News _
, PUNCT , punct 11 O ,
Cardiff PROPN NNP conj 11 O Cardiff _
<paragraph> SPACE _SP dep 13 O <paragraph> _
The DET DT det 16 O the
city NOUN NN poss 19 O city _
's PART POS case 16 O 's
bus NOUN NN compound 19 O bus
company NOUN NN nsubj 21 O company
has AUX VBZ aux 21 O have
accused VERB VBN ROOT 21 O accuse
drivers NOUN NNS dobj 21 O driver
of ADP IN prep 22 O of
" PUNCT `` punct 25 O " _
holding VERB VBG pcomp 23 O hold
Cardiff PROPN NNP dobj 25 O Cardiff
to PART TO aux 28 O to
ransom VERB VB ccomp 25 O ransom _
" PUNCT '' punct 28 O "
as SCONJ IN mark 33 O as
a DET DT det 32 O a
strike NOUN NN nsubj 33 O strike
began VERB VBD advcl 28 O begin _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 34 O <paragraph> _
Its PRON PRP$ poss 38 O its
managing VERB VBG amod 38 O manage
director NOUN NN nsubj 39 O director
said VERB VBD ROOT 39 O say _
: PUNCT : punct 39 O :
" PUNCT `` punct 39 O " _
We PRON PRP nsubj 44 O we
have AUX VBP aux 44 O have
made VERB VBN ccomp 39 O make
a DET DT det 47 O a
fair ADJ JJ amod 47 O fair
offer NOUN NN dobj 44 O offer _
. PUNCT . punct 39 O . _
" PUNCT '' punct 39 O " _
"""


def test_a_desk_line_is_nobody() -> None:
    rows = Extractor().rows(frozen(_DESK))
    assert all(r.speaker != "BBC News" and r.organization != "BBC News" for r in rows)


@pytest.mark.parametrize(
    "line, kind",
    [
        ("BBC News, Cardiff", "byline"),
        ("BBC Wales News, Bangor", "byline"),
        ("Fox News, CNN and MSNBC all carried it.", ""),
    ],
)
def test_desk_lines(line: str, kind: str) -> None:
    assert line_kind(line) == kind
