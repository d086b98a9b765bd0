"""A mayor or a governor titled before the name, one word, with no body of their own: the one
local government of the office's kind (models/local_governments.txt: `Corporation`,
`Municipality` for a mayor, `County Government` for a governor) that their sentence, or else the
sentence before, names; none when it names two. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# MUMBAI: Residents of Andheri protested outside the Brihanmumbai Municipal Corporation (BMC)
# headquarters on Tuesday as Mayor Ritu Deshpande announced a review of water cuts. “We will
# restore supply by Friday,” the mayor said.
_MUMBAI = """
MUMBAI PROPN NNP ROOT 0 O MUMBAI _
: PUNCT : punct 0 O :
Residents NOUN NNS nsubj 5 O resident
of ADP IN prep 2 O of
Andheri PROPN NNP pobj 3 B-ORG Andheri
protested VERB VBD ROOT 5 O protest
outside ADP IN prep 5 O outside
the DET DT det 14 B-ORG the
Brihanmumbai PROPN NNP nmod 10 I-ORG Brihanmumbai
Municipal PROPN NNP nmod 10 I-ORG Municipal
Corporation PROPN NNP nmod 14 I-ORG Corporation
( PUNCT -LRB- punct 10 O ( _
BMC PROPN NNP appos 10 B-ORG BMC _
) PUNCT -RRB- punct 14 O )
headquarters NOUN NN pobj 6 O headquarters
on ADP IN prep 5 O on
Tuesday PROPN NNP pobj 15 B-DATE Tuesday
as SCONJ IN mark 21 O as
Mayor PROPN NNP compound 20 O Mayor
Ritu PROPN NNP compound 20 O Ritu
Deshpande PROPN NNP nsubj 21 O Deshpande
announced VERB VBD advcl 5 O announce
a DET DT det 23 O a
review NOUN NN dobj 21 O review
of ADP IN prep 23 O of
water NOUN NN compound 26 O water
cuts NOUN NNS pobj 24 O cut _
. PUNCT . punct 5 O .
“ PUNCT `` punct 39 O " _
We PRON PRP nsubj 31 O we
will AUX MD aux 31 O will
restore VERB VB ccomp 39 O restore
supply NOUN NN dobj 31 O supply
by ADP IN prep 31 O by
Friday PROPN NNP pobj 33 B-DATE Friday _
, PUNCT , punct 39 O , _
” PUNCT '' punct 39 O "
the DET DT det 38 O the
mayor NOUN NN nsubj 39 O mayor
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""


# PRETORIA: Water has been cut in Mamelodi for a week, and the City of Tshwane Metropolitan
# Municipality says repairs will take days. Mayor Thandi Mokoena visited the reservoir on Sunday.
# “We are working around the clock,” she said.
_TSHWANE = """
PRETORIA NOUN NN ROOT 0 O pretoria _
: PUNCT : punct 0 O :
Water NOUN NN nsubjpass 5 O water
has AUX VBZ aux 5 O have
been AUX VBN auxpass 5 O be
cut VERB VBN ROOT 5 O cut
in ADP IN prep 5 O in
Mamelodi PROPN NNP pobj 6 B-GPE Mamelodi
for ADP IN prep 5 O for
a DET DT det 10 B-DATE a
week NOUN NN pobj 8 I-DATE week _
, PUNCT , punct 5 O ,
and CCONJ CC cc 5 O and
the DET DT det 14 B-GPE the
City PROPN NNP nsubj 19 I-GPE City
of ADP IN prep 14 I-GPE of
Tshwane PROPN NNP compound 18 I-GPE Tshwane
Metropolitan PROPN NNP compound 18 I-GPE Metropolitan
Municipality PROPN NNP pobj 15 I-GPE Municipality
says VERB VBZ conj 5 O say
repairs NOUN NNS nsubj 22 O repair
will AUX MD aux 22 O will
take VERB VB ccomp 19 O take
days NOUN NNS dobj 22 B-DATE day _
. PUNCT . punct 19 O .
Mayor PROPN NNP compound 27 O Mayor
Thandi PROPN NNP compound 27 B-PERSON Thandi
Mokoena PROPN NNP nsubj 28 I-PERSON Mokoena
visited VERB VBD ROOT 28 O visit
the DET DT det 30 O the
reservoir NOUN NN dobj 28 O reservoir
on ADP IN prep 28 O on
Sunday PROPN NNP pobj 31 B-DATE Sunday _
. PUNCT . punct 28 O .
“ PUNCT `` punct 37 O " _
We PRON PRP nsubj 37 O we
are AUX VBP aux 37 O be
working VERB VBG ccomp 44 O work
around ADP IN prep 37 O around
the DET DT det 40 O the
clock NOUN NN pobj 38 O clock _
, PUNCT , punct 44 O , _
” PUNCT '' punct 44 O "
she PRON PRP nsubj 44 O she
said VERB VBD ROOT 44 O say _
. PUNCT . punct 44 O . _
"""


# DHAKA: Mayor Rafiq Ahmed said the Dhaka North City Corporation and the Dhaka South City
# Corporation would share the cost of new drains. “Both cities flood every monsoon,” Ahmed said.
_DHAKA = """
DHAKA PROPN NNP ROOT 0 B-ORG DHAKA _
: PUNCT : punct 0 O :
Mayor PROPN NNP compound 4 O Mayor
Rafiq PROPN NNP compound 4 B-PERSON Rafiq
Ahmed PROPN NNP nsubj 5 I-PERSON Ahmed
said VERB VBD ROOT 5 O say
the DET DT det 10 B-ORG the
Dhaka PROPN NNP compound 10 I-ORG Dhaka
North PROPN NNP compound 9 I-ORG North
City PROPN NNP compound 10 I-ORG City
Corporation PROPN NNP nsubj 18 I-ORG Corporation
and CCONJ CC cc 10 O and
the DET DT det 16 B-ORG the
Dhaka PROPN NNP compound 15 I-ORG Dhaka
South PROPN NNP compound 15 I-ORG South
City PROPN NNP compound 16 I-ORG City
Corporation PROPN NNP conj 10 I-ORG Corporation
would AUX MD aux 18 O would
share VERB VB ccomp 5 O share
the DET DT det 20 O the
cost NOUN NN dobj 18 O cost
of ADP IN prep 20 O of
new ADJ JJ amod 23 O new
drains NOUN NNS pobj 21 O drain _
. PUNCT . punct 5 O .
“ PUNCT `` punct 28 O " _
Both DET DT det 27 O both
cities NOUN NNS nsubj 28 O city
flood VERB VBP ccomp 34 O flood
every DET DT det 30 O every
monsoon NOUN NN npadvmod 28 O monsoon _
, PUNCT , punct 34 O , _
” PUNCT '' punct 34 O "
Ahmed PROPN NNP nsubj 34 B-PERSON Ahmed
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""




def test_a_mayor_heads_the_corporation_in_her_sentence() -> None:
    assert who_of(_MUMBAI) == [("Ritu Deshpande", "Mayor", "Brihanmumbai Municipal Corporation")]


def test_a_mayor_heads_the_municipality_of_the_sentence_before() -> None:
    assert who_of(_TSHWANE) == [("Thandi Mokoena", "Mayor", "City of Tshwane Metropolitan Municipality")]


def test_no_body_for_a_mayor_beside_two_corporations() -> None:
    assert who_of(_DHAKA) == [("Rafiq Ahmed", "Mayor", "")]
