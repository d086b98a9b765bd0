"""`"…," the paper quoted a mill manager as saying`: a paper passing on another's words is not the
body of the one it quotes, also where the paper is a body's noun in small letters standing for a
paper named before (descriptors._bodies_called_so_before, as _subject_bodies already reads `The
Tribune cited the commissioner as saying`). A frozen parse of a story written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A trader told The Nation that the market would close. "Sales have collapsed," the paper quoted a
# mill manager as saying.
_QUOTED = """
A DET DT det 1 O a
trader NOUN NN nsubj 2 O trader
told VERB VBD ROOT 2 O tell
The DET DT det 4 B-ORG the
Nation PROPN NNP dobj 2 I-ORG Nation
that SCONJ IN dobj 9 O that
the DET DT det 7 O the
market NOUN NN nsubj 9 O market
would AUX MD aux 9 O would
close VERB VB ccomp 2 O close _
. PUNCT . punct 2 O .
" PUNCT `` punct 19 O " _
Sales NOUN NNS nsubj 14 O sale
have AUX VBP aux 14 O have
collapsed VERB VBN ccomp 19 O collapse _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
the DET DT det 18 O the
paper NOUN NN nsubj 19 O paper
quoted VERB VBD ROOT 19 O quote
a DET DT det 22 O a
mill NOUN NN compound 22 O mill
manager NOUN NN dobj 19 O manager
as ADP IN prep 19 O as
saying VERB VBG pcomp 23 O say _
. PUNCT . punct 19 O . _
"""


def test_the_one_a_paper_quotes_is_not_the_papers() -> None:
    rows = Extractor().rows(frozen(_QUOTED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("a mill manager", "mill manager", "")]
