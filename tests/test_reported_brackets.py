"""A report whose words close a bracket they open ends after it (`influenza A (H3N2)`, not
`influenza A (H3N2`): the edge punctuation trimmed off a report stops at a closing bracket
whose opening one is inside (quotes/indirect.py, ``_trim``); a relative clause set off in
brackets at the end is still cut, brackets and all. Frozen parses (tests/frozen.py) of
sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Dr Cho said the main strain this winter was influenza A (H3N2), which has caused severe
# illness in older people.
BRACKET = """
Dr PROPN NNP compound 1 B-PERSON Dr
Cho PROPN NNP nsubj 2 I-PERSON Cho
said VERB VBD ROOT 2 O say
the DET DT det 5 O the
main ADJ JJ amod 5 O main
strain NOUN NN nsubj 8 O strain
this DET DT det 7 B-DATE this
winter NOUN NN nsubj 8 I-DATE winter
was AUX VBD ccomp 2 O be
influenza NOUN NN compound 10 O influenza
A PROPN NNP attr 8 O A
( PUNCT -LRB- punct 12 O ( _
H3N2 PROPN NNP appos 10 O H3N2 _
) PUNCT -RRB- punct 10 O ) _
, PUNCT , punct 10 O ,
which PRON WDT nsubj 17 O which
has AUX VBZ aux 17 O have
caused VERB VBN relcl 10 O cause
severe ADJ JJ amod 19 O severe
illness NOUN NN dobj 17 O illness
in ADP IN prep 17 O in
older ADJ JJR amod 22 O old
people NOUN NNS pobj 20 O people _
. PUNCT . punct 2 O . _
"""

# The union proposed raising fees for visitors (which the council also supports).
BRACKET_ASIDE = """
The DET DT det 1 O the
union NOUN NN nsubj 2 O union
proposed VERB VBD ROOT 2 O propose
raising VERB VBG xcomp 2 O raise
fees NOUN NNS dobj 3 O fee
for ADP IN prep 3 O for
visitors NOUN NNS pobj 5 O visitor
( PUNCT -LRB- punct 6 O ( _
which PRON WDT dobj 12 O which
the DET DT det 10 O the
council NOUN NN nsubj 12 O council
also ADV RB advmod 12 O also
supports VERB VBZ relcl 6 O support _
) PUNCT -RRB- punct 2 O ) _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[tuple[str, str]]:
    doc = frozen(spec)
    found = reported_speech(QuoteIndex.of(doc))
    return [(doc.text[r.start : r.end], doc.text[r.mention.start : r.mention.end]) for r in found]


def test_a_report_ends_after_the_bracket_it_opens() -> None:
    assert _reports(BRACKET) == [("the main strain this winter was influenza A (H3N2)", "Dr Cho")]


def test_a_relative_clause_in_brackets_at_the_end_is_still_cut() -> None:
    assert _reports(BRACKET_ASIDE) == [("raising fees for visitors", "The union")]
