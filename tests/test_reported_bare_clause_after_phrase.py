"""What a verb of saying reports when the parser reads its bare clause after a phrase as a
relative clause on the phrase's noun (quotes/indirect.py, ``_bare_clause_read_as_relative``):
`said in a statement it had sent food … to the villages` reports `it had sent food …`, since
the clause's verb has its object and the noun fills no gap in it; `said in a letter it sent to
members` is a relative clause, the letter what was sent, and reports nothing. Frozen parses
(tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# The Red Cross said in a statement it had sent food, blankets and tents to the villages.
SAID_IN_A_STATEMENT_IT_HAD_SENT = """
The DET DT det 2 B-ORG the
Red PROPN NNP compound 2 I-ORG Red
Cross PROPN NNP nsubj 3 I-ORG Cross
said VERB VBD ROOT 3 O say
in ADP IN prep 3 O in
a DET DT det 6 O a
statement NOUN NN pobj 4 O statement
it PRON PRP nsubj 9 O it
had AUX VBD aux 9 O have
sent VERB VBN relcl 6 O send
food NOUN NN dobj 9 O food _
, PUNCT , punct 10 O ,
blankets NOUN NNS conj 10 O blanket
and CCONJ CC cc 12 O and
tents NOUN NNS conj 12 O tent
to ADP IN dative 9 O to
the DET DT det 17 O the
villages NOUN NNS pobj 15 O village _
. PUNCT . punct 3 O . _
"""

# The union said in a letter it sent to members on Friday.
SAID_IN_A_LETTER_IT_SENT = """
The DET DT det 1 O the
union NOUN NN nsubj 2 O union
said VERB VBD ROOT 2 O say
in ADP IN prep 2 O in
a DET DT det 5 O a
letter NOUN NN pobj 3 O letter
it PRON PRP nsubj 7 O it
sent VERB VBD relcl 5 O send
to ADP IN dative 7 O to
members NOUN NNS pobj 8 O member
on ADP IN prep 7 O on
Friday PROPN NNP pobj 10 B-DATE Friday _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_a_clause_with_its_object_is_what_was_said() -> None:
    assert _reports(SAID_IN_A_STATEMENT_IT_HAD_SENT) == [
        "it had sent food, blankets and tents to the villages"
    ]


def test_a_relative_clause_with_a_gap_says_nothing() -> None:
    assert _reports(SAID_IN_A_LETTER_IT_SENT) == []
