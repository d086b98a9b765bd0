"""A verb of saying in the present that the tagger read as a plural noun (`states`, `notes`)
still reports: `“…,” the minister states.` (its subject hung on it as a verb's) and `“…,” Ana
Ruiz states.` (the name hung on it as a compound) name their speaker. Frozen parses of
sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# “The plan is sound,” the minister states.
_STATES_AFTER_A_DESCRIPTION = """
“ PUNCT `` punct 9 O " _
The DET DT det 2 O the
plan NOUN NN nsubj 3 O plan
is AUX VBZ ccomp 9 O be
sound ADJ JJ acomp 3 O sound _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
the DET DT det 8 O the
minister PROPN NNP nsubj 9 O minister
states NOUN NNS ROOT 9 O state _
. PUNCT . punct 9 O . _
"""


# “The plan is sound,” Ana Ruiz states.
_STATES_AFTER_A_NAME = """
“ PUNCT `` punct 9 O " _
The DET DT det 2 O the
plan NOUN NN nsubj 3 O plan
is AUX VBZ ccomp 9 O be
sound ADJ JJ acomp 3 O sound _
, PUNCT , punct 9 O , _
” PUNCT '' punct 9 O "
Ana PROPN NNP compound 8 O Ana
Ruiz PROPN NNP compound 9 O Ruiz
states NOUN NNS ROOT 9 O state _
. PUNCT . punct 9 O . _
"""


def _speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_states_read_as_a_noun_after_a_description_reports() -> None:
    assert _speakers(_STATES_AFTER_A_DESCRIPTION) == ["the minister"]


def test_states_read_as_a_noun_after_a_name_reports() -> None:
    assert _speakers(_STATES_AFTER_A_NAME) == ["Ana Ruiz"]
