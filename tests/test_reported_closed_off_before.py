"""A clause the parser hangs on a verb of saying before it, but closed off from the verb's own
clause by a semicolon or colon, is no report of the verb (quotes/indirect.py,
``_closed_off_before``): `The pool stays shut this week; the council has not yet announced a
reopening date` states the first clause in the writer's voice; `The pool will reopen in May, the
council said`, run on with a comma, reports it. Frozen parses (tests/frozen.py) of sentences
written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# The pool stays shut this week; the council has not yet announced a reopening date.
POOL_SHUT_SEMICOLON = """
The DET DT det 1 O the
pool NOUN NN nsubj 2 O pool
stays VERB VBZ ccomp 12 O stay
shut VERB VBN xcomp 2 O shut
this DET DT det 5 B-DATE this
week NOUN NN npadvmod 3 I-DATE week _
; PUNCT : punct 12 O ;
the DET DT det 8 O the
council NOUN NN nsubj 12 O council
has AUX VBZ aux 12 O have
not PART RB neg 12 O not
yet ADV RB advmod 12 O yet
announced VERB VBN ROOT 12 O announce
a DET DT det 15 O a
reopening VERB VBG amod 15 O reopen
date NOUN NN dobj 12 O date _
. PUNCT . punct 12 O . _
"""

# Ticket sales have been slow: the club blamed the weather in its report.
SALES_SLOW_COLON = """
Ticket NOUN NN compound 1 O ticket
sales NOUN NNS nsubj 3 O sale
have AUX VBP aux 3 O have
been AUX VBN ccomp 8 O be
slow ADJ JJ acomp 3 O slow _
: PUNCT : punct 8 O :
the DET DT det 7 O the
club NOUN NN nsubj 8 O club
blamed VERB VBD ROOT 8 O blame
the DET DT det 10 O the
weather NOUN NN dobj 8 O weather
in ADP IN prep 8 O in
its PRON PRP$ poss 13 O its
report NOUN NN pobj 11 O report _
. PUNCT . punct 8 O . _
"""

# The pool will reopen in May, the council said.
POOL_REOPEN_COMMA = """
The DET DT det 1 O the
pool NOUN NN nsubj 3 O pool
will AUX MD aux 3 O will
reopen VERB VB ccomp 9 O reopen
in ADP IN prep 3 O in
May PROPN NNP pobj 4 B-DATE May _
, PUNCT , punct 9 O ,
the DET DT det 8 O the
council NOUN NN nsubj 9 O council
said VERB VBD ROOT 9 O say _
. PUNCT . punct 9 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_a_clause_before_a_semicolon_is_not_reported() -> None:
    assert _reports(POOL_SHUT_SEMICOLON) == []


def test_a_clause_before_a_colon_is_not_reported() -> None:
    assert _reports(SALES_SLOW_COLON) == []


def test_a_clause_before_a_comma_is_still_reported() -> None:
    assert _reports(POOL_REOPEN_COMMA) == ["The pool will reopen in May"]
