"""`Kestrel Vale conceded two late tries to winger Sam Dube`, `Brisbane Roar conceded a late penalty to
forward Sam Dube`, the lede's first sentence: the player the side let a score in `to` scored against
it, so the side's job in the lede is not his. The tagger may read `to winger` as an infinitive
(`winger` a verb over the name). A side handing something `to` its own player keeps him. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Kestrel Vale conceded two late tries to winger Sam Dube in Saturday's defeat at Newlands. "We
# switched off at the end," Dube said after the match.
_TRIES_TO_WINGER = """
Kestrel PROPN NNP compound 1 B-PERSON Kestrel
Vale PROPN NNP nsubj 2 I-PERSON Vale
conceded VERB VBD ROOT 2 O concede
two NUM CD nummod 5 B-CARDINAL two
late ADJ JJ amod 5 O late
tries NOUN NNS dobj 2 O try
to PART TO aux 7 O to
winger VERB VB acl 5 O winger
Sam PROPN NNP compound 9 B-PERSON Sam
Dube PROPN NNP dobj 7 I-PERSON Dube
in ADP IN prep 7 O in
Saturday PROPN NNP poss 13 B-DATE Saturday _
's PART POS case 11 O 's
defeat NOUN NN pobj 10 O defeat
at ADP IN prep 13 O at
Newlands PROPN NNP pobj 14 B-GPE Newlands _
. PUNCT . punct 2 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 19 O we
switched VERB VBD ccomp 27 O switch
off ADP RP prt 19 O off
at ADP IN prep 19 O at
the DET DT det 23 O the
end NOUN NN pobj 21 O end _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Dube PROPN NNP nsubj 27 B-PERSON Dube
said VERB VBD ROOT 27 O say
after ADP IN prep 27 O after
the DET DT det 30 O the
match NOUN NN pobj 28 O match _
. PUNCT . punct 27 O . _
"""


# Brisbane Roar conceded a late penalty to forward Sam Dube in the first half. "I was pulled
# down," Dube said.
_PENALTY_TO_FORWARD = """
Brisbane PROPN NNP compound 1 B-PERSON Brisbane
Roar PROPN NNP nsubj 2 I-PERSON Roar
conceded VERB VBD ROOT 2 O concede
a DET DT det 5 O a
late ADJ JJ amod 5 O late
penalty NOUN NN dobj 2 O penalty
to ADP IN prep 2 O to
forward ADV RB advmod 9 O forward
Sam PROPN NNP compound 9 B-PERSON Sam
Dube PROPN NNP pobj 6 I-PERSON Dube
in ADP IN prep 2 O in
the DET DT det 13 B-DATE the
first ADJ JJ amod 13 I-DATE first
half NOUN NN pobj 10 I-DATE half _
. PUNCT . punct 2 O .
" PUNCT `` punct 23 O " _
I PRON PRP nsubjpass 18 O I
was AUX VBD auxpass 18 O be
pulled VERB VBN ccomp 23 O pull
down ADP RP prt 18 O down _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Dube PROPN NNP nsubj 23 B-PERSON Dube
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


# Kestrel Vale have handed the captaincy to winger Sam Dube for Saturday's game. "It is an
# honour," Dube said.
_CAPTAINCY_TO_WINGER = """
Kestrel PROPN NNP compound 1 B-PERSON Kestrel
Vale PROPN NNP nsubj 3 I-PERSON Vale
have AUX VBP aux 3 O have
handed VERB VBN ROOT 3 O hand
the DET DT det 5 O the
captaincy NOUN NN dobj 3 O captaincy
to PART TO aux 7 O to
winger VERB VB advcl 3 O winger
Sam PROPN NNP compound 9 B-PERSON Sam
Dube PROPN NNP dobj 7 I-PERSON Dube
for ADP IN prep 7 O for
Saturday PROPN NNP poss 13 B-DATE Saturday _
's PART POS case 11 O 's
game NOUN NN pobj 10 O game _
. PUNCT . punct 3 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 17 O it
is AUX VBZ ccomp 23 O be
an DET DT det 19 O an
honour NOUN NN attr 17 O honour _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Dube PROPN NNP nsubj 23 B-PERSON Dube
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""




def test_tries_conceded_to_a_winger_read_as_a_verb_are_not_his_sides() -> None:
    assert who_of(_TRIES_TO_WINGER) == [("Sam Dube", "winger", "")]


def test_a_penalty_conceded_to_a_forward_is_not_his_sides() -> None:
    assert who_of(_PENALTY_TO_FORWARD) == [("Sam Dube", "forward", "")]


def test_a_captaincy_handed_to_a_winger_keeps_his_side() -> None:
    assert who_of(_CAPTAINCY_TO_WINGER) == [("Sam Dube", "winger", "Kestrel Vale")]
