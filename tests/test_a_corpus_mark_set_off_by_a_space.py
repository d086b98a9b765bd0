"""Two backticks set off from the quote's first word by a space, as OCR and retyping leave an
archive's opening mark (`said: `` I have the figures …''`): the mark still opens a quote that two
apostrophes close on its line; set off on both sides with no closing, or before code, it is none.
Frozen parse of a sentence written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.spans import find_quote_spans
from tests.frozen import frozen

# The Town Clerk, Mr. F. PEARSON, said: `` I have the figures here, and they bear me out.''
_A_MARK_SET_OFF_BY_A_SPACE = """
The DET DT det 2 B-PERSON the
Town PROPN NNP compound 2 I-PERSON Town
Clerk PROPN NNP nsubj 8 I-PERSON Clerk _
, PUNCT , punct 2 O ,
Mr. PROPN NNP compound 6 O Mr.
F. PROPN NNP compound 6 B-PERSON F.
PEARSON PROPN NNP appos 2 I-PERSON PEARSON _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
` PUNCT `` punct 8 O ` _
` PUNCT `` punct 8 O `
I PRON PRP nsubj 13 O I
have VERB VBP ccomp 8 O have
the DET DT det 15 O the
figures NOUN NNS dobj 13 O figure
here ADV RB advmod 15 O here _
, PUNCT , punct 13 O ,
and CCONJ CC cc 13 O and
they PRON PRP nsubj 20 O they
bear VERB VBP conj 13 O bear
me PRON PRP dobj 20 O I
out ADP RP prt 20 O out _
. PUNCT . punct 8 O . _
'' PUNCT '' punct 8 O '' _
"""


def test_a_spaced_opening_mark_is_a_quotes() -> None:
    rows = Extractor().rows(frozen(_A_MARK_SET_OFF_BY_A_SPACE))
    assert [(r.speaker, r.role, r.quote) for r in rows] == [
        ("F. Pearson", "Town Clerk", "I have the figures here, and they bear me out."),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("`` We shall not pay,'' said the alderman.", ["We shall not pay,"]),
        ("He said: ``  Not a penny.''", ["Not a penny."]),
        # (No two apostrophes to close it, a figure after it, or code between backticks.)
        ("The keys `` and '' sit apart.", []),
        ("A row `` 12 '' wide.", []),
        ("Type `` make `` to build it.", []),
    ],
)
def test_two_backticks_before_a_space(text: str, quoted: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == quoted
