"""`Mr. DAVIES said …. The Mayor said that …`: council minutes name the town's one mayor and the
meeting's chair by the office in capitals, and those who speak from the floor by name with no
office told. Such an office, after `the` alone, is someone new when no one named holds it, not
the member who spoke before (who is no more given the role). In small letters (`the mayor`, as
news writes it) the reading is unchanged. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Mr. DAVIES said the new sewer had cost far more than the surveyor promised. The Mayor said that
# the matter would go to the Finance Committee. "We shall have the accounts before us next month,"
# he said.
_MAYOR = """
Mr. PROPN NNP compound 1 O Mr.
DAVIES PROPN NNP nsubj 2 B-PERSON DAVIES
said VERB VBD ROOT 2 O say
the DET DT det 5 O the
new ADJ JJ amod 5 O new
sewer NOUN NN nsubj 7 O sewer
had AUX VBD aux 7 O have
cost VERB VBN ccomp 2 O cost
far ADV RB advmod 9 O far
more ADJ JJR dobj 7 O more
than SCONJ IN mark 13 O than
the DET DT det 12 O the
surveyor NOUN NN nsubj 13 O surveyor
promised VERB VBD advcl 9 O promise _
. PUNCT . punct 2 O .
The DET DT det 16 O the
Mayor PROPN NNP nsubj 17 O Mayor
said VERB VBD ROOT 17 O say
that SCONJ IN mark 22 O that
the DET DT det 20 O the
matter NOUN NN nsubj 22 O matter
would AUX MD aux 22 O would
go VERB VB ccomp 17 O go
to ADP IN prep 22 O to
the DET DT det 26 B-ORG the
Finance PROPN NNP compound 26 I-ORG Finance
Committee PROPN NNP pobj 23 I-ORG Committee _
. PUNCT . punct 17 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 31 O we
shall AUX MD aux 31 O shall
have VERB VB ccomp 41 O have
the DET DT det 33 O the
accounts NOUN NNS dobj 31 O account
before ADP IN prep 31 O before
us PRON PRP pobj 34 O we
next ADJ JJ amod 37 B-DATE next
month NOUN NN npadvmod 31 I-DATE month _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
he PRON PRP nsubj 41 O he
said VERB VBD ROOT 41 O say _
. PUNCT . punct 41 O . _
"""

# Mr. Hughes said the rates were already too high for the small shopkeepers. The Chairman said
# that the Board had no choice. "The loan must be repaid before Christmas," he said.
_CHAIRMAN = """
Mr. PROPN NNP compound 1 O Mr.
Hughes PROPN NNP nsubj 2 B-PERSON Hughes
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
rates NOUN NNS nsubj 5 O rate
were AUX VBD ccomp 2 O be
already ADV RB advmod 5 O already
too ADV RB advmod 8 O too
high ADJ JJ acomp 5 O high
for ADP IN prep 8 O for
the DET DT det 12 O the
small ADJ JJ amod 12 O small
shopkeepers NOUN NNS pobj 9 O shopkeeper _
. PUNCT . punct 2 O .
The DET DT det 15 O the
Chairman PROPN NNP nsubj 16 O Chairman
said VERB VBD ROOT 16 O say
that SCONJ IN mark 20 O that
the DET DT det 19 O the
Board PROPN NNP nsubj 20 B-ORG Board
had VERB VBD ccomp 16 O have
no DET DT det 22 O no
choice NOUN NN dobj 20 O choice _
. PUNCT . punct 16 O .
" PUNCT `` punct 35 O " _
The DET DT det 26 O the
loan NOUN NN nsubjpass 29 O loan
must AUX MD aux 29 O must
be AUX VB auxpass 29 O be
repaid VERB VBN ccomp 35 O repay
before ADP IN prep 29 O before
Christmas PROPN NNP pobj 30 B-DATE Christmas _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
he PRON PRP nsubj 35 O he
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O . _
"""

# Sipho Dlamini said the new road had cost far more than the engineers promised. The mayor said
# that the matter would go to the council. "We shall have the accounts before us next month," he
# said.
_SMALL = """
Sipho PROPN NNP compound 1 B-PERSON Sipho
Dlamini PROPN NNP nsubj 2 I-PERSON Dlamini
said VERB VBD ROOT 2 O say
the DET DT det 5 O the
new ADJ JJ amod 5 O new
road NOUN NN nsubj 7 O road
had AUX VBD aux 7 O have
cost VERB VBN ccomp 2 O cost
far ADV RB advmod 9 O far
more ADJ JJR dobj 7 O more
than SCONJ IN mark 13 O than
the DET DT det 12 O the
engineers NOUN NNS nsubj 13 O engineer
promised VERB VBD advcl 9 O promise _
. PUNCT . punct 2 O .
The DET DT det 16 O the
mayor NOUN NN nsubj 17 O mayor
said VERB VBD ROOT 17 O say
that SCONJ IN mark 22 O that
the DET DT det 20 O the
matter NOUN NN nsubj 22 O matter
would AUX MD aux 22 O would
go VERB VB ccomp 17 O go
to ADP IN prep 22 O to
the DET DT det 25 O the
council NOUN NN pobj 23 O council _
. PUNCT . punct 17 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 30 O we
shall AUX MD aux 30 O shall
have VERB VB ccomp 40 O have
the DET DT det 32 O the
accounts NOUN NNS dobj 30 O account
before ADP IN prep 30 O before
us PRON PRP pobj 33 O we
next ADJ JJ amod 36 B-DATE next
month NOUN NN npadvmod 30 I-DATE month _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
he PRON PRP nsubj 40 O he
said VERB VBD ROOT 40 O say _
. PUNCT . punct 40 O . _
"""




def test_the_mayor_in_capitals_is_not_the_member_named_before() -> None:
    assert who_of(_MAYOR) == [("The Mayor", "Mayor", "")]


def test_the_chairman_in_capitals_is_not_the_member_named_before() -> None:
    assert who_of(_CHAIRMAN) == [("The Chairman", "Chairman", "")]


def test_the_mayor_in_small_letters_keeps_its_reading() -> None:
    assert who_of(_SMALL) == [("Sipho Dlamini", "mayor", "")]
