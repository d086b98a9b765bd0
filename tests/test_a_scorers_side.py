"""`Riverton Academy had led by six behind 18 points from junior guard Kofi Mensah`, `The Sharks took the
lead through a try from winger Tom Vusi`: a player named by a position after `from`, under a verb by
which its subject side scores or leads, plays for that side. A side that concedes the score
(`Kestrel Vale conceded a late goal from midfielder X`) is not the player's, nor is the owner of
the score when another side is the subject (`Mayo scored … with Galway's points from forward X`).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Riverton Academy had led by six at the break behind 18 points from junior guard Kofi Mensah. "We
# just kept attacking," Mensah said.
_LED = """
Riverton PROPN NNP compound 1 B-ORG Riverton
Academy PROPN NNP nsubj 3 I-ORG Academy
had AUX VBD aux 3 O have
led VERB VBN ROOT 3 O lead
by ADP IN prep 3 O by
six NUM CD pobj 4 B-CARDINAL six
at ADP IN prep 3 O at
the DET DT det 8 O the
break NOUN NN pobj 6 O break
behind ADP IN prep 3 O behind
18 NUM CD nummod 11 B-CARDINAL 18
points NOUN NNS pobj 9 O point
from ADP IN prep 3 O from
junior ADJ JJ amod 14 O junior
guard NOUN NN compound 16 O guard
Kofi PROPN NNP compound 16 B-PERSON Kofi
Mensah PROPN NNP pobj 12 I-PERSON Mensah _
. PUNCT . punct 3 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 21 O we
just ADV RB advmod 21 O just
kept VERB VBD ccomp 26 O keep
attacking VERB VBG xcomp 21 O attack _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
Mensah PROPN NNP nsubj 26 B-PERSON Mensah
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""


# The Sharks took the lead through a try from winger Tom Vusi. "We were sharper," Vusi said.
_TOOK_THE_LEAD = """
The DET DT det 1 O the
Sharks PROPN NNPS nsubj 2 B-PERSON Sharks
took VERB VBD ROOT 2 O take
the DET DT det 4 O the
lead NOUN NN dobj 2 O lead
through ADP IN prep 2 O through
a DET DT det 7 O a
try NOUN NN pobj 5 O try
from ADP IN prep 7 O from
winger NOUN NN compound 11 O winger
Tom PROPN NNP compound 11 B-PERSON Tom
Vusi PROPN NNP pobj 8 I-PERSON Vusi _
. PUNCT . punct 2 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 15 O we
were AUX VBD ccomp 20 O be
sharper ADJ JJR acomp 15 O sharp _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Vusi PROPN NNP nsubj 20 B-PERSON Vusi
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


# The match was played in heavy rain. Kestrel Vale conceded a late goal from midfielder Dan
# Reilly. "It was a great ball in," Reilly said.
_CONCEDED = """
The DET DT det 1 O the
match NOUN NN nsubjpass 3 O match
was AUX VBD auxpass 3 O be
played VERB VBN ROOT 3 O play
in ADP IN prep 3 O in
heavy ADJ JJ amod 6 O heavy
rain NOUN NN pobj 4 O rain _
. PUNCT . punct 3 O .
Kestrel PROPN NNP compound 9 B-PERSON Kestrel
Vale PROPN NNP nsubj 10 I-PERSON Vale
conceded VERB VBD ROOT 10 O concede
a DET DT det 13 O a
late ADJ JJ amod 13 O late
goal NOUN NN dobj 10 O goal
from ADP IN prep 13 O from
midfielder PROPN NNP compound 17 O midfielder
Dan PROPN NNP compound 17 B-PERSON Dan
Reilly PROPN NNP pobj 14 I-PERSON Reilly _
. PUNCT . punct 10 O .
" PUNCT `` punct 29 O " _
It PRON PRP nsubj 21 O it
was AUX VBD ccomp 29 O be
a DET DT det 24 O a
great ADJ JJ amod 24 O great
ball NOUN NN attr 21 O ball
in ADP IN prep 21 O in _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Reilly PROPN NNP nsubj 29 O Reilly
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


# Mayo scored 1-3 against Galway, with Galway's points from forward Shane Walsh. "We kept going,"
# Walsh said.
_OTHER_SIDES_POINTS = """
Mayo PROPN NNP nsubj 1 B-ORG Mayo
scored VERB VBD ROOT 1 O score
1 NUM CD npadvmod 1 B-CARDINAL 1 _
- SYM SYM punct 4 O - _
3 NUM CD prep 2 O 3
against ADP IN prep 1 O against
Galway PROPN NNP pobj 5 B-GPE Galway _
, PUNCT , punct 1 O ,
with ADP IN prep 1 O with
Galway PROPN NNP poss 11 B-ORG Galway _
's PART POS case 9 O 's
points NOUN NNS pobj 8 O point
from ADP IN prep 11 O from
forward ADJ JJ amod 15 O forward
Shane PROPN NNP compound 15 B-PERSON Shane
Walsh PROPN NNP pobj 12 I-PERSON Walsh _
. PUNCT . punct 1 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 19 O we
kept VERB VBD ccomp 24 O keep
going VERB VBG xcomp 19 O go _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Walsh PROPN NNP nsubj 24 B-PERSON Walsh
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_player_scoring_for_the_side_that_led_is_its_player() -> None:
    rows = Extractor().rows(frozen(_LED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Kofi Mensah", "junior guard", "Riverton Academy")
    ]


def test_a_side_called_by_its_players_that_took_the_lead() -> None:
    rows = Extractor().rows(frozen(_TOOK_THE_LEAD))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Vusi", "winger", "Sharks")]


def test_a_side_that_conceded_is_not_the_scorers() -> None:
    rows = Extractor().rows(frozen(_CONCEDED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Dan Reilly", "midfielder", "")]


def test_a_score_another_side_owns_is_not_the_subjects() -> None:
    rows = Extractor().rows(frozen(_OTHER_SIDES_POINTS))
    assert [(r.speaker, r.organization) for r in rows] == [("Shane Walsh", "")]
