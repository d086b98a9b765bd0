"""`Duke Energy said`, `King Energy said`, tagged a body: a rank that firms take for a name, then
English words that are no given names, is a company's name, as `General Motors` is; not a
person named *Energy* with the rank for a role (`Duke` is a title before a name since the
peerage's ranks were listed, models/titles.txt). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Duke Energy said on Monday that bills would rise "sharply" this winter.
_DUKE = """
Duke PROPN NNP compound 1 B-ORG Duke
Energy PROPN NNP nsubj 2 I-ORG Energy
said VERB VBD ROOT 2 O say
on ADP IN prep 2 O on
Monday PROPN NNP pobj 3 B-DATE Monday
that SCONJ IN mark 8 O that
bills NOUN NNS nsubj 8 O bill
would AUX MD aux 8 O would
rise VERB VB ccomp 2 O rise
" PUNCT `` punct 8 O " _
sharply ADV RB advmod 8 O sharply _
" PUNCT '' punct 8 O "
this DET DT det 13 B-DATE this
winter NOUN NN npadvmod 8 I-DATE winter _
. PUNCT . punct 2 O . _
"""

# King Energy said prices would rise "sharply".
_KING = """
King PROPN NNP compound 1 B-ORG King
Energy PROPN NNP nsubj 2 I-ORG Energy
said VERB VBD ROOT 2 O say
prices NOUN NNS nsubj 5 O price
would AUX MD aux 5 O would
rise VERB VB ccomp 2 O rise
" PUNCT `` punct 5 O " _
sharply ADV RB advmod 5 O sharply _
" PUNCT '' punct 5 O " _
. PUNCT . punct 2 O . _
"""


def test_a_company_opened_by_duke() -> None:
    rows = Extractor().rows(frozen(_DUKE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Duke Energy", "", "Duke Energy")]


def test_a_company_opened_by_king() -> None:
    rows = Extractor().rows(frozen(_KING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("King Energy", "", "King Energy")]
