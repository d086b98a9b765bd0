"""What `according to X` reports after a `which` clause set off by commas (quotes/indirect.py,
``_relative_aside_before``): the clause, a fact about the thing it describes, not the sentence
the parser hangs `according` on. Frozen parse (tests/frozen.py) of a sentence written for
this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

TOWNS_WHICH_HOLD = """
Ana PROPN NNP compound 1 B-PERSON Ana
Ruiz PROPN NNP nsubj 2 I-PERSON Ruiz
won VERB VBD ROOT 2 O win
the DET DT det 4 O the
vote NOUN NN dobj 2 O vote
in ADP IN prep 2 O in
the DET DT det 8 O the
northern ADJ JJ amod 8 O northern
towns NOUN NNS pobj 5 O town _
, PUNCT , punct 8 O ,
which PRON WDT nsubj 11 O which
hold VERB VBP relcl 8 O hold
most ADJ JJS dobj 11 O most
of ADP IN prep 12 O of
the DET DT det 15 O the
county NOUN NN poss 17 O county _
's PART POS case 15 O 's
voters NOUN NNS pobj 13 O voter _
, PUNCT , punct 2 O ,
according VERB VBG prep 2 O accord
to ADP IN prep 19 O to
the DET DT det 23 O the
census NOUN NN compound 23 O census
office NOUN NN pobj 20 O office _
. PUNCT . punct 2 O . _
"""


def test_according_to_after_a_which_clause_reports_the_clause() -> None:
    doc = frozen(TOWNS_WHICH_HOLD)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    assert [(doc.text[r.start : r.end], doc.text[r.mention.start : r.mention.end]) for r in found] == [
        ("which hold most of the county's voters", "the census office")
    ]
