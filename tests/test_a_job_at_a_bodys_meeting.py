"""`At the meeting of the Board of Guardians on Tuesday, Mr. J. Holloway, the chairman, said`: a
sentence that opens at a gathering in small letters `of` a tagged body places the job set off
after the comma in that body, as council minutes and archive reports write a chairman's words;
`At the start of the season` names no body. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# At the meeting of the Board of Guardians on Tuesday, Mr. J. Holloway, the chairman, said: "The
# workhouse is full to the doors."
_A_MEETING_OF_A_BODY = """
At ADP IN prep 18 O at
the DET DT det 2 O the
meeting NOUN NN pobj 0 O meeting
of ADP IN prep 2 O of
the DET DT det 5 B-ORG the
Board PROPN NNP pobj 3 I-ORG Board
of ADP IN prep 5 I-ORG of
Guardians PROPN NNPS pobj 6 I-ORG Guardians
on ADP IN prep 2 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday _
, PUNCT , punct 18 O ,
Mr. PROPN NNP compound 13 O Mr.
J. PROPN NNP compound 13 B-PERSON J.
Holloway PROPN NNP nsubj 18 I-PERSON Holloway _
, PUNCT , punct 13 O ,
the DET DT det 16 O the
chairman NOUN NN appos 13 O chairman _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
The DET DT det 22 O the
workhouse NOUN NN nsubj 23 O workhouse
is AUX VBZ ccomp 18 O be
full ADJ JJ acomp 23 O full
to ADP IN prep 24 O to
the DET DT det 27 O the
doors NOUN NNS pobj 25 O door _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""

# At the start of the season, manager Ann Njeri said: "We need goals."
_A_TIME_OF_NO_BODY = """
At ADP IN prep 10 O at
the DET DT det 2 B-DATE the
start NOUN NN pobj 0 I-DATE start
of ADP IN prep 2 I-DATE of
the DET DT det 5 I-DATE the
season NOUN NN pobj 3 I-DATE season _
, PUNCT , punct 10 O ,
manager NOUN NN compound 9 O manager
Ann PROPN NNP compound 9 B-PERSON Ann
Njeri PROPN NNP nsubj 10 I-PERSON Njeri
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 14 O we
need VERB VBP ccomp 10 O need
goals NOUN NNS dobj 14 O goal _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""




def test_the_chairman_at_a_bodys_meeting_is_of_that_body() -> None:
    assert who_of(_A_MEETING_OF_A_BODY) == [("J. Holloway", "chairman", "Board of Guardians")]


def test_a_time_of_something_names_no_body() -> None:
    assert who_of(_A_TIME_OF_NO_BODY) == [("Ann Njeri", "manager", "")]
