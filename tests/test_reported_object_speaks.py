"""Who says an infinitive of saying hung on a verb with an object (quotes/indirect.py,
``_controlling_object``): the object (`led Ana Ruiz to declare …`), unless the verb is one
whose subject does what follows (`used the briefing to call for …`: a purpose).
Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

LED_TO_DECLARE = """
The DET DT det 1 O the
defeat NOUN NN nsubj 2 O defeat
led VERB VBD ROOT 2 O lead
Ana PROPN NNP compound 4 B-PERSON Ana
Ruiz PROPN NNP dobj 2 I-PERSON Ruiz
to PART TO aux 6 O to
declare VERB VB xcomp 2 O declare
that SCONJ IN mark 10 O that
the DET DT det 9 O the
race NOUN NN nsubj 10 O race
was AUX VBD ccomp 6 O be
over ADV RB advmod 10 O over _
. PUNCT . punct 2 O . _
"""

USED_TO_CALL = """
Ana PROPN NNP compound 1 B-PERSON Ana
Ruiz PROPN NNP nsubj 2 I-PERSON Ruiz
used VERB VBD ROOT 2 O use
the DET DT det 4 O the
briefing NOUN NN dobj 2 O briefing
to PART TO aux 6 O to
call VERB VB xcomp 2 O call
for ADP IN prep 6 O for
a DET DT det 10 O a
new ADJ JJ amod 10 O new
bridge NOUN NN pobj 7 O bridge _
. PUNCT . punct 2 O . _
"""


def speakers(spec: str) -> list[str]:
    """The speaker mention of every candidate in a frozen parse."""
    doc = frozen(spec)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    return [doc.text[r.mention.start : r.mention.end] for r in found]


def test_the_object_of_the_verb_an_infinitive_of_saying_hangs_on_says_it() -> None:
    assert speakers(LED_TO_DECLARE) == ["Ana Ruiz"]


def test_a_purpose_infinitive_is_said_by_the_subject() -> None:
    assert speakers(USED_TO_CALL) == ["Ana Ruiz"]
