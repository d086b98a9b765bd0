"""`The think tank Bruegel said …`, then `the think tank's director, X,`: a kind of body named by
two words in small letters (models/body_kinds_of_two_words.txt: `think tank`, `rights group`),
after `the` right before a name, says what the story's `the think tank` means, whatever the tagger
called the name; the noun alone (`tank`, `group`) says nothing of it. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The think tank Bruegel said the levy would raise prices. "It is a tax by another name," the
# think tank's director, Jeromin Kessler, told reporters.
_THINK_TANK = """
The DET DT det 3 O the
think NOUN NN compound 2 O think
tank NOUN NN compound 3 O tank
Bruegel PROPN NNP nsubj 4 B-GPE Bruegel
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
levy NOUN NN nsubj 8 O levy
would AUX MD aux 8 O would
raise VERB VB ccomp 4 O raise
prices NOUN NNS dobj 8 O price _
. PUNCT . punct 4 O .
" PUNCT `` punct 30 O " _
It PRON PRP nsubj 13 O it
is AUX VBZ ccomp 30 O be
a DET DT det 15 O a
tax NOUN NN attr 13 O tax
by ADP IN prep 15 O by
another DET DT det 18 O another
name NOUN NN pobj 16 O name _
, PUNCT , punct 13 O , _
" PUNCT '' punct 19 O "
the DET DT det 23 O the
think NOUN NN compound 23 O think
tank NOUN NN poss 25 O tank _
's PART POS case 23 O 's
director NOUN NN nsubj 30 O director _
, PUNCT , punct 25 O ,
Jeromin PROPN NNP compound 28 B-PERSON Jeromin
Kessler PROPN NNP appos 25 I-PERSON Kessler _
, PUNCT , punct 25 O ,
told VERB VBD ROOT 30 O tell
reporters NOUN NNS dobj 30 O reporter _
. PUNCT . punct 30 O . _
"""

# The rights group Amnesty International said the arrests in Harare were unlawful. "They must be
# freed," the rights group's regional director, Tigere Chanda, said.
_RIGHTS_GROUP = """
The DET DT det 2 O the
rights NOUN NNS compound 2 O right
group NOUN NN compound 4 O group
Amnesty PROPN NNP compound 4 B-ORG Amnesty
International PROPN NNP nsubj 5 I-ORG International
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
arrests NOUN NNS nsubj 10 O arrest
in ADP IN prep 7 O in
Harare PROPN NNP pobj 8 B-GPE Harare
were AUX VBD ccomp 5 O be
unlawful ADJ JJ acomp 10 O unlawful _
. PUNCT . punct 5 O .
" PUNCT `` punct 30 O " _
They PRON PRP nsubjpass 17 O they
must AUX MD aux 17 O must
be AUX VB auxpass 17 O be
freed VERB VBN ccomp 30 O free _
, PUNCT , punct 17 O , _
" PUNCT '' punct 18 O "
the DET DT det 22 O the
rights NOUN NNS compound 22 O right
group NOUN NN poss 25 O group _
's PART POS case 22 O 's
regional ADJ JJ amod 25 O regional
director NOUN NN nsubj 30 O director _
, PUNCT , punct 25 O ,
Tigere PROPN NNP compound 28 B-PERSON Tigere
Chanda PROPN NNP appos 25 I-PERSON Chanda _
, PUNCT , punct 25 O ,
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# The think tank Halvard Institute said the levy would raise prices. "It is a tax by another
# name," the think tank's director, Jeromin Kessler, told reporters.
_INSTITUTE = """
The DET DT det 4 O the
think NOUN NN compound 2 O think
tank NOUN NN compound 4 O tank
Halvard PROPN NNP compound 4 B-ORG Halvard
Institute PROPN NNP nsubj 5 I-ORG Institute
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
levy NOUN NN nsubj 9 O levy
would AUX MD aux 9 O would
raise VERB VB ccomp 5 O raise
prices NOUN NNS dobj 9 O price _
. PUNCT . punct 5 O .
" PUNCT `` punct 31 O " _
It PRON PRP nsubj 14 O it
is AUX VBZ ccomp 31 O be
a DET DT det 16 O a
tax NOUN NN attr 14 O tax
by ADP IN prep 16 O by
another DET DT det 19 O another
name NOUN NN pobj 17 O name _
, PUNCT , punct 14 O , _
" PUNCT '' punct 20 O "
the DET DT det 24 O the
think NOUN NN compound 24 O think
tank NOUN NN poss 26 O tank _
's PART POS case 24 O 's
director NOUN NN nsubj 31 O director _
, PUNCT , punct 26 O ,
Jeromin PROPN NNP compound 29 B-PERSON Jeromin
Kessler PROPN NNP appos 26 I-PERSON Kessler _
, PUNCT , punct 26 O ,
told VERB VBD ROOT 31 O tell
reporters NOUN NNS dobj 31 O reporter _
. PUNCT . punct 31 O . _
"""




def test_a_think_tank_tagged_a_place_is_the_think_tanks_body() -> None:
    assert who_of(_THINK_TANK) == [("Jeromin Kessler", "director", "Bruegel")]


def test_a_rights_group_is_the_rights_groups_body() -> None:
    assert who_of(_RIGHTS_GROUP) == [("Tigere Chanda", "regional director", "Amnesty International")]


def test_a_think_tank_named_as_an_institute_is_the_think_tanks_body() -> None:
    assert who_of(_INSTITUTE) == [("Jeromin Kessler", "director", "Halvard Institute")]
