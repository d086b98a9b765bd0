"""`Mrs Okafor` after `Mr Peter Okafor`, `Mr Murphy` after `Mrs Mary Murphy`: a surname whose title
says a gender is no one whom an earlier title and the given name both say is of the other,
however near (a wife, husband or mother who shares the name); with no one else so named, it is
someone new. A given name alone rules no one out (`Kristian`, which the lists also give women).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# John Murphy and his wife, Mary Murphy, run the shop on Main Street. "We have lost everything,"
# Mrs Murphy said. "It is gone," Mr Murphy said.
_COUPLE = """
John PROPN NNP compound 1 B-PERSON John
Murphy PROPN NNP nsubj 9 I-PERSON Murphy
and CCONJ CC cc 1 O and
his PRON PRP$ poss 4 O his
wife NOUN NN conj 1 O wife _
, PUNCT , punct 4 O ,
Mary PROPN NNP compound 7 B-PERSON Mary
Murphy PROPN NNP appos 4 I-PERSON Murphy _
, PUNCT , punct 4 O ,
run VERB VB ROOT 9 O run
the DET DT det 11 O the
shop NOUN NN dobj 9 O shop
on ADP IN prep 11 O on
Main PROPN NNP compound 14 B-FAC Main
Street PROPN NNP pobj 12 I-FAC Street _
. PUNCT . punct 9 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 19 O we
have AUX VBP aux 19 O have
lost VERB VBN ccomp 25 O lose
everything PRON NN dobj 19 O everything _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Mrs PROPN NNP compound 24 B-PERSON Mrs
Murphy PROPN NNP nsubj 25 I-PERSON Murphy
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O .
" PUNCT `` punct 35 O " _
It PRON PRP nsubj 29 O it
is AUX VBZ ccomp 35 O be
gone VERB VBN acomp 29 O go _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
Mr PROPN NNP compound 34 O Mr
Murphy PROPN NNP nsubj 35 B-PERSON Murphy
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""

# Peter Okafor, 45, lost his shop in the fire. "It is gone," Mr Okafor said. His mother, a retired
# teacher, wept. "We have lost everything," Mrs Okafor said.
_MOTHER = """
Peter PROPN NNP compound 1 B-PERSON Peter
Okafor PROPN NNP nsubj 5 I-PERSON Okafor _
, PUNCT , punct 1 O ,
45 NUM CD appos 1 B-DATE 45 _
, PUNCT , punct 1 O ,
lost VERB VBD ROOT 5 O lose
his PRON PRP$ poss 7 O his
shop NOUN NN dobj 5 O shop
in ADP IN prep 5 O in
the DET DT det 10 O the
fire NOUN NN pobj 8 O fire _
. PUNCT . punct 5 O .
" PUNCT `` punct 20 O " _
It PRON PRP nsubj 14 O it
is AUX VBZ ccomp 20 O be
gone VERB VBN acomp 14 O go _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Mr PROPN NNP compound 19 O Mr
Okafor PROPN NNP nsubj 20 B-PERSON Okafor
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O .
His PRON PRP$ poss 23 O his
mother NOUN NN nsubj 29 O mother _
, PUNCT , punct 23 O ,
a DET DT det 27 O a
retired ADJ JJ amod 27 O retired
teacher NOUN NN appos 23 O teacher _
, PUNCT , punct 23 O ,
wept VERB VBD ROOT 29 O weep _
. PUNCT . punct 29 O .
" PUNCT `` punct 40 O " _
We PRON PRP nsubj 34 O we
have AUX VBP aux 34 O have
lost VERB VBN ccomp 40 O lose
everything PRON NN dobj 34 O everything _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
Mrs PROPN NNP compound 39 B-PERSON Mrs
Okafor PROPN NNP nsubj 40 I-PERSON Okafor
said VERB VBD ROOT 40 O say _
. PUNCT . punct 40 O . _
"""


# Kristian Haugen, a Labour member from Tromso, said he would ask the government to act. "The
# fishermen are not asking for charity," Mr. Haugen said.
_GIVEN = """
Kristian PROPN NNP compound 1 B-PERSON Kristian
Haugen PROPN NNP nsubj 9 I-PERSON Haugen _
, PUNCT , punct 1 O ,
a DET DT det 5 O a
Labour PROPN NNP compound 5 B-ORG Labour
member NOUN NN appos 1 O member
from ADP IN prep 5 O from
Tromso PROPN NNP pobj 6 B-ORG Tromso _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 9 O say
he PRON PRP nsubj 12 O he
would AUX MD aux 12 O would
ask VERB VB ccomp 9 O ask
the DET DT det 14 O the
government NOUN NN dobj 12 O government
to PART TO aux 16 O to
act VERB VB xcomp 12 O act _
. PUNCT . punct 9 O .
" PUNCT `` punct 30 O " _
The DET DT det 20 O the
fishermen NOUN NNS nsubj 23 O fisherman
are AUX VBP aux 23 O be
not PART RB neg 23 O not
asking VERB VBG ccomp 30 O ask
for ADP IN prep 23 O for
charity NOUN NN pobj 24 O charity _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Mr. PROPN NNP compound 29 O Mr.
Haugen PROPN NNP nsubj 30 B-PERSON Haugen
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_a_husband_and_wife_who_share_a_surname_are_told_apart_by_their_titles() -> None:
    rows = Extractor().rows(frozen(_COUPLE))
    assert [r.speaker for r in rows] == ["Mary Murphy", "John Murphy"]


def test_a_mother_titled_mrs_is_not_her_son_named_in_full() -> None:
    rows = Extractor().rows(frozen(_MOTHER))
    assert [r.speaker for r in rows] == ["Peter Okafor", "Okafor"]


def test_a_given_name_alone_rules_no_one_out() -> None:
    rows = Extractor().rows(frozen(_GIVEN))
    assert [r.speaker for r in rows] == ["Kristian Haugen"]
