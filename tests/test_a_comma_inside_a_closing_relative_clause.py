"""`Officials say the sale was a natural step to take with a country that, once an enemy, is now
a key part of Japan's strategy`: a relative clause set off by a comma at the end of a report is
the writer's aside and is cut (indirect._without_trailing_aside), but here the comma before `is`
closes an aside inside the relative clause, which opens at `that`, before it. The report was cut
at that comma, mid-clause, as `… with a country that, once an enemy`; the mark must open the
clause for the cut. The rows from a frozen parse of a sentence written for this file (see
tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Officials say the sale was a natural step to take with a country that, once an enemy, is now a
# key part of Japan's strategy.
_ONCE_AN_ENEMY = """
Officials NOUN NNS nsubj 1 O official
say VERB VBP ROOT 1 O say
the DET DT det 3 O the
sale NOUN NN nsubj 4 O sale
was AUX VBD ccomp 1 O be
a DET DT det 7 O a
natural ADJ JJ amod 7 O natural
step NOUN NN attr 4 O step
to PART TO aux 9 O to
take VERB VB relcl 7 O take
with ADP IN prep 9 O with
a DET DT det 12 O a
country NOUN NN pobj 10 O country
that PRON WDT nsubj 19 O that _
, PUNCT , punct 19 O ,
once ADV RB advmod 17 O once
an DET DT det 17 O an
enemy NOUN NN prep 14 O enemy _
, PUNCT , punct 19 O ,
is AUX VBZ relcl 7 O be
now ADV RB advmod 19 O now
a DET DT det 23 O a
key ADJ JJ amod 23 O key
part NOUN NN attr 19 O part
of ADP IN prep 23 O of
Japan PROPN NNP poss 27 B-GPE Japan _
's PART POS case 25 O 's
strategy NOUN NN pobj 24 O strategy _
. PUNCT . punct 1 O . _
"""


def test_a_comma_inside_a_relative_clause_does_not_cut_the_report() -> None:
    rows = Extractor(indirect=True).rows(frozen(_ONCE_AN_ENEMY))
    assert [(r.speaker, r.cue, r.quote) for r in rows] == [
        (
            "Officials",
            "say",
            "the sale was a natural step to take with a country that, once an enemy,"
            " is now a key part of Japan's strategy",
        )
    ]
