"""`The pressure group Save Our Shores …`, then `a spokesman for the rights group said` or `the
rights group's director`: a kind of body named by two words (models/body_kinds_of_two_words.txt)
stands for the body the story brought in as that kind, and for none brought in as another kind of
two words (the story speaks of another group); a body brought in as no kind (`Human Rights Watch
said`) is still what `the rights group` means. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The pressure group Save Our Shores staged a protest in Durban. "This is a violation of basic
# rights," the rights group's director, Thandi Mokoena, said.
_ITS_DIRECTOR = """
The DET DT det 2 O the
pressure NOUN NN compound 2 O pressure
group NOUN NN nsubj 6 O group
Save PROPN NNP compound 5 B-ORG Save
Our PRON PRP$ poss 5 I-ORG our
Shores PROPN NNPS appos 2 I-ORG Shores
staged VERB VBD ROOT 6 O stag
a DET DT det 8 O a
protest NOUN NN dobj 6 O protest
in ADP IN prep 6 O in
Durban PROPN NNP pobj 9 B-ORG Durban _
. PUNCT . punct 6 O .
" PUNCT `` punct 31 O " _
This PRON DT nsubj 14 O this
is AUX VBZ ccomp 31 O be
a DET DT det 16 O a
violation NOUN NN attr 14 O violation
of ADP IN prep 16 O of
basic ADJ JJ amod 19 O basic
rights NOUN NNS pobj 17 O right _
, PUNCT , punct 31 O , _
" PUNCT '' punct 26 O "
the DET DT det 24 O the
rights NOUN NNS compound 24 O right
group NOUN NN poss 26 O group _
's PART POS case 24 O 's
director NOUN NN nsubj 31 O director _
, PUNCT , punct 26 O ,
Thandi PROPN NNP compound 29 B-PERSON Thandi
Mokoena PROPN NNP appos 26 I-PERSON Mokoena _
, PUNCT , punct 26 O ,
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""

# The rights group Lumen Trust said the arrests were unlawful. The pressure group Save Our Shores
# staged a protest on the beach. "This is a violation of basic rights," a spokesman for the rights
# group said.
_TWO_GROUPS = """
The DET DT det 2 O the
rights NOUN NNS compound 2 O right
group NOUN NN compound 4 O group
Lumen PROPN NNP compound 4 B-ORG Lumen
Trust PROPN NNP nsubj 5 I-ORG Trust
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
arrests NOUN NNS nsubj 8 O arrest
were AUX VBD ccomp 5 O be
unlawful ADJ JJ acomp 8 O unlawful _
. PUNCT . punct 5 O .
The DET DT det 13 O the
pressure NOUN NN compound 13 O pressure
group NOUN NN nsubj 17 O group
Save PROPN NNP compound 16 B-ORG Save
Our PRON PRP$ poss 16 I-ORG our
Shores PROPN NNPS appos 13 I-ORG Shores
staged VERB VBD ROOT 17 O stag
a DET DT det 19 O a
protest NOUN NN dobj 17 O protest
on ADP IN prep 17 O on
the DET DT det 22 O the
beach NOUN NN pobj 20 O beach _
. PUNCT . punct 17 O .
" PUNCT `` punct 40 O " _
This PRON DT nsubj 26 O this
is AUX VBZ ccomp 40 O be
a DET DT det 28 O a
violation NOUN NN attr 26 O violation
of ADP IN prep 28 O of
basic ADJ JJ amod 31 O basic
rights NOUN NNS pobj 29 O right _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
a DET DT det 35 O a
spokesman NOUN NN nsubj 40 O spokesman
for ADP IN prep 35 O for
the DET DT det 39 O the
rights NOUN NNS compound 39 O right
group NOUN NN pobj 36 O group
said VERB VBD ROOT 40 O say _
. PUNCT . punct 40 O . _
"""

# The pressure group Save Our Shores staged a protest on the beach in Durban on Saturday. "This is
# a violation of basic rights," a spokesman for the rights group said.
_A_SPOKESMAN = """
The DET DT det 2 O the
pressure NOUN NN compound 2 O pressure
group NOUN NN nsubj 6 O group
Save PROPN NNP compound 5 B-ORG Save
Our PRON PRP$ poss 5 I-ORG our
Shores PROPN NNPS appos 2 I-ORG Shores
staged VERB VBD ROOT 6 O stag
a DET DT det 8 O a
protest NOUN NN dobj 6 O protest
on ADP IN prep 8 O on
the DET DT det 11 O the
beach NOUN NN pobj 9 O beach
in ADP IN prep 6 O in
Durban PROPN NNP pobj 12 B-ORG Durban
on ADP IN prep 6 O on
Saturday PROPN NNP pobj 14 B-DATE Saturday _
. PUNCT . punct 6 O .
" PUNCT `` punct 33 O " _
This PRON DT nsubj 19 O this
is AUX VBZ ccomp 33 O be
a DET DT det 21 O a
violation NOUN NN attr 19 O violation
of ADP IN prep 21 O of
basic ADJ JJ amod 24 O basic
rights NOUN NNS pobj 22 O right _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
a DET DT det 28 O a
spokesman NOUN NN nsubj 33 O spokesman
for ADP IN prep 28 O for
the DET DT det 32 O the
rights NOUN NNS compound 32 O right
group NOUN NN pobj 29 O group
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""

# Human Rights Watch said the arrests in Harare were unlawful. "They must be freed," a spokesman
# for the rights group said.
_NO_KIND_GIVEN = """
Human PROPN NNP compound 1 O Human
Rights PROPN NNPS compound 2 O Rights
Watch PROPN NNP nsubj 3 O Watch
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
arrests NOUN NNS nsubj 8 O arrest
in ADP IN prep 5 O in
Harare PROPN NNP pobj 6 B-GPE Harare
were AUX VBD ccomp 3 O be
unlawful ADJ JJ acomp 8 O unlawful _
. PUNCT . punct 3 O .
" PUNCT `` punct 24 O " _
They PRON PRP nsubjpass 15 O they
must AUX MD aux 15 O must
be AUX VB auxpass 15 O be
freed VERB VBN ccomp 24 O free _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
a DET DT det 19 O a
spokesman NOUN NN nsubj 24 O spokesman
for ADP IN prep 19 O for
the DET DT det 23 O the
rights NOUN NNS compound 23 O right
group NOUN NN pobj 20 O group
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""




def test_the_director_of_another_kind_of_group_has_no_body() -> None:
    assert who_of(_ITS_DIRECTOR) == [("Thandi Mokoena", "director", "")]


def test_the_rights_group_is_the_body_brought_in_as_one() -> None:
    assert who_of(_TWO_GROUPS) == [("a spokesman", "spokesman for the rights group", "Lumen Trust")]


def test_a_spokesman_for_another_kind_of_group_has_no_body() -> None:
    assert who_of(_A_SPOKESMAN) == [("a spokesman", "spokesman for the rights group", "")]


def test_a_body_brought_in_as_no_kind_is_still_the_rights_group() -> None:
    assert who_of(_NO_KIND_GIVEN) == [("a spokesman", "spokesman for the rights group", "Human Rights Watch")]
