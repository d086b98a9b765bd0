"""`The Bill was then considered. “…,” said the hon. member for Leeds.`: the tagger calls `Bill`
after `the` a person, and `the hon. member` went back to it. A paper a house debates
(models/house_papers.txt) in capitals after `the` is the paper, no one: the member is the speaker.
A man called Bill is still himself. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.types import Quote
from tests.frozen import frozen

# The Bill was then considered in committee. "The clause is a bad one and ought to be struck out,"
# said the hon. member for Leeds.
_BILL_THEN_CONSIDERED = """
The DET DT det 1 O the
Bill PROPN NNP nsubjpass 4 B-PERSON Bill
was AUX VBD auxpass 4 O be
then ADV RB advmod 4 O then
considered VERB VBN ROOT 4 O consider
in ADP IN prep 4 O in
committee NOUN NN pobj 5 O committee _
. PUNCT . punct 4 O .
" PUNCT `` punct 23 O " _
The DET DT det 10 O the
clause NOUN NN nsubj 11 O clause
is AUX VBZ ccomp 23 O be
a DET DT det 14 O a
bad ADJ JJ amod 14 O bad
one NOUN NN attr 11 O one
and CCONJ CC cc 11 O and
ought AUX MD conj 11 O ought
to PART TO aux 19 O to
be AUX VB auxpass 19 O be
struck VERB VBN xcomp 16 O strike
out ADP RP prt 19 O out _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
said VERB VBD ROOT 23 O say
the DET DT det 26 O the
hon. NOUN NN compound 26 O hon.
member NOUN NN nsubj 23 O member
for ADP IN prep 26 O for
Leeds PROPN NNPS pobj 27 B-GPE Leeds _
. PUNCT . punct 23 O . _
"""

# When the Bill came before the Assembly, members were divided. "This is a bad law," said the hon.
# member for Nairobi West.
_BILL_BEFORE_THE_ASSEMBLY = """
When SCONJ WRB advmod 3 O when
the DET DT det 2 O the
Bill PROPN NNP nsubj 3 B-PERSON Bill
came VERB VBD advcl 9 O come
before ADP IN prep 3 O before
the DET DT det 6 O the
Assembly PROPN NNP pobj 4 B-ORG Assembly _
, PUNCT , punct 9 O ,
members NOUN NNS nsubj 9 O member
were AUX VBD ROOT 9 O be
divided VERB VBN acomp 9 O divide _
. PUNCT . punct 9 O .
" PUNCT `` punct 20 O " _
This PRON DT nsubj 14 O this
is AUX VBZ ccomp 20 O be
a DET DT det 17 O a
bad ADJ JJ amod 17 O bad
law NOUN NN attr 14 O law _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
the DET DT det 23 O the
hon. NOUN NN compound 23 O hon.
member NOUN NN nsubj 20 O member
for ADP IN prep 23 O for
Nairobi PROPN NNP compound 26 B-GPE Nairobi
West PROPN NNP pobj 24 O West _
. PUNCT . punct 20 O . _
"""

# Bill Smith spoke first. The Bill was then read a second time. "It is a good Bill," said Bill.
_BILL_A_MEMBER = """
Bill PROPN NNP compound 1 B-PERSON Bill
Smith PROPN NNP nsubj 2 I-PERSON Smith
spoke VERB VBD ROOT 2 O speak
first ADV RB advmod 2 B-ORDINAL first _
. PUNCT . punct 2 O .
The DET DT det 6 O the
Bill PROPN NNP nsubjpass 9 B-PERSON Bill
was AUX VBD auxpass 9 O be
then ADV RB advmod 9 O then
read VERB VBN ROOT 9 O read
a DET DT det 12 O a
second ADJ JJ amod 12 B-ORDINAL second
time NOUN NN dobj 9 O time _
. PUNCT . punct 9 O .
" PUNCT `` punct 22 O " _
It PRON PRP nsubj 16 O it
is AUX VBZ ccomp 22 O be
a DET DT det 19 O a
good ADJ JJ amod 19 O good
Bill NOUN NN attr 16 B-PERSON bill _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
said VERB VBD ROOT 22 O say
Bill PROPN NNP nsubj 22 B-PERSON Bill _
. PUNCT . punct 22 O . _
"""


def _only_row(spec: str) -> Quote:
    rows = Extractor().rows(frozen(spec))
    assert len(rows) == 1
    return rows[0]


def test_the_member_after_the_bill_considered_speaks() -> None:
    row = _only_row(_BILL_THEN_CONSIDERED)
    assert row.speaker == "the hon. member for Leeds"
    assert row.role == "member for Leeds"


def test_the_member_after_the_bill_before_the_assembly_speaks() -> None:
    row = _only_row(_BILL_BEFORE_THE_ASSEMBLY)
    assert row.speaker == "the hon. member for Nairobi West"
    assert row.organization == ""


def test_a_man_called_bill_is_still_a_person() -> None:
    assert _only_row(_BILL_A_MEMBER).speaker == "Bill Smith"
