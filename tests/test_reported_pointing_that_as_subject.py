"""A `that` right before its clause's finite verb after a verb of saying (`said that was all very
well`, `said that would be settled later`, archive reports' way of giving a reply) is the reported
clause's subject, a pointing `that`, one of the words reported: the report keeps it. The
complementiser `that` (`said that rents had risen`) stays out. Frozen parses (tests/frozen.py)
of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

# Mr. DAVIES said that was all very well, but who was to pay?
_WHO_WAS_TO_PAY = """
Mr. PROPN NNP compound 1 O Mr.
DAVIES PROPN NNP nsubj 2 B-PERSON DAVIES
said VERB VBD ROOT 2 O say
that PRON DT nsubj 4 O that
was AUX VBD ccomp 2 O be
all PRON DT dep 4 O all
very ADV RB advmod 7 O very
well ADV RB advmod 4 O well _
, PUNCT , punct 4 O ,
but CCONJ CC cc 4 O but
who PRON WP nsubj 11 O who
was AUX VBD conj 4 O be
to PART TO aux 13 O to
pay VERB VB xcomp 11 O pay _
? PUNCT . punct 2 O ? _
"""


# The Mayor said that would be settled later.
_SETTLED_LATER = """
The DET DT det 1 O the
Mayor PROPN NNP nsubj 2 O Mayor
said VERB VBD ROOT 2 O say
that PRON DT nsubjpass 6 O that
would AUX MD aux 6 O would
be AUX VB auxpass 6 O be
settled VERB VBN ccomp 2 O settle
later ADV RB advmod 6 O later _
. PUNCT . punct 2 O . _
"""


# The Mayor said that rents had risen.
_RENTS_HAD_RISEN = """
The DET DT det 1 O the
Mayor PROPN NNP nsubj 2 O Mayor
said VERB VBD ROOT 2 O say
that SCONJ IN mark 6 O that
rents NOUN NNS nsubj 6 O rent
had AUX VBD aux 6 O have
risen VERB VBN ccomp 2 O rise _
. PUNCT . punct 2 O . _
"""


def _reports(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_a_pointing_that_before_was_is_reported() -> None:
    assert _reports(_WHO_WAS_TO_PAY) == ["that was all very well, but who was to pay"]


def test_a_pointing_that_before_a_modal_is_reported() -> None:
    assert _reports(_SETTLED_LATER) == ["that would be settled later"]


def test_the_complementiser_stays_out() -> None:
    assert _reports(_RENTS_HAD_RISEN) == ["rents had risen"]
