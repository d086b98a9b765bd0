"""A comparison a comma sets off after a figure at the end of a report, `well above …`,
`higher than …` (`reported a profit of $1.78 a share, well above the $1.11 that analysts
expected`), is the writer's yardstick: the report ends before it (quotes/indirect.py,
``_set_against_a_figure``). Not without a figure in the report, nor `above` inside the
reported words. Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# The bakery chain reported a profit of $1.78 a share, well above the $1.11 that analysts expected.
BAKERY_PROFIT = """
The DET DT det 2 O the
bakery NOUN NN compound 2 O bakery
chain NOUN NN nsubj 3 O chain
reported VERB VBD ROOT 3 O report
a DET DT det 5 O a
profit NOUN NN dobj 3 O profit
of ADP IN prep 5 O of
$ SYM $ nmod 8 O $ _
1.78 NUM CD pobj 6 B-MONEY 1.78
a DET DT det 10 O a
share NOUN NN npadvmod 8 O share _
, PUNCT , punct 5 O ,
well ADV RB advmod 13 O well
above ADP IN prep 5 O above
the DET DT det 16 O the
$ SYM $ nmod 16 O $ _
1.11 NUM CD pobj 13 B-MONEY 1.11
that PRON WDT dobj 19 O that
analysts NOUN NNS nsubj 19 O analyst
expected VERB VBD relcl 16 O expect _
. PUNCT . punct 3 O . _
"""
# Okafor said the fee was between $5,000 and $10,000, higher than any fee she had taken before.
FEE_HIGHER = """
Okafor PROPN NNP nsubj 1 O Okafor
said VERB VBD ROOT 1 O say
the DET DT det 3 O the
fee NOUN NN nsubj 4 O fee
was AUX VBD ccomp 1 O be
between ADP IN quantmod 7 B-MONEY between
$ SYM $ quantmod 7 I-MONEY $ _
5,000 NUM CD npadvmod 12 I-MONEY 5,000
and CCONJ CC cc 7 I-MONEY and
$ SYM $ nmod 10 I-MONEY $ _
10,000 NUM CD conj 7 I-MONEY 10,000 _
, PUNCT , punct 7 O ,
higher ADJ JJR acomp 4 O high
than ADP IN prep 12 O than
any DET DT det 15 O any
fee NOUN NN pobj 13 O fee
she PRON PRP nsubj 18 O she
had AUX VBD aux 18 O have
taken VERB VBN relcl 15 O take
before ADV RB advmod 18 O before _
. PUNCT . punct 1 O . _
"""
# Ruiz said the river had risen, above the old wall at the mill.
RIVER_ABOVE = """
Ruiz NOUN NN nsubj 1 O ruiz
said VERB VBD ROOT 1 O say
the DET DT det 3 O the
river NOUN NN nsubj 5 O river
had AUX VBD aux 5 O have
risen VERB VBN ccomp 1 O rise _
, PUNCT , punct 5 O ,
above ADP IN prep 5 O above
the DET DT det 10 O the
old ADJ JJ amod 10 O old
wall NOUN NN pobj 7 O wall
at ADP IN prep 10 O at
the DET DT det 13 O the
mill NOUN NN pobj 11 O mill _
. PUNCT . punct 1 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_a_figure_set_well_above_another_ends_the_report() -> None:
    assert _reports(BAKERY_PROFIT) == ["a profit of $1.78 a share"]


def test_a_figure_set_higher_than_another_ends_the_report() -> None:
    assert _reports(FEE_HIGHER) == ["the fee was between $5,000 and $10,000"]


def test_above_without_a_figure_stays() -> None:
    assert _reports(RIVER_ABOVE) == ["the river had risen, above the old wall at the mill"]
