"""A national news agency's or a site's sign-off on a line of its own after a dash (`— Bernama`,
`— APP`, `— New Ziana`, `- News24`), furniture as `— Reuters` is: it does not cut a quote
running over paragraphs short. A name alone after a dash (`— Tom Hale`) stays story, as it signs
a letter or a quotation. Frozen parses of stories written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Floods hit Kelantan /  / "We have opened 34 relief centres," said Mohd Rosdi Ismail. "More will open
# tonight. /  / — Bernama /  / "The rain will go on until Friday."
_A_NATIONAL_WIRES_SIGN_OFF = """
Floods NOUN NNS nsubj 1 O flood
hit VERB VBD ROOT 1 O hit
Kelantan PROPN NNP dobj 1 B-GPE Kelantan _
<paragraph> SPACE _SP dep 2 O <paragraph> _
" PUNCT `` ROOT 4 O " _
We PRON PRP nsubj 7 O we
have AUX VBP aux 7 O have
opened VERB VBN ccomp 13 O open
34 NUM CD nummod 10 B-CARDINAL 34
relief NOUN NN compound 10 O relief
centres NOUN NNS dobj 7 O centre _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
said VERB VBD ROOT 13 O say
Mohd PROPN NNP compound 16 B-PERSON Mohd
Rosdi PROPN NNP compound 16 I-PERSON Rosdi
Ismail PROPN NNP nsubj 13 I-PERSON Ismail _
. PUNCT . punct 13 O .
" PUNCT `` punct 21 O " _
More ADJ JJR nsubj 21 O More
will AUX MD aux 21 O will
open VERB VB ROOT 21 O open
tonight NOUN NN npadvmod 21 B-TIME tonight _
. PUNCT . punct 21 O . _
<paragraph> SPACE _SP dep 23 O <paragraph> _
— PUNCT : punct 26 O —
Bernama PROPN NNP ROOT 26 O Bernama _
<paragraph> SPACE _SP dep 26 O <paragraph> _
" PUNCT `` punct 32 O " _
The DET DT det 30 O the
rain NOUN NN nsubj 32 O rain
will AUX MD aux 32 O will
go VERB VB ROOT 32 O go
on ADP RP prt 32 O on
until ADP IN prep 32 O until
Friday PROPN NNP pobj 34 B-DATE Friday _
. PUNCT . punct 32 O . _
" PUNCT '' punct 32 O " _
"""


def test_a_national_wires_sign_off_is_furniture() -> None:
    rows = Extractor().rows(frozen(_A_NATIONAL_WIRES_SIGN_OFF))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Mohd Rosdi Ismail", "We have opened 34 relief centres,"),
        ("Mohd Rosdi Ismail", "More will open tonight."),
        ("Mohd Rosdi Ismail", "The rain will go on until Friday."),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("— Bernama", "byline"),
        ("— APP", "byline"),
        ("— New Ziana", "byline"),
        ("- News24", "byline"),
        ("– Kyodo.", "byline"),
        # (A name alone after a dash signs a letter or a quotation; a year is no site.)
        ("— Tom Hale", ""),
        ("- 2026", ""),
        ("News24", ""),
    ],
)
def test_a_sign_off_after_a_dash(line: str, kind: str) -> None:
    assert line_kind(line) == kind
