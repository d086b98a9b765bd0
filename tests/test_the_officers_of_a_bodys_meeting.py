"""`At a meeting of the Board of Guardians on Tuesday, the chairman, Mr. T. H. Rees, said`: one
who presides at or minutes a meeting (a chair, president, secretary, clerk or treasurer) is an
officer of the body the meeting is of, named in the same sentence or the sentence before, as
council minutes and archive reports write them; one who only speaks there (`the guest speaker`)
is of no body. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# At a meeting of the Board of Guardians on Tuesday, the chairman, Mr. T. H. Rees, said: "The
# house is full, and the rates must rise."
_CHAIRMAN = """
At ADP IN prep 19 O at
a DET DT det 2 O a
meeting NOUN NN pobj 0 O meeting
of ADP IN prep 2 O of
the DET DT det 5 B-ORG the
Board PROPN NNP pobj 3 I-ORG Board
of ADP IN prep 5 I-ORG of
Guardians PROPN NNPS pobj 6 I-ORG Guardians
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday _
, PUNCT , punct 19 O ,
the DET DT det 12 O the
chairman NOUN NN nsubj 19 O chairman _
, PUNCT , punct 12 O ,
Mr. PROPN NNP compound 17 O Mr.
T. PROPN NNP compound 17 B-PERSON T.
H. PROPN NNP compound 17 I-PERSON H.
Rees PROPN NNP appos 12 I-PERSON Rees _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
The DET DT det 23 O the
house NOUN NN nsubj 24 O house
is AUX VBZ ccomp 19 O be
full ADJ JJ acomp 24 O full _
, PUNCT , punct 24 O ,
and CCONJ CC cc 24 O and
the DET DT det 29 O the
rates NOUN NNS nsubj 31 O rate
must AUX MD aux 31 O must
rise VERB VB conj 24 O rise _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""

# A meeting of the Lenton Burial Board was held on Monday. Mr. T. H. Rees, the clerk, said: "The
# ground is full."
_CLERK = """
A DET DT det 1 O a
meeting NOUN NN nsubjpass 8 O meeting
of ADP IN prep 1 O of
the DET DT det 6 B-ORG the
Lenton PROPN NNP compound 6 I-ORG Lenton
Burial PROPN NNP compound 6 I-ORG Burial
Board PROPN NNP pobj 2 I-ORG Board
was AUX VBD auxpass 8 O be
held VERB VBN ROOT 8 O hold
on ADP IN prep 8 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 8 O .
Mr. PROPN NNP compound 15 O Mr.
T. PROPN NNP compound 15 B-PERSON T.
H. PROPN NNP compound 15 I-PERSON H.
Rees PROPN NNP nsubj 20 I-PERSON Rees _
, PUNCT , punct 15 O ,
the DET DT det 18 O the
clerk NOUN NN appos 15 O clerk _
, PUNCT , punct 15 O ,
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
" PUNCT `` punct 20 O " _
The DET DT det 24 O the
ground NOUN NN nsubj 25 O ground
is AUX VBZ ccomp 20 O be
full ADJ JJ acomp 25 O full _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""

# At a meeting of the Lenton Chamber of Commerce on Friday, the guest speaker, Mr. Tom Rees, said:
# "Trade is poor."
_GUEST = """
At ADP IN prep 20 O at
a DET DT det 2 O a
meeting NOUN NN pobj 0 O meeting
of ADP IN prep 2 O of
the DET DT det 6 B-ORG the
Lenton PROPN NNP compound 6 I-ORG Lenton
Chamber PROPN NNP pobj 3 I-ORG Chamber
of ADP IN prep 6 I-ORG of
Commerce PROPN NNP pobj 7 I-ORG Commerce
on ADP IN prep 2 O on
Friday PROPN NNP pobj 9 B-DATE Friday _
, PUNCT , punct 20 O ,
the DET DT det 14 O the
guest NOUN NN compound 14 O guest
speaker NOUN NN nsubj 20 O speaker _
, PUNCT , punct 14 O ,
Mr. PROPN NNP compound 18 O Mr.
Tom PROPN NNP compound 18 B-PERSON Tom
Rees PROPN NNP appos 14 I-PERSON Rees _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
" PUNCT `` punct 20 O " _
Trade NOUN NN nsubj 24 O trade
is AUX VBZ ccomp 20 O be
poor ADJ JJ acomp 24 O poor _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""


def test_the_chairman_of_a_meeting_is_the_bodys() -> None:
    rows = Extractor().rows(frozen(_CHAIRMAN))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("T. H. Rees", "chairman", "Board of Guardians")
    ]


def test_the_clerk_of_a_meeting_the_sentence_before_holds_is_the_bodys() -> None:
    rows = Extractor().rows(frozen(_CLERK))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("T. H. Rees", "clerk", "Lenton Burial Board")
    ]


def test_a_guest_speaker_at_a_meeting_is_of_no_body() -> None:
    rows = Extractor().rows(frozen(_GUEST))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Tom Rees", "guest speaker", "")]
