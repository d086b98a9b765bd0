"""A predeterminer before a described speaker belongs to the sentence's frame, not to the
description (`“It is over,” was all the coach would say.`: the coach, not `all the coach`).
Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "It is over," was all the coach would say.
_ALL_THE_COACH = """
" PUNCT `` punct 11 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 6 O be
over ADV RB advmod 2 O over _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
was AUX VBD ccomp 11 O be
all DET PDT predet 9 O all
the DET DT det 9 O the
coach NOUN NN nsubj 11 O coach
would AUX MD aux 11 O would
say VERB VB ROOT 11 O say _
. PUNCT . punct 11 O . _
"""


def test_a_predeterminer_is_no_part_of_the_speakers_description() -> None:
    rows = Extractor().rows(frozen(_ALL_THE_COACH))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [("the coach", "coach", "the coach")]
