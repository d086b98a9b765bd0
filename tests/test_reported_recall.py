"""Reports the candidate generator used to drop (quotes/indirect.py): an object's content that
goes on past an adverb (`urged Ruiz last week to drop the levy`), an aside of saying the
parser hung on the sentence it interrupts (`With each new poll, these tenants acknowledge, it
gets harder …`), and what a `mention` is of (`made no mention of the flood levy`). Frozen
parses (tests/frozen.py) of sentences written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

URGED_LAST_WEEK = """
The DET DT det 1 O the
mayor NOUN NN nsubj 2 O mayor
urged VERB VBD ROOT 2 O urge
Ruiz PROPN NNP dobj 2 B-PERSON Ruiz
last ADJ JJ amod 5 B-DATE last
week NOUN NN npadvmod 2 I-DATE week
to PART TO aux 7 O to
drop VERB VB xcomp 2 O drop
the DET DT det 9 O the
levy NOUN NN dobj 7 O levy _
. PUNCT . punct 2 O . _
"""

BLAMED_DIRECTLY = """
The DET DT det 1 O the
union NOUN NN nsubj 2 O union
blamed VERB VBD ROOT 2 O blame
the DET DT det 4 O the
council NOUN NN dobj 2 O council
directly ADV RB advmod 2 O directly
for ADP IN prep 2 O for
the DET DT det 9 O the
long ADJ JJ amod 9 O long
delay NOUN NN pobj 6 O delay
at ADP IN prep 9 O at
the DET DT det 12 O the
depot NOUN NN pobj 10 O depot _
. PUNCT . punct 2 O . _
"""

TENANTS_ACKNOWLEDGE = """
With ADP IN prep 7 O with
each DET DT det 3 O each
new ADJ JJ amod 3 O new
poll NOUN NN pobj 0 O poll _
, PUNCT , punct 7 O ,
these DET DT det 6 O these
tenants NOUN NNS nsubj 7 O tenant
acknowledge VERB VBP advcl 10 O acknowledge _
, PUNCT , punct 10 O ,
it PRON PRP nsubj 10 O it
gets VERB VBZ ROOT 10 O get
harder ADJ JJR advmod 10 O hard
to PART TO aux 13 O to
stop VERB VB xcomp 10 O stop
the DET DT det 15 O the
sale NOUN NN dobj 13 O sale _
. PUNCT . punct 10 O . _
"""


def contents(spec: str) -> list[str]:
    """The content of every candidate in a frozen parse."""
    doc = frozen(spec)
    return [doc.text[r.start : r.end] for r in reported_speech(QuoteIndex(DocContext(doc), []))]


def test_an_adverb_after_the_object_does_not_end_what_was_urged() -> None:
    assert contents(URGED_LAST_WEEK) == ["Ruiz last week to drop the levy"]


def test_an_adverb_before_the_for_phrase_does_not_end_the_blame() -> None:
    assert contents(BLAMED_DIRECTLY) == ["the council directly for the long delay at the depot"]


def test_an_aside_hung_on_the_sentence_it_interrupts_reports_the_sentence() -> None:
    assert contents(TENANTS_ACKNOWLEDGE) == [
        "With each new poll, these tenants acknowledge, it gets harder to stop the sale"
    ]


MADE_NO_MENTION = """
The DET DT det 1 O the
mayor NOUN NN nsubj 2 O mayor
made VERB VBD ROOT 2 O make
no DET DT det 4 O no
mention NOUN NN dobj 2 O mention
of ADP IN prep 4 O of
the DET DT det 8 O the
flood NOUN NN compound 8 O flood
levy NOUN NN pobj 5 O levy _
. PUNCT . punct 2 O . _
"""


def test_what_a_speaker_made_no_mention_of_is_reported() -> None:
    assert contents(MADE_NO_MENTION) == ["the flood levy"]
