"""A verb of saying in the present that the tagger reads as a plural noun closing the phrase
after a quote cut off by a comma (`“…,” a spokesman for the hospital states.`, one noun phrase
to the parser; `the Norwegians state`, the bare form after a plural) is the cue, and the
phrase before it the speaker. Frozen parses of sentences written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# “Our wards are full,” a spokesman for the hospital states.
_SPOKESMAN_STATES = """
“ PUNCT `` punct 8 O " _
Our PRON PRP$ poss 2 O our
wards NOUN NNS nsubj 3 O ward
are AUX VBP ccomp 8 O be
full ADJ JJ acomp 3 O full _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
a DET DT det 8 O a
spokesman NOUN NN ROOT 8 O spokesman
for ADP IN prep 8 O for
the DET DT det 12 O the
hospital NOUN NN compound 12 O hospital
states NOUN NNS pobj 9 O state _
. PUNCT . punct 8 O . _
"""


# “The port will stay open,” the Norwegians state in the document.
_THE_NORWEGIANS = """
“ PUNCT `` punct 10 O " _
The DET DT det 2 O the
port NOUN NN nsubj 4 O port
will AUX MD aux 4 O will
stay VERB VB ccomp 10 O stay
open ADJ JJ acomp 4 O open _
, PUNCT , punct 10 O , _
” PUNCT '' punct 10 O "
the DET DT det 10 O the
Norwegians PROPN NNPS compound 10 B-NORP Norwegians
state NOUN NN ROOT 10 O state
in ADP IN prep 10 O in
the DET DT det 13 O the
document NOUN NN pobj 11 O document _
. PUNCT . punct 10 O . _
"""


# “We were unlucky,” the coach's notes show.
_NOTES_SHOW = """
“ PUNCT `` punct 10 O " _
We PRON PRP nsubj 2 O we
were AUX VBD ccomp 10 O be
unlucky ADJ JJ acomp 2 O unlucky _
, PUNCT , punct 10 O , _
” PUNCT '' punct 10 O "
the DET DT det 7 O the
coach NOUN NN poss 9 O coach _
's PART POS case 7 O 's
notes NOUN NNS nsubj 10 O note
show VERB VBP ROOT 10 O show _
. PUNCT . punct 10 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.cue) for r in Extractor().rows(frozen(spec))]


def test_a_present_cue_read_as_a_noun_names_the_phrase_before_it() -> None:
    assert _rows(_SPOKESMAN_STATES) == [("a spokesman for the hospital", "states")]


def test_the_bare_form_after_a_plural_is_the_cue() -> None:
    assert _rows(_THE_NORWEGIANS) == [("Norwegians", "state")]


def test_a_noun_that_a_verb_follows_is_no_cue() -> None:
    # (`notes` is the subject of `show`: the notes are no speaker, and `states`-like words
    # before a verb are not read as one.)
    assert all(cue != "notes" for _, cue in _rows(_NOTES_SHOW))
