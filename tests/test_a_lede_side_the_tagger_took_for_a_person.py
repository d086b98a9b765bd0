"""`Brisbane Roar have sacked head coach Tom Hale …`, then `The club's chairman, Ken Rudd,`: the
lede's subject, a name the tagger took for a person, is the side `the club` means when the lede's
sentence gives a job only a side has (models/team_jobs.txt) to someone it acts on, and that
holder, named in the sentence with no body, is in the side too; not the lede's subject that holds
the job itself `as` (`Mwangi Otieno has quit as head coach`), who is a person. The article opening
the lede is no part of the side's name (`The Lenton Broncos have sacked …`). Frozen parses of
texts written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Brisbane Roar have sacked head coach Tom Hale after a five-game losing streak left the club
# bottom of the A-League ladder.
#
# The club's chairman, Ken Rudd, said the decision was unanimous.
#
# "Tom gave this club everything," Rudd said.
#
# In a post on Instagram, Hale thanked the fans. "I leave with my head up," he wrote.
_ROAR = """
Brisbane PROPN NNP compound 1 B-PERSON Brisbane
Roar PROPN NNP nsubj 3 I-PERSON Roar
have AUX VBP aux 3 O have
sacked VERB VBN ROOT 3 O sack
head NOUN NN compound 5 O head
coach NOUN NN compound 7 O coach
Tom PROPN NNP compound 7 B-PERSON Tom
Hale PROPN NNP dobj 3 I-PERSON Hale
after SCONJ IN mark 15 O after
a DET DT det 14 O a
five NUM CD nummod 12 B-CARDINAL five _
- PUNCT HYPH punct 12 O - _
game NOUN NN compound 14 O game
losing NOUN NN compound 14 O losing
streak NOUN NN nsubj 15 O streak
left VERB VBD advcl 3 O leave
the DET DT det 18 O the
club NOUN NN compound 18 O club
bottom NOUN NN dobj 15 O bottom
of ADP IN prep 18 O of
the DET DT det 24 B-ORG the
A PROPN NNP compound 23 I-ORG A _
- PUNCT HYPH punct 23 I-ORG - _
League PROPN NNP compound 24 I-ORG League
ladder NOUN NN pobj 19 O ladder _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
The DET DT det 28 O the
club NOUN NN poss 30 O club _
's PART POS case 28 O 's
chairman NOUN NN nsubj 35 O chairman _
, PUNCT , punct 30 O ,
Ken PROPN NNP compound 33 B-PERSON Ken
Rudd PROPN NNP appos 30 I-PERSON Rudd _
, PUNCT , punct 30 O ,
said VERB VBD ROOT 35 O say
the DET DT det 37 O the
decision NOUN NN nsubj 38 O decision
was AUX VBD ccomp 35 O be
unanimous ADJ JJ acomp 38 O unanimous _
. PUNCT . punct 35 O . _
<paragraph> SPACE _SP dep 40 O <paragraph> _
" PUNCT `` punct 44 O " _
Tom PROPN NNP nsubj 44 B-PERSON Tom
gave VERB VBD ccomp 51 O give
this DET DT det 46 O this
club NOUN NN dative 44 O club
everything PRON NN dobj 44 O everything _
, PUNCT , punct 51 O , _
" PUNCT '' punct 51 O "
Rudd PROPN NNP nsubj 51 B-PERSON Rudd
said VERB VBD ROOT 51 O say _
. PUNCT . punct 51 O . _
<paragraph> SPACE _SP dep 52 O <paragraph> _
In ADP IN prep 61 O in
a DET DT det 56 O a
post NOUN NN pobj 54 O post
on ADP IN prep 56 O on
Instagram PROPN NNP pobj 57 B-ORG Instagram _
, PUNCT , punct 61 O ,
Hale PROPN NNP nsubj 61 B-GPE Hale
thanked VERB VBD ROOT 61 O thank
the DET DT det 63 O the
fans NOUN NNS dobj 61 O fan _
. PUNCT . punct 61 O .
" PUNCT `` punct 75 O " _
I PRON PRP nsubj 67 O I
leave VERB VBP ccomp 75 O leave
with ADP IN prep 67 O with
my PRON PRP$ poss 70 O my
head NOUN NN pobj 68 O head
up ADP RP advmod 67 O up _
, PUNCT , punct 75 O , _
" PUNCT '' punct 75 O "
he PRON PRP nsubj 75 O he
wrote VERB VBD ROOT 75 O write _
. PUNCT . punct 75 O . _
"""

# Mwangi Otieno has quit as head coach after a 3-0 defeat.
#
# The club's chairman, Ken Rudd, said the board accepted his resignation.
#
# "We thank Mwangi," Rudd said.
_QUIT = """
Mwangi PROPN NNP compound 1 B-PERSON Mwangi
Otieno PROPN NNP nsubj 3 I-PERSON Otieno
has AUX VBZ aux 3 O have
quit VERB VBN ROOT 3 O quit
as ADP IN prep 3 O as
head NOUN NN compound 6 O head
coach NOUN NN pobj 4 O coach
after ADP IN prep 3 O after
a DET DT det 12 O a
3 NUM CD nummod 12 B-CARDINAL 3 _
- SYM SYM punct 11 O - _
0 NUM CD prep 9 O 0
defeat NOUN NN pobj 7 O defeat _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
The DET DT det 16 O the
club NOUN NN poss 18 O club _
's PART POS case 16 O 's
chairman NOUN NN nsubj 23 O chairman _
, PUNCT , punct 18 O ,
Ken PROPN NNP compound 21 B-PERSON Ken
Rudd PROPN NNP appos 18 I-PERSON Rudd _
, PUNCT , punct 18 O ,
said VERB VBD ROOT 23 O say
the DET DT det 25 O the
board NOUN NN nsubj 26 O board
accepted VERB VBD ccomp 23 O accept
his PRON PRP$ poss 28 O his
resignation NOUN NN dobj 26 O resignation _
. PUNCT . punct 23 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
" PUNCT `` punct 38 O " _
We PRON PRP nsubj 33 O we
thank VERB VBP ccomp 38 O thank
Mwangi PROPN NNP dobj 33 B-PERSON Mwangi _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
Rudd PROPN NNP nsubj 38 B-PERSON Rudd
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""


def test_the_lede_side_the_tagger_took_for_a_person() -> None:
    rows = Extractor().rows(frozen(_ROAR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ken Rudd", "chairman", "Brisbane Roar"),
        ("Tom Hale", "head coach", "Brisbane Roar"),
    ]


def test_no_side_from_a_person_who_quit_as_coach() -> None:
    rows = Extractor().rows(frozen(_QUIT))
    assert [(r.speaker, r.organization) for r in rows] == [("Ken Rudd", "")]


# The Lenton Broncos have sacked head coach Tom Reid after a winless season. /  / “We need a fresh
# voice,” the club’s chairman, Ann Bell, said.
_BRONCOS = """
The DET DT det 2 O the
Lenton PROPN NNP compound 2 O Lenton
Broncos PROPN NNP nsubj 4 O Broncos
have AUX VBP aux 4 O have
sacked VERB VBN ROOT 4 O sack
head NOUN NN compound 6 O head
coach NOUN NN compound 8 O coach
Tom PROPN NNP compound 8 B-PERSON Tom
Reid PROPN NNP dobj 4 I-PERSON Reid
after ADP IN prep 4 O after
a DET DT det 12 O a
winless NOUN NN compound 12 O winless
season NOUN NN pobj 9 O season _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
“ PUNCT `` punct 31 O " _
We PRON PRP nsubj 17 O we
need VERB VBP ccomp 31 O need
a DET DT det 20 O a
fresh ADJ JJ amod 20 O fresh
voice NOUN NN dobj 17 O voice _
, PUNCT , punct 31 O , _
” PUNCT '' punct 31 O "
the DET DT det 24 O the
club NOUN NN poss 26 O club _
’s PART POS case 24 O ’s
chairman NOUN NN nsubj 31 O chairman _
, PUNCT , punct 26 O ,
Ann PROPN NNP compound 29 B-PERSON Ann
Bell PROPN NNP appos 26 I-PERSON Bell _
, PUNCT , punct 26 O ,
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_the_lede_side_after_the_article_opening_the_sentence() -> None:
    rows = Extractor().rows(frozen(_BRONCOS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ann Bell", "chairman", "Lenton Broncos")]
