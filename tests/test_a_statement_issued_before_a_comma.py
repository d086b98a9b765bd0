"""A lead-in that puts out a written message and ends in a comma right before the quote (`Hale
issued a statement, “We did nothing wrong.”`) gives the message's words: its subject speaks, as
after a colon. Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The club's owner was angry on Monday. / Hale issued a statement, “We did nothing wrong.”
_ISSUED_A_STATEMENT = """
The DET DT det 1 O the
club NOUN NN poss 3 O club _
's PART POS case 1 O 's
owner NOUN NN nsubj 4 O owner
was AUX VBD ROOT 4 O be
angry ADJ JJ acomp 4 O angry
on ADP IN prep 5 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Hale PROPN NNP nsubj 11 O Hale
issued VERB VBD ROOT 11 O issue
a DET DT det 13 O a
statement NOUN NN dobj 11 O statement _
, PUNCT , punct 11 O ,
“ PUNCT `` punct 11 O " _
We PRON PRP nsubj 17 O we
did VERB VBD ccomp 11 O do
nothing PRON NN dobj 17 O nothing
wrong ADJ JJ amod 18 O wrong _
. PUNCT . punct 17 O . _
” PUNCT '' punct 17 O " _
"""


def test_a_statement_issued_before_a_comma_is_its_issuers() -> None:
    rows = Extractor().rows(frozen(_ISSUED_A_STATEMENT))
    assert [(r.speaker, r.cue) for r in rows] == [("Hale", "issued")]
