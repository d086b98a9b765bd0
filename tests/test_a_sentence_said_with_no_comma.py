"""A whole sentence (a capital first, a stop last) that a verb of saying hands over with no comma
or colon, `said "We will reopen the quay."`, is a direct quote and that verb's; the sentence
after it names nobody who spoke it. Frozen parse of a sentence written for this file (see
tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The harbour master, Ana Ruiz, said "We will reopen the quay." Fishermen cheered.
_HANDED = """
The DET DT det 2 O the
harbour NOUN NN compound 2 O harbour
master NOUN NN nsubj 7 O master _
, PUNCT , punct 2 O ,
Ana PROPN NNP compound 5 O Ana
Ruiz PROPN NNP appos 2 O Ruiz _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 7 O say
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 11 O we
will AUX MD aux 11 O will
reopen VERB VB ccomp 7 O reopen
the DET DT det 13 O the
quay NOUN NN dobj 11 O quay _
. PUNCT . punct 7 O . _
" PUNCT '' punct 7 O "
Fishermen NOUN NNS nsubj 17 O fisherman
cheered VERB VBD ROOT 17 O cheer _
. PUNCT . punct 17 O . _
"""

# The club said "Training resumes on Monday" in a statement.
_FRAGMENT = """
The DET DT det 1 O the
club NOUN NN nsubj 2 O club
said VERB VBD ROOT 2 O say
" PUNCT `` punct 2 O " _
Training NOUN NN nsubj 5 O training
resumes VERB VBZ ccomp 2 O resume
on ADP IN prep 5 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
" PUNCT '' punct 5 O "
in ADP IN prep 5 O in
a DET DT det 11 O a
statement NOUN NN pobj 9 O statement _
. PUNCT . punct 2 O . _
"""


def test_a_whole_sentence_after_said_with_no_comma_is_direct() -> None:
    rows = Extractor().rows(frozen(_HANDED))
    assert [(r.kind, r.speaker, r.quote) for r in rows] == [
        ("direct", "Ana Ruiz", "We will reopen the quay.")
    ]


def test_words_with_no_stop_after_said_stay_partial() -> None:
    rows = Extractor().rows(frozen(_FRAGMENT))
    assert [r.kind for r in rows] == ["partial"]
