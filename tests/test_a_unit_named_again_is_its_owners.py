"""`X, who chairs the committee`: a unit named again by `the` and its noun alone is the one the
story named last by that noun (in this paragraph or the one before), and the body that owned it
there, by a possessive or `of`, is the one X serves; past a bare `the committee` in between,
and none when the last unit named by the noun has no owner given. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The Lagos State House of Assembly’s health committee has summoned the commissioner for health.
# Bola Adeyemi, who chairs the committee, called the delay “an embarrassment”.
_LAGOS = """
The DET DT det 3 B-ORG the
Lagos PROPN NNP compound 3 I-ORG Lagos
State PROPN NNP compound 3 I-ORG State
House PROPN NNP nmod 8 I-ORG House
of ADP IN prep 3 I-ORG of
Assembly PROPN NNP pobj 4 I-ORG Assembly _
’s PART POS case 3 I-ORG ’s
health PROPN NNP compound 8 O health
committee NOUN NN nsubj 10 O committee
has AUX VBZ aux 10 O have
summoned VERB VBN ROOT 10 O summon
the DET DT det 12 O the
commissioner NOUN NN dobj 10 O commissioner
for ADP IN prep 12 O for
health NOUN NN pobj 13 O health _
. PUNCT . punct 10 O .
Bola PROPN NNP compound 17 B-ORG Bola
Adeyemi PROPN NNP nsubj 24 I-ORG Adeyemi _
, PUNCT , punct 17 O ,
who PRON WP nsubj 20 O who
chairs VERB VBZ relcl 17 O chair
the DET DT det 22 O the
committee NOUN NN dobj 20 O committee _
, PUNCT , punct 17 O ,
called VERB VBD ROOT 24 O call
the DET DT det 26 O the
delay NOUN NN dobj 24 O delay
“ PUNCT `` punct 29 O " _
an DET DT det 29 O an
embarrassment NOUN NN oprd 24 O embarrassment _
” PUNCT '' punct 29 O " _
. PUNCT . punct 24 O . _
"""


# The Ghana Football Association’s disciplinary committee fined Hearts of Oak on Friday. /  / Kofi
# Mensah, a lawyer, said the committee had acted fairly. “The rules are clear,” said Ama Owusu,
# who chairs the committee.
_ACCRA = """
The DET DT det 3 B-ORG the
Ghana PROPN NNP compound 3 I-ORG Ghana
Football PROPN NNP compound 3 I-ORG Football
Association PROPN NNP poss 6 I-ORG Association _
’s PART POS case 3 I-ORG ’s
disciplinary ADJ JJ amod 6 O disciplinary
committee NOUN NN nsubj 7 O committee
fined VERB VBD ROOT 7 O fin
Hearts PROPN NNPS dobj 7 B-ORG Hearts
of ADP IN prep 8 I-ORG of
Oak PROPN NNP pobj 9 I-ORG Oak
on ADP IN prep 7 O on
Friday PROPN NNP pobj 11 B-DATE Friday _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
Kofi PROPN NNP compound 16 B-PERSON Kofi
Mensah PROPN NNP nsubj 21 I-PERSON Mensah _
, PUNCT , punct 16 O ,
a DET DT det 19 O a
lawyer NOUN NN appos 16 O lawyer _
, PUNCT , punct 16 O ,
said VERB VBD ROOT 21 O say
the DET DT det 23 O the
committee NOUN NN nsubj 25 O committee
had AUX VBD aux 25 O have
acted VERB VBN ccomp 21 O act
fairly ADV RB advmod 25 O fairly _
. PUNCT . punct 21 O .
“ PUNCT `` punct 35 O " _
The DET DT det 30 O the
rules NOUN NNS nsubj 31 O rule
are AUX VBP ccomp 35 O be
clear ADJ JJ acomp 31 O clear _
, PUNCT , punct 35 O , _
” PUNCT '' punct 35 O "
said VERB VBD ROOT 35 O say
Ama PROPN NNP compound 37 B-ORG Ama
Owusu PROPN NNP nsubj 35 I-ORG Owusu _
, PUNCT , punct 37 O ,
who PRON WP nsubj 40 O who
chairs VERB VBZ relcl 37 O chair
the DET DT det 42 O the
committee NOUN NN dobj 40 O committee _
. PUNCT . punct 35 O . _
"""


# Lenton Borough Council’s planning committee rejected the scheme. The licensing committee met on
# Tuesday. “The rules are clear,” said Ama Owusu, who chairs the committee.
_LENTON = """
Lenton PROPN NNP compound 2 B-ORG Lenton
Borough PROPN NNP compound 2 I-ORG Borough
Council PROPN NNP poss 5 I-ORG Council _
’s PART POS case 2 I-ORG ’s
planning NOUN NN compound 5 O planning
committee NOUN NN nsubj 6 O committee
rejected VERB VBD ROOT 6 O reject
the DET DT det 8 O the
scheme NOUN NN dobj 6 O scheme _
. PUNCT . punct 6 O .
The DET DT det 12 O the
licensing NOUN NN compound 12 O licensing
committee NOUN NN nsubj 13 O committee
met VERB VBD ROOT 13 O meet
on ADP IN prep 13 O on
Tuesday PROPN NNP pobj 14 B-DATE Tuesday _
. PUNCT . punct 13 O .
“ PUNCT `` punct 24 O " _
The DET DT det 19 O the
rules NOUN NNS nsubj 20 O rule
are AUX VBP ccomp 24 O be
clear ADJ JJ acomp 20 O clear _
, PUNCT , punct 24 O , _
” PUNCT '' punct 24 O "
said VERB VBD ROOT 24 O say
Ama PROPN NNP compound 26 B-ORG Ama
Owusu PROPN NNP nsubj 24 I-ORG Owusu _
, PUNCT , punct 26 O ,
who PRON WP nsubj 29 O who
chairs VERB VBZ relcl 26 O chair
the DET DT det 31 O the
committee NOUN NN dobj 29 O committee _
. PUNCT . punct 24 O . _
"""




def test_the_committee_is_the_one_the_assembly_owns() -> None:
    assert who_of(_LAGOS) == [("Bola Adeyemi", "", "Lagos State House of Assembly")]


def test_the_committee_named_again_reaches_back_to_its_owner() -> None:
    assert who_of(_ACCRA) == [("Ama Owusu", "", "Ghana Football Association")]


def test_no_owner_when_the_last_committee_named_has_none() -> None:
    assert who_of(_LENTON) == [("Ama Owusu", "", "")]
