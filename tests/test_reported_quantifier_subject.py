"""Who says what a verb of saying reports when its own subject is a quantifier the quotes'
rules name nobody by (quotes/indirect.py, ``_own_subject_mention``): that word (`…, while
another says …`, `…, while many said …`), not the subject of the clause the `while` clause
hangs on, which the quotes' rules climb to. Frozen parses (tests/frozen.py) of sentences
written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Half the drivers said the new route was faster, while many said the old road was safer.
HALF_THEN_MANY = """
Half DET PDT predet 2 B-CARDINAL half
the DET DT det 2 O the
drivers NOUN NNS nsubj 3 O driver
said VERB VBD ROOT 3 O say
the DET DT det 6 O the
new ADJ JJ amod 6 O new
route NOUN NN nsubj 7 O route
was AUX VBD ccomp 3 O be
faster ADV RBR acomp 7 O fast _
, PUNCT , punct 7 O ,
while SCONJ IN mark 12 O while
many ADJ JJ nsubj 12 O many
said VERB VBD advcl 7 O say
the DET DT det 15 O the
old ADJ JJ amod 15 O old
road NOUN NN nsubj 16 O road
was AUX VBD ccomp 12 O be
safer ADJ JJR acomp 16 O safe _
. PUNCT . punct 3 O . _
"""

# One survey puts Lagos first, while another says Nairobi has twice as many millionaires as Lagos.
ONE_THEN_ANOTHER = """
One NUM CD nummod 1 B-CARDINAL one
survey NOUN NN nsubj 2 O survey
puts VERB VBZ ROOT 2 O put
Lagos PROPN NNP dobj 2 B-GPE Lagos
first ADV RB advmod 2 B-ORDINAL first _
, PUNCT , punct 2 O ,
while SCONJ IN mark 8 O while
another PRON DT nsubj 8 O another
says VERB VBZ advcl 2 O say
Nairobi PROPN NNP nsubj 10 B-GPE Nairobi
has VERB VBZ ccomp 8 O have
twice ADV RB quantmod 13 O twice
as ADV RB advmod 13 O as
many ADJ JJ amod 14 O many
millionaires NOUN NNS dobj 10 O millionaire
as ADP IN prep 14 O as
Lagos PROPN NNP pobj 15 B-GPE Lagos _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[tuple[str, str]]:
    doc = frozen(spec)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    return [(doc.text[r.start : r.end], doc.text[r.mention.start : r.mention.end]) for r in found]


def test_many_in_a_while_clause_speaks() -> None:
    assert ("the old road was safer", "many") in _reports(HALF_THEN_MANY)


def test_another_in_a_while_clause_speaks() -> None:
    assert _reports(ONE_THEN_ANOTHER) == [("Nairobi has twice as many millionaires as Lagos", "another")]
