"""`Jonathan McKinstry, the Gor Mahia coach,`: a side's name of two words or more that the tagger
tags a person only right before a job only a side has is the side, in an apposition as in a title
(`Gor Mahia coach X`), though the tagger's person puts its words among the article's people's; a
person the story names elsewhere (`Amina Otieno won the race … the Amina Otieno coach`) is no
side. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Jonathan McKinstry, the Gor Mahia coach, said: "We are building."
_A_SIDE_TAGGED_A_PERSON = """
Jonathan PROPN NNP compound 1 B-PERSON Jonathan
McKinstry PROPN NNP nsubj 8 I-PERSON McKinstry _
, PUNCT , punct 1 O ,
the DET DT det 6 O the
Gor PROPN NNP compound 5 B-PERSON Gor
Mahia PROPN NNP compound 6 I-PERSON Mahia
coach NOUN NN appos 1 O coach _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 13 O we
are AUX VBP aux 13 O be
building VERB VBG ccomp 8 O build _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""

# Amina Otieno won the race on Sunday. Sean Foley, the Amina Otieno coach, said: "She is hungry."
_A_PERSON_NAMED_BEFORE = """
Amina PROPN NNP compound 1 B-PERSON Amina
Otieno PROPN NNP nsubj 2 I-PERSON Otieno
won VERB VBD ROOT 2 O win
the DET DT det 4 O the
race NOUN NN dobj 2 O race
on ADP IN prep 2 O on
Sunday PROPN NNP pobj 5 B-DATE Sunday _
. PUNCT . punct 2 O .
Sean PROPN NNP compound 9 B-PERSON Sean
Foley PROPN NNP nsubj 16 I-PERSON Foley _
, PUNCT , punct 9 O ,
the DET DT det 14 O the
Amina PROPN NNP compound 13 B-PERSON Amina
Otieno PROPN NNP compound 14 I-PERSON Otieno
coach NOUN NN appos 9 O coach _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 16 O say _
: PUNCT : punct 16 O :
" PUNCT `` punct 16 O " _
She PRON PRP nsubj 20 O she
is AUX VBZ ccomp 16 O be
hungry ADJ JJ acomp 20 O hungry _
. PUNCT . punct 16 O . _
" PUNCT '' punct 16 O " _
"""




def test_a_side_tagged_a_person_before_a_coach_is_the_side() -> None:
    assert who_of(_A_SIDE_TAGGED_A_PERSON) == [("Jonathan McKinstry", "coach", "Gor Mahia")]


def test_a_person_named_elsewhere_before_a_coach_is_no_side() -> None:
    assert who_of(_A_PERSON_NAMED_BEFORE) == [("Sean Foley", "Amina Otieno coach", "")]
