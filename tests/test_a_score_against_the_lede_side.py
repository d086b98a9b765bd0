"""`Gor Mahia lost 2-1 after two goals from striker Elvis Rupia`, `Kestrel Vale conceded a late goal
from midfielder Dan Reilly`, the lede's first sentence: a player whose score the side opening the
lede let in scored against it, so the side's job in the lede (`Brisbane Roar have sacked head coach
X`) is not held there. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Gor Mahia lost 2-1 after two goals from striker Elvis Rupia. "It was a good night," Rupia said.
_LOST = """
Gor PROPN NNP compound 1 B-PERSON Gor
Mahia PROPN NNP nsubj 2 I-PERSON Mahia
lost VERB VBD ROOT 2 O lose
2 NUM CD npadvmod 2 B-CARDINAL 2 _
- SYM SYM punct 5 O - _
1 NUM CD prep 3 O 1
after ADP IN prep 2 O after
two NUM CD nummod 8 B-CARDINAL two
goals NOUN NNS pobj 6 O goal
from ADP IN prep 8 O from
striker NOUN NN compound 12 O striker
Elvis PROPN NNP compound 12 B-PERSON Elvis
Rupia PROPN NNP pobj 9 I-PERSON Rupia _
. PUNCT . punct 2 O .
" PUNCT `` punct 16 O " _
It PRON PRP nsubj 16 O it
was AUX VBD ccomp 23 O be
a DET DT det 19 B-TIME a
good ADJ JJ amod 19 I-TIME good
night NOUN NN attr 16 I-TIME night _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Rupia PROPN NNP nsubj 23 B-PERSON Rupia
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


# Kestrel Vale conceded a late goal from midfielder Dan Reilly. "It was a great ball in," Reilly
# said.
_CONCEDED = """
Kestrel PROPN NNP compound 1 B-PERSON Kestrel
Vale PROPN NNP nsubj 2 I-PERSON Vale
conceded VERB VBD ROOT 2 O concede
a DET DT det 5 O a
late ADJ JJ amod 5 O late
goal NOUN NN dobj 2 O goal
from ADP IN prep 5 O from
midfielder PROPN NNP compound 9 O midfielder
Dan PROPN NNP compound 9 B-PERSON Dan
Reilly PROPN NNP pobj 6 I-PERSON Reilly _
. PUNCT . punct 2 O .
" PUNCT `` punct 21 O " _
It PRON PRP nsubj 13 O it
was AUX VBD ccomp 21 O be
a DET DT det 16 O a
great ADJ JJ amod 16 O great
ball NOUN NN attr 13 O ball
in ADP IN prep 13 O in _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Reilly PROPN NNP nsubj 21 O Reilly
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


# Kestrel Vale have signed midfielder Dan Reilly from Harbour City. "It is a big club," Reilly
# said.
_SIGNED = """
Kestrel PROPN NNP compound 1 B-PERSON Kestrel
Vale PROPN NNP nsubj 3 I-PERSON Vale
have AUX VBP aux 3 O have
signed VERB VBN ROOT 3 O sign
midfielder NOUN NN compound 6 O midfielder
Dan PROPN NNP compound 6 B-PERSON Dan
Reilly PROPN NNP dobj 3 I-PERSON Reilly
from ADP IN prep 6 O from
Harbour PROPN NNP compound 9 B-GPE Harbour
City PROPN NNP pobj 7 I-GPE City _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 20 O be
a DET DT det 16 O a
big ADJ JJ amod 16 O big
club NOUN NN attr 13 O club _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Reilly PROPN NNP nsubj 20 O Reilly
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_side_that_lost_to_a_players_goals_is_not_his() -> None:
    rows = Extractor().rows(frozen(_LOST))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Elvis Rupia", "striker", "")]


def test_a_side_that_conceded_a_players_goal_is_not_his() -> None:
    rows = Extractor().rows(frozen(_CONCEDED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Dan Reilly", "midfielder", "")]


def test_a_side_that_signed_a_player_is_still_his() -> None:
    rows = Extractor().rows(frozen(_SIGNED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Dan Reilly", "midfielder", "Kestrel Vale")
    ]
