"""`indirect.verb_report` gives the two halves a reported-speech candidate is built from, asked
apart: what a verb of saying reports and who it names (``benchmarks/reported_misses.py``
counts with it the gold reports that get no candidate, by which half is missing). Frozen
parses (the model's own) of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.indirect import verb_report
from tests.frozen import frozen

# Mara Hale said the bridge would reopen in May.
_SAID = """
Mara PROPN NNP compound 1 B-PERSON Mara
Hale PROPN NNP nsubj 2 I-PERSON Hale
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
bridge NOUN NN nsubj 6 O bridge
would AUX MD aux 6 O would
reopen VERB VB ccomp 2 O reopen
in ADP IN prep 6 O in
May PROPN NNP pobj 7 B-DATE May _
. PUNCT . punct 2 O . _
"""

# Mara Hale complained in a letter to the council.
_IN_A_LETTER = """
Mara PROPN NNP compound 1 B-PERSON Mara
Hale PROPN NNP nsubj 2 I-PERSON Hale
complained VERB VBD ROOT 2 O complain
in ADP IN prep 2 O in
a DET DT det 5 O a
letter NOUN NN pobj 3 O letter
to ADP IN prep 5 O to
the DET DT det 8 O the
council NOUN NN pobj 6 O council _
. PUNCT . punct 2 O . _
"""


def _halves(spec: str, verb: str) -> tuple[str | None, str | None]:
    doc = frozen(spec)
    idx = QuoteIndex.of(doc)
    content, mention = verb_report(idx, next(t for t in doc if t.text == verb))
    words = None if content is None else doc[content[0] : content[1] + 1].text
    return words, None if mention is None else doc.text[mention.start : mention.end]


def test_a_verb_with_a_clause_gives_both_halves() -> None:
    assert _halves(_SAID, "said") == ("the bridge would reopen in May", "Mara Hale")


def test_a_verb_with_only_a_scene_gives_its_speaker_and_no_content() -> None:
    assert _halves(_IN_A_LETTER, "complained") == (None, "Mara Hale")


def test_a_word_that_is_no_verb_of_saying_gives_neither() -> None:
    assert _halves(_SAID, "bridge") == (None, None)
