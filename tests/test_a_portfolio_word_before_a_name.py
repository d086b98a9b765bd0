"""`Minister of Mines David Ndlovu`: the tagger takes the portfolio's word into the name; a
portfolio's word before a given name is the title's, not the person's (as `Labour and Employment M.
A. Karim Howlader` is before initials). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Minister of Mines David Ndlovu said: "We will investigate."
_MINES = """
Minister PROPN NNP nmod 4 O Minister
of ADP IN prep 0 O of
Mines PROPN NNP pobj 1 B-PERSON Mines
David PROPN NNP compound 4 I-PERSON David
Ndlovu PROPN NNP nsubj 5 I-PERSON Ndlovu
said VERB VBD ROOT 5 O say _
: PUNCT : punct 5 O :
" PUNCT `` punct 5 O " _
We PRON PRP nsubj 10 O we
will AUX MD aux 10 O will
investigate VERB VB ccomp 5 O investigate _
. PUNCT . punct 5 O . _
" PUNCT '' punct 5 O " _
"""


def test_the_portfolio_word_stays_in_the_title() -> None:
    rows = Extractor().rows(frozen(_MINES))
    assert [(r.speaker, r.role) for r in rows] == [("David Ndlovu", "Minister of Mines")]
