"""`the` and a role noun alone, the subject of a verb that puts someone in a post or out of one
(models/post_verbs.txt) whose object is a person or a role, is the one with the power to do it,
whom the story brings in, not the person quoted last: `"…," said Grace Kila. The minister fired
the coordinator.` gives Kila no role. A description that is the subject of another verb still
stands for the one named last (`The minister toured the site … the minister said`). Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "We will not back down," said Grace Kila. The minister fired the coordinator on Friday.
_KILA = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
back VERB VB ccomp 8 O back
down ADP RP prt 4 O down _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Grace PROPN NNP compound 10 B-PERSON Grace
Kila PROPN NNP nsubj 8 I-PERSON Kila _
. PUNCT . punct 8 O .
The DET DT det 13 O the
minister NOUN NN nsubj 14 O minister
fired VERB VBD ROOT 14 O fire
the DET DT det 16 O the
coordinator NOUN NN dobj 14 O coordinator
on ADP IN prep 14 O on
Friday PROPN NNP pobj 17 B-DATE Friday _
. PUNCT . punct 14 O . _
"""


# "We will rebuild the clinic," said Ana Hale. The minister toured the site on Friday. "It was
# a good visit," the minister said.
_HALE = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
rebuild VERB VB ccomp 8 O rebuild
the DET DT det 5 O the
clinic NOUN NN dobj 3 O clinic _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Ana PROPN NNP compound 10 B-PERSON Ana
Hale PROPN NNP nsubj 8 I-PERSON Hale _
. PUNCT . punct 8 O .
The DET DT det 13 O the
minister NOUN NN nsubj 14 O minister
toured VERB VBD ROOT 14 O tour
the DET DT det 16 O the
site NOUN NN dobj 14 O site
on ADP IN prep 14 O on
Friday PROPN NNP pobj 17 B-DATE Friday _
. PUNCT . punct 14 O .
" PUNCT `` punct 30 O " _
It PRON PRP nsubj 22 O it
was AUX VBD ccomp 30 O be
a DET DT det 25 O a
good ADJ JJ amod 25 O good
visit NOUN NN attr 22 O visit _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
the DET DT det 29 O the
minister NOUN NN nsubj 30 O minister
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""




def test_the_one_who_fires_is_not_the_one_quoted() -> None:
    assert who_of(_KILA) == [("Grace Kila", "", "")]


def test_a_description_acting_otherwise_is_the_one_named_last() -> None:
    assert who_of(_HALE) == [("Ana Hale", "minister", ""), ("Ana Hale", "minister", "")]
