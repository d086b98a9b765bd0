"""A lead-in that is nothing but the document the words come from, `More from the ruling:`,
hands the quote after its colon to that document (ROLES.md 3), though the parse hangs `from` on
the quote's own verb. Frozen parse of a sentence written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The inquiry sat for 40 days. More from the ruling: "The council acted unlawfully in closing the library."
_RULING = """
The DET DT det 1 O the
inquiry NOUN NN nsubj 2 O inquiry
sat VERB VBD ROOT 2 O sit
for ADP IN prep 2 O for
40 NUM CD nummod 5 B-DATE 40
days NOUN NNS pobj 3 I-DATE day _
. PUNCT . punct 2 O .
More ADJ JJR advmod 15 O More
from ADP IN prep 7 O from
the DET DT det 10 O the
ruling NOUN NN pobj 8 O ruling _
: PUNCT : punct 15 O :
" PUNCT `` punct 15 O " _
The DET DT det 14 O the
council NOUN NN nsubj 15 O council
acted VERB VBD ROOT 15 O act
unlawfully ADV RB advmod 15 O unlawfully
in ADP IN prep 15 O in
closing VERB VBG pcomp 17 O close
the DET DT det 20 O the
library NOUN NN dobj 18 O library _
. PUNCT . punct 15 O . _
" PUNCT '' punct 15 O " _
"""

# The inquiry sat for 40 days. From the harbour: "The boats are all back safely."
_PLACE = """
The DET DT det 1 O the
inquiry NOUN NN nsubj 2 O inquiry
sat VERB VBD ROOT 2 O sit
for ADP IN prep 2 O for
40 NUM CD nummod 5 B-DATE 40
days NOUN NNS pobj 3 I-DATE day _
. PUNCT . punct 2 O .
From ADP IN prep 14 O from
the DET DT det 9 O the
harbour NOUN NN pobj 7 O harbour _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
The DET DT det 13 O the
boats NOUN NNS nsubj 14 O boat
are AUX VBP ROOT 14 O be
all ADV RB advmod 14 O all
back ADV RB advmod 14 O back
safely ADV RB advmod 14 O safely _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""


def test_a_lead_in_naming_a_document_gives_it_the_quote() -> None:
    rows = Extractor().rows(frozen(_RULING))
    assert [(r.speaker, r.sieve) for r in rows] == [("the ruling", "colon-lead-in")]


def test_a_lead_in_naming_a_place_names_nobody() -> None:
    rows = Extractor().rows(frozen(_PLACE))
    assert all(r.speaker != "the harbour" for r in rows)
