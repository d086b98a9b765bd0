"""`THE HARBOUR BOARD.` over a council report, then `the Harbour Board` in its text: a body's name
is given as the story's text writes it, not as a headline in capitals sets it, and in title case
when the headline alone names it (`Harbour Board`, not *HARBOUR BOARD*); a short form in capitals
(`RTA`, `NZ`) stays. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.names import in_capitals, out_of_capitals
from tests.frozen import frozen

# THE HARBOUR BOARD.  The monthly meeting of the Harbour Board was held yesterday. Present: Mr. J.
# Smith (chairman), Messrs. Brown and White.  The Chairman said the new wharf would be "a credit
# to the port," and the board would ask for a loan.
_STORY_WRITES_IT = """
THE DET DT det 2 B-ORG the
HARBOUR PROPN NNP compound 2 I-ORG HARBOUR
BOARD PROPN NNP ROOT 2 I-ORG BOARD _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 3 O <paragraph> _
The DET DT det 7 O the
monthly ADJ JJ amod 7 B-DATE monthly
meeting NOUN NN nsubjpass 13 O meeting
of ADP IN prep 7 O of
the DET DT det 11 B-ORG the
Harbour PROPN NNP compound 11 I-ORG Harbour
Board PROPN NNP pobj 8 I-ORG Board
was AUX VBD auxpass 13 O be
held VERB VBN ROOT 13 O hold
yesterday NOUN NN npadvmod 13 B-DATE yesterday _
. PUNCT . punct 13 O .
Present ADJ JJ ROOT 16 O present _
: PUNCT : punct 16 O :
Mr. PROPN NNP compound 20 O Mr.
J. PROPN NNP compound 20 B-PERSON J.
Smith PROPN NNP dep 16 I-PERSON Smith
( PUNCT -LRB- punct 20 O ( _
chairman NOUN NN appos 20 O chairman _
) PUNCT -RRB- punct 20 O ) _
, PUNCT , punct 20 O ,
Messrs. PROPN NNPS compound 26 O Messrs.
Brown PROPN NNP conj 20 B-PERSON Brown
and CCONJ CC cc 26 O and
White PROPN NNP conj 26 B-LOC White _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
The DET DT det 32 O the
Chairman PROPN NNP nsubj 33 O Chairman
said VERB VBD ROOT 33 O say
the DET DT det 36 O the
new ADJ JJ amod 36 O new
wharf NOUN NN nsubj 38 O wharf
would AUX MD aux 38 O would
be AUX VB ccomp 33 O be
" PUNCT `` punct 38 O " _
a DET DT det 41 O a
credit NOUN NN attr 38 O credit
to ADP IN prep 41 O to
the DET DT det 44 O the
port NOUN NN pobj 42 O port _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
and CCONJ CC cc 33 O and
the DET DT det 49 O the
board NOUN NN nsubj 51 O board
would AUX MD aux 51 O would
ask VERB VB conj 33 O ask
for ADP IN prep 51 O for
a DET DT det 54 O a
loan NOUN NN pobj 52 O loan _
. PUNCT . punct 33 O . _
"""

# THE HARBOUR BOARD.  The monthly meeting was held yesterday, Mr. J. Smith, chairman of the board,
# presiding.  The Chairman said the new wharf would be "a credit to the port," and the board would
# ask for a loan.
_HEADLINE_ALONE = """
THE DET DT det 2 B-ORG the
HARBOUR PROPN NNP compound 2 I-ORG HARBOUR
BOARD PROPN NNP ROOT 2 I-ORG BOARD _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 3 O <paragraph> _
The DET DT det 7 O the
monthly ADJ JJ amod 7 B-DATE monthly
meeting NOUN NN nsubjpass 9 O meeting
was AUX VBD auxpass 9 O be
held VERB VBN ROOT 9 O hold
yesterday NOUN NN npadvmod 9 B-DATE yesterday _
, PUNCT , punct 14 O ,
Mr. PROPN NNP compound 14 O Mr.
J. PROPN NNP compound 14 B-PERSON J.
Smith PROPN NNP appos 7 I-PERSON Smith _
, PUNCT , punct 14 O ,
chairman NOUN NN appos 14 O chairman
of ADP IN prep 16 O of
the DET DT det 19 O the
board NOUN NN pobj 17 O board _
, PUNCT , punct 14 O ,
presiding VERB VBG appos 14 O preside _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
The DET DT det 25 O the
Chairman PROPN NNP nsubj 26 O Chairman
said VERB VBD ROOT 26 O say
the DET DT det 29 O the
new ADJ JJ amod 29 O new
wharf NOUN NN nsubj 31 O wharf
would AUX MD aux 31 O would
be AUX VB ccomp 26 O be
" PUNCT `` punct 31 O " _
a DET DT det 34 O a
credit NOUN NN attr 31 O credit
to ADP IN prep 34 O to
the DET DT det 37 O the
port NOUN NN pobj 35 O port _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
and CCONJ CC cc 26 O and
the DET DT det 42 O the
board NOUN NN nsubj 44 O board
would AUX MD aux 44 O would
ask VERB VB conj 26 O ask
for ADP IN prep 44 O for
a DET DT det 47 O a
loan NOUN NN pobj 45 O loan _
. PUNCT . punct 26 O . _
"""


def test_the_body_as_the_story_writes_it() -> None:
    rows = Extractor().rows(frozen(_STORY_WRITES_IT))
    assert [(r.speaker, r.organization) for r in rows] == [("J. Smith", "Harbour Board")]


def test_the_body_in_title_case_when_only_the_headline_names_it() -> None:
    rows = Extractor().rows(frozen(_HEADLINE_ALONE))
    assert [(r.speaker, r.organization) for r in rows] == [("J. Smith", "Harbour Board")]


def test_a_name_in_capitals_out_of_them() -> None:
    assert in_capitals("HARBOUR BOARD") and not in_capitals("RTA") and not in_capitals("NHS Fife")
    assert out_of_capitals("NZ HARBOUR BOARD OF OTAGO") == "NZ Harbour Board of Otago"
