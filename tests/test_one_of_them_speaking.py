"""`one`, `another`, `others` and `some` as the subject of a verb of saying (`“We are finished,”
said another.`, `Another said, “…”`) are an unnamed speaker, one of the people the story has been
quoting: the row names them as written, as it does `one fisherman`. Frozen parses of sentences
written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# “The quota is fair,” said one fisherman. “We are finished,” said another.
_SAID_ANOTHER = """
“ PUNCT `` punct 7 O " _
The DET DT det 2 O the
quota NOUN NN nsubj 3 O quota
is AUX VBZ ccomp 7 O be
fair ADJ JJ acomp 3 O fair _
, PUNCT , punct 7 O , _
” PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
one NUM CD nummod 9 B-CARDINAL one
fisherman NOUN NN nsubj 7 O fisherman _
. PUNCT . punct 7 O .
“ PUNCT `` punct 17 O " _
We PRON PRP nsubjpass 14 O we
are AUX VBP auxpass 14 O be
finished VERB VBN ccomp 17 O finish _
, PUNCT , punct 17 O , _
” PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
another PRON DT nsubj 17 O another _
. PUNCT . punct 17 O . _
"""


# One fisherman backed the quota. Another said, “We are finished.”
_ANOTHER_SAID = """
One NUM CD nummod 1 B-CARDINAL one
fisherman NOUN NN nsubj 2 O fisherman
backed VERB VBD ROOT 2 O back
the DET DT det 4 O the
quota NOUN NN dobj 2 O quota _
. PUNCT . punct 2 O .
Another PRON DT nsubj 7 O another
said VERB VBD ROOT 7 O say _
, PUNCT , punct 7 O ,
“ PUNCT `` punct 7 O " _
We PRON PRP nsubjpass 12 O we
are AUX VBP auxpass 12 O be
finished VERB VBN ccomp 7 O finish _
. PUNCT . punct 7 O . _
” PUNCT '' punct 7 O " _
"""


def _speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_said_another_names_another() -> None:
    assert _speakers(_SAID_ANOTHER) == ["one fisherman", "another"]


def test_another_said_names_another() -> None:
    assert _speakers(_ANOTHER_SAID) == ["Another"]
