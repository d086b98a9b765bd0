"""`X, who has played 212 games for the club`: a player plays now for the side the story's `the
club` stands for, by the present or the present perfect (`who plays for the club`); one who
`played` for it in the past is of no side. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Harbour City Rovers have sacked manager Dean Foley after a run of eight defeats left the club
# bottom of the league table. /  / “We let him down,” said captain Tom Reid, who has played 212
# games for the club.
_CAPTAIN = """
Harbour PROPN NNP compound 2 B-ORG Harbour
City PROPN NNP compound 2 I-ORG City
Rovers PROPN NNPS nsubj 4 I-ORG Rovers
have AUX VBP aux 4 O have
sacked VERB VBN amod 5 O sack
manager NOUN NN compound 7 O manager
Dean PROPN NNP compound 7 B-PERSON Dean
Foley PROPN NNP nsubj 14 I-PERSON Foley
after ADP IN prep 14 O after
a DET DT det 10 O a
run NOUN NN pobj 8 O run
of ADP IN prep 10 O of
eight NUM CD nummod 13 B-CARDINAL eight
defeats NOUN NNS pobj 11 O defeat
left VERB VBD ROOT 14 O leave
the DET DT det 17 O the
club NOUN NN compound 17 O club
bottom NOUN NN dobj 14 O bottom
of ADP IN prep 17 O of
the DET DT det 21 O the
league NOUN NN compound 21 O league
table NOUN NN pobj 18 O table _
. PUNCT . punct 14 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
“ PUNCT `` punct 31 O " _
We PRON PRP nsubj 26 O we
let VERB VBD ccomp 31 O let
him PRON PRP nsubj 28 O he
down ADP RP prt 26 O down _
, PUNCT , punct 31 O , _
” PUNCT '' punct 31 O "
said VERB VBD ROOT 31 O say
captain NOUN NN compound 34 O captain
Tom PROPN NNP compound 34 B-PERSON Tom
Reid PROPN NNP nsubj 31 I-PERSON Reid _
, PUNCT , punct 34 O ,
who PRON WP nsubj 38 O who
has AUX VBZ aux 38 O have
played VERB VBN relcl 34 O play
212 NUM CD nummod 40 B-CARDINAL 212
games NOUN NNS dobj 38 O game
for ADP IN prep 40 O for
the DET DT det 43 O the
club NOUN NN pobj 41 O club _
. PUNCT . punct 31 O . _
"""


# Harbour City Rovers have sacked manager Dean Foley after a run of eight defeats left the club
# bottom of the league table. /  / “It is a sad day,” said Tom Reid, who played 40 games for the
# club in the 1990s.
_OLD_BOY = """
Harbour PROPN NNP compound 2 B-ORG Harbour
City PROPN NNP compound 2 I-ORG City
Rovers PROPN NNPS nsubj 4 I-ORG Rovers
have AUX VBP aux 4 O have
sacked VERB VBN amod 5 O sack
manager NOUN NN compound 7 O manager
Dean PROPN NNP compound 7 B-PERSON Dean
Foley PROPN NNP nsubj 14 I-PERSON Foley
after ADP IN prep 14 O after
a DET DT det 10 O a
run NOUN NN pobj 8 O run
of ADP IN prep 10 O of
eight NUM CD nummod 13 B-CARDINAL eight
defeats NOUN NNS pobj 11 O defeat
left VERB VBD ROOT 14 O leave
the DET DT det 17 O the
club NOUN NN compound 17 O club
bottom NOUN NN dobj 14 O bottom
of ADP IN prep 17 O of
the DET DT det 21 O the
league NOUN NN compound 21 O league
table NOUN NN pobj 18 O table _
. PUNCT . punct 14 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
“ PUNCT `` punct 32 O " _
It PRON PRP nsubj 26 O it
is AUX VBZ ccomp 32 O be
a DET DT det 29 B-DATE a
sad ADJ JJ amod 29 I-DATE sad
day NOUN NN attr 26 I-DATE day _
, PUNCT , punct 32 O , _
” PUNCT '' punct 32 O "
said VERB VBD ROOT 32 O say
Tom PROPN NNP compound 34 B-PERSON Tom
Reid PROPN NNP nsubj 32 I-PERSON Reid _
, PUNCT , punct 34 O ,
who PRON WP nsubj 37 O who
played VERB VBD relcl 34 O play
40 NUM CD nummod 39 B-CARDINAL 40
games NOUN NNS dobj 37 O game
for ADP IN prep 37 O for
the DET DT det 42 O the
club NOUN NN pobj 40 O club
in ADP IN prep 37 O in
the DET DT det 45 B-DATE the
1990s NUM CD pobj 43 I-DATE 1990s _
. PUNCT . punct 32 O . _
"""




def test_a_player_of_the_club_the_story_is_about() -> None:
    assert who_of(_CAPTAIN) == [("Tom Reid", "captain", "Harbour City Rovers")]


def test_no_side_for_one_who_played_for_it_long_ago() -> None:
    assert who_of(_OLD_BOY) == [("Tom Reid", "", "")]
