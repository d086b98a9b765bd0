"""Where reported speech ends at `and` + a second verb (quotes/indirect.py, ``_bounds``): a
verb of saying's content goes on over `and` + `be` or `have` as a main verb, a state that is
still what was said, where another verb in the cue's tense is what the speaker did next.
Frozen parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

NOTES_AND_HAS = """
Ruiz NOUN NN nsubj 1 O ruiz
notes VERB VBZ ROOT 1 O note
she PRON PRP nsubj 3 O she
was AUX VBD ccomp 1 O be
the DET DT det 5 O the
first ADJ JJ attr 3 B-ORDINAL first
to PART TO aux 7 O to
back VERB VB relcl 5 O back
the DET DT det 9 O the
levy NOUN NN dobj 7 O levy
and CCONJ CC cc 3 O and
has VERB VBZ conj 3 O have
the DET DT det 14 O the
most ADJ JJS amod 14 O most
experience NOUN NN dobj 11 O experience
with ADP IN prep 14 O with
it PRON PRP pobj 15 O it _
. PUNCT . punct 1 O . _
"""

SAID_AND_THANKED = """
Ruiz NOUN NN nsubj 1 O ruiz
said VERB VBD ROOT 1 O say
the DET DT det 3 O the
ferry NOUN NN nsubj 5 O ferry
has AUX VBZ aux 5 O have
been AUX VBN ccomp 1 O be
late ADV RB advmod 5 B-DATE late
all DET DT det 8 I-DATE all
week NOUN NN npadvmod 5 I-DATE week
and CCONJ CC cc 5 O and
thanked VERB VBD conj 5 O thank
the DET DT det 12 O the
crew NOUN NN dobj 10 O crew _
. PUNCT . punct 1 O . _
"""


def contents(spec: str) -> list[str]:
    """The content of every candidate in a frozen parse."""
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_and_has_a_state_goes_on_with_what_was_said() -> None:
    assert contents(NOTES_AND_HAS) == [
        "she was the first to back the levy and has the most experience with it"
    ]


def test_and_another_act_in_the_cues_tense_is_what_the_speaker_did_next() -> None:
    assert contents(SAID_AND_THANKED) == ["the ferry has been late all week"]
