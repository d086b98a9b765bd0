"""The writer's judgement of saying something is nobody's report (quotes/indirect.py,
``_impersonal_judgement``): `it is fair to say that …`, `it is only right for the council to
admit that …` say what anybody might say, or the writer thinks, not what somebody said.
Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

FAIR_TO_SAY = """
It PRON PRP nsubj 1 O it
is AUX VBZ ROOT 1 O be
fair ADJ JJ acomp 1 O fair
to PART TO aux 4 O to
say VERB VB xcomp 1 O say
that SCONJ IN mark 9 O that
the DET DT det 7 O the
ferry NOUN NN nsubj 9 O ferry
has AUX VBZ aux 9 O have
been AUX VBN ccomp 4 O be
late ADV RB advmod 9 B-DATE late
all DET DT det 12 I-DATE all
winter NOUN NN npadvmod 9 I-DATE winter _
. PUNCT . punct 1 O . _
"""

RIGHT_FOR_THE_COUNCIL_TO_ADMIT = """
It PRON PRP nsubj 1 O it
is AUX VBZ ROOT 1 O be
only ADV RB advmod 1 O only
right ADJ JJ acomp 1 O right
for SCONJ IN mark 8 O for
the DET DT det 6 O the
council NOUN NN nsubj 8 O council
to PART TO aux 8 O to
admit VERB VB advcl 1 O admit
that SCONJ IN mark 12 O that
the DET DT det 11 O the
levy NOUN NN nsubj 12 O levy
failed VERB VBD ccomp 8 O fail _
. PUNCT . punct 1 O . _
"""


def contents(spec: str) -> list[str]:
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_it_is_fair_to_say_is_no_report() -> None:
    assert contents(FAIR_TO_SAY) == []


def test_it_is_right_for_someone_to_admit_is_no_report_of_theirs() -> None:
    assert contents(RIGHT_FOR_THE_COUNCIL_TO_ADMIT) == []
