"""`"Hear, hear," cried several hon. members`, `said the right hon. members opposite`: members
called by the House's words of courtesy (models/courtesy_epithets.txt) are a group of the House's
rank and file, as `several honourable members` or `several members` are; a member of no body the
words name holds no post, so the role is empty rather than the whole mention. `the hon. member for
Leeds` keeps its seat. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The motion for the second reading was put from the chair. "Hear, hear," cried several hon.
# members, and the Bill was read a second time.
_A = """
The DET DT det 1 O the
motion NOUN NN nsubjpass 7 O motion
for ADP IN prep 1 O for
the DET DT det 5 O the
second ADJ JJ amod 5 B-ORDINAL second
reading NOUN NN pobj 2 O reading
was AUX VBD auxpass 7 O be
put VERB VBN ROOT 7 O put
from ADP IN prep 7 O from
the DET DT det 10 O the
chair NOUN NN pobj 8 O chair _
. PUNCT . punct 7 O .
" PUNCT `` punct 18 O " _
Hear VERB VB amod 15 O hear _
, PUNCT , punct 15 O ,
hear VERB VB advcl 18 O hear _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
cried VERB VBD ROOT 18 O cry
several ADJ JJ amod 21 O several
hon. NOUN NN compound 21 O hon.
members NOUN NNS dobj 18 O member _
, PUNCT , punct 18 O ,
and CCONJ CC cc 18 O and
the DET DT det 25 O the
Bill PROPN NNP nsubjpass 27 B-PERSON Bill
was AUX VBD auxpass 27 O be
read VERB VBN conj 18 O read
a DET DT det 30 O a
second ADJ JJ amod 30 B-ORDINAL second
time NOUN NN dobj 27 O time _
. PUNCT . punct 27 O . _
"""

# Mr. Walsh rose again, to some laughter. "No, no," said the right hon. members opposite.
_B = """
Mr. PROPN NNP compound 1 O Mr.
Walsh PROPN NNP nsubj 2 B-PERSON Walsh
rose VERB VBD ROOT 2 O rise
again ADV RB advmod 2 O again _
, PUNCT , punct 2 O ,
to ADP IN prep 2 O to
some DET DT det 7 O some
laughter NOUN NN pobj 5 O laughter _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
No INTJ UH nsubj 15 O no _
, PUNCT , punct 12 O ,
no INTJ UH intj 10 O no _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
the DET DT det 19 O the
right ADJ JJ amod 19 O right
hon. NOUN NN compound 19 O hon.
members NOUN NNS nsubj 20 O member
opposite ADJ JJ ccomp 15 O opposite _
. PUNCT . punct 15 O . _
"""

# The clause was debated at length. "It is a bad one," said the hon. member for Leeds.
_C = """
The DET DT det 1 O the
clause NOUN NN nsubjpass 3 O clause
was AUX VBD auxpass 3 O be
debated VERB VBN ROOT 3 O debate
at ADP IN prep 3 O at
length NOUN NN pobj 4 O length _
. PUNCT . punct 3 O .
" PUNCT `` punct 15 O " _
It PRON PRP nsubj 9 O it
is AUX VBZ ccomp 15 O be
a DET DT det 12 O a
bad ADJ JJ amod 12 O bad
one NOUN NN attr 9 O one _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
the DET DT det 18 O the
hon. NOUN NN compound 18 O hon.
member NOUN NN nsubj 15 O member
for ADP IN prep 18 O for
Leeds PROPN NNPS pobj 19 B-GPE Leeds _
. PUNCT . punct 15 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_several_hon_members_hold_no_role() -> None:
    assert _rows(_A) == [("several hon. members", "", "")]


def test_right_hon_members_hold_no_role() -> None:
    assert _rows(_B) == [("the right hon. members", "", "")]


def test_the_hon_member_for_a_seat_keeps_it() -> None:
    assert _rows(_C) == [("the hon. member for Leeds", "member for Leeds", "")]
