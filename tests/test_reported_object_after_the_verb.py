"""A verb whose object is what was said (`urge`, `announce`, `report`) and that governs that
object right after it reports it, not a clause the parser hangs on it before it (`…, but -
after the court ruled - the governor urged dockers to return`: the clause before is the
writer's; quotes/indirect.py, ``_own_content_after``). A verb of telling keeps the clause
before it: its object is whom it was told (`…, the governor told a rally`). Frozen parses
(tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from tests.frozen import reported

# The port kept losing money, but - after the court ruled against the strike - the governor
# urged dockers to return to work.
URGED_AFTER_AN_ASIDE = """
The DET DT det 1 O the
port NOUN NN nsubj 2 O port
kept VERB VBD ccomp 18 O keep
losing VERB VBG xcomp 2 O lose
money NOUN NN dobj 3 O money _
, PUNCT , punct 2 O ,
but CCONJ CC cc 2 O but
- PUNCT : punct 2 O -
after SCONJ IN mark 11 O after
the DET DT det 10 O the
court NOUN NN nsubj 11 O court
ruled VERB VBD advcl 18 O rule
against ADP IN prep 11 O against
the DET DT det 14 O the
strike NOUN NN pobj 12 O strike
- PUNCT , punct 18 O -
the DET DT det 17 O the
governor NOUN NN nsubj 18 O governor
urged VERB VBD ROOT 18 O urge
dockers NOUN NNS dobj 18 O docker
to PART TO aux 21 O to
return VERB VB xcomp 18 O return
to ADP IN prep 21 O to
work NOUN NN pobj 22 O work _
. PUNCT . punct 18 O . _
"""

# The port will stay open, the governor told a rally in the harbour.
SAID_TO_A_RALLY = """
The DET DT det 1 O the
port NOUN NN nsubj 3 O port
will AUX MD aux 3 O will
stay VERB VB ccomp 8 O stay
open ADJ JJ acomp 3 O open _
, PUNCT , punct 8 O ,
the DET DT det 7 O the
governor NOUN NN nsubj 8 O governor
told VERB VBD ROOT 8 O tell
a DET DT det 10 O a
rally NOUN NN dobj 8 O rally
in ADP IN prep 10 O in
the DET DT det 13 O the
harbour NOUN NN pobj 11 O harbour _
. PUNCT . punct 8 O . _
"""


def test_an_object_after_the_verb_is_what_it_reports() -> None:
    assert reported(URGED_AFTER_AN_ASIDE) == [("dockers to return to work", "the governor", "urged")]


def test_whom_it_was_told_leaves_the_clause_before() -> None:
    assert reported(SAID_TO_A_RALLY) == [("The port will stay open", "the governor", "told")]
