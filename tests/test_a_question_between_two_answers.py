"""An interviewer's question set as a paragraph of its own, with no quote marks (`Will jobs
go?`), does not stop the answer after it, a paragraph all quote, from going on with the one who
answered before (a Q&A's turns). Frozen parses of sentences written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Janet Price leads the council. "We have no money," Price said. /  / Will jobs go? /  / "Some, yes."
_QUESTION_BETWEEN = """
Janet PROPN NNP compound 1 B-PERSON Janet
Price PROPN NNP nsubj 2 I-PERSON Price
leads VERB VBZ ROOT 2 O lead
the DET DT det 4 O the
council NOUN NN dobj 2 O council _
. PUNCT . punct 2 O .
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 8 O we
have VERB VBP ccomp 14 O have
no DET DT det 10 O no
money NOUN NN dobj 8 O money _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Price NOUN NN nsubj 14 O price
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
Will AUX MD aux 19 O will
jobs NOUN NNS nsubj 19 O job
go VERB VB ROOT 19 O go _
? PUNCT . punct 19 O ? _
<paragraph> SPACE _SP dep 20 O <paragraph> _
" PUNCT `` punct 23 O " _
Some PRON DT ROOT 23 O some _
, PUNCT , punct 23 O ,
yes INTJ UH intj 23 O yes _
. PUNCT . punct 23 O . _
" PUNCT '' punct 23 O " _
"""


def test_an_answer_after_an_interviewers_question_is_the_one_who_answered_before() -> None:
    rows = Extractor().rows(frozen(_QUESTION_BETWEEN))
    assert [r.speaker for r in rows] == ["Janet Price", "Janet Price"]
