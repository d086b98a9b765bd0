"""`X came on as a substitute for Al Ahly`, `X, who came off the bench for Enyimba,`: in a match
report, the side a player came on for (a body by its tag, or one the article names) is the
player's organisation; a person come on for (`came on for Tom Hale`, the player replaced) is
none. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Youssef Adel came on as a substitute for Al Ahly in the 70th minute and scored the winner. "I
# dreamed of this," Adel said.
_SUBSTITUTE = """
Youssef PROPN NNP compound 1 B-PERSON Youssef
Adel PROPN NNP nsubj 2 I-PERSON Adel
came VERB VBD ROOT 2 O come
on ADP RP prt 2 O on
as ADP IN prep 2 O as
a DET DT det 6 O a
substitute NOUN NN pobj 4 O substitute
for ADP IN prep 6 O for
Al PROPN NNP compound 9 B-ORG Al
Ahly PROPN NNP pobj 7 I-ORG Ahly
in ADP IN prep 6 O in
the DET DT det 13 B-TIME the
70th ADJ JJ amod 13 I-TIME 70th
minute NOUN NN pobj 10 I-TIME minute
and CCONJ CC cc 2 O and
scored VERB VBD conj 2 O score
the DET DT det 17 O the
winner NOUN NN dobj 15 O winner _
. PUNCT . punct 2 O .
" PUNCT `` punct 27 O " _
I PRON PRP nsubj 21 O I
dreamed VERB VBD ccomp 27 O dream
of ADP IN prep 21 O of
this PRON DT pobj 22 O this _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Adel PROPN NNP nsubj 27 O Adel
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# Striker Chinedu Obi, who came off the bench for Enyimba, said: "We wanted more."
_BENCH = """
Striker PROPN NNP compound 2 O Striker
Chinedu PROPN NNP compound 2 O Chinedu
Obi PROPN NNP nsubj 12 O Obi _
, PUNCT , punct 2 O ,
who PRON WP nsubj 5 O who
came VERB VBD relcl 2 O come
off ADP IN prep 5 O off
the DET DT det 8 O the
bench NOUN NN pobj 6 O bench
for ADP IN prep 5 O for
Enyimba PROPN NNP pobj 9 B-ORG Enyimba _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 16 O we
wanted VERB VBD ccomp 12 O want
more ADJ JJR dobj 16 O more _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
"""

# Tom Hale came on for Peter Mwangi after the break. "My legs were fresh," Hale said.
_PERSON_REPLACED = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 2 I-PERSON Hale
came VERB VBD ROOT 2 O come
on ADP RP prt 2 O on
for ADP IN prep 2 O for
Peter PROPN NNP compound 6 B-PERSON Peter
Mwangi PROPN NNP pobj 4 I-PERSON Mwangi
after ADP IN prep 2 O after
the DET DT det 9 O the
break NOUN NN pobj 7 O break _
. PUNCT . punct 2 O .
" PUNCT `` punct 19 O " _
My PRON PRP$ poss 13 O my
legs NOUN NNS nsubj 14 O leg
were AUX VBD ccomp 19 O be
fresh ADJ JJ acomp 14 O fresh _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Hale PROPN NNP nsubj 19 O Hale
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def test_the_side_come_on_for_as_a_substitute_is_the_players() -> None:
    rows = Extractor().rows(frozen(_SUBSTITUTE))
    assert [(r.speaker, r.organization) for r in rows] == [("Youssef Adel", "Al Ahly")]


def test_the_side_come_off_the_bench_for_is_the_players() -> None:
    rows = Extractor().rows(frozen(_BENCH))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Chinedu Obi", "Striker", "Enyimba")]


def test_a_player_come_on_for_is_no_side() -> None:
    rows = Extractor().rows(frozen(_PERSON_REPLACED))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Hale", "")]
