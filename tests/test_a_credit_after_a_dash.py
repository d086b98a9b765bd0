"""A picture's credit after a dash, as Pakistani papers print it under a caption (`… saying they
"cannot bear" the heat. — Photo by Fahim Siddiqi`, `— Photo: X`, `— Photo courtesy X`, `— AFP/File`,
`— Screengrab via X`, `— File photo`), run into its caption or on a line of its own: the caption and
its quote are the page's, no row; a dash and a name alone (`— Tom Hale`) or a wire's name alone
(`— AFP`) is no picture's credit. Lines and sentences written for this file; the frozen parse is
of them (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Power cuts spark protests
# (a new paragraph) Protesters burn tyres on Monday, saying they "cannot bear" the heat.
# — Photo by Fahim Siddiqi
# (a new paragraph) "We have had no power for 14 hours," said Muhammad Aslam.
_DASHED = """
Power NOUN NN nsubj 1 O power
cuts VERB VBZ ROOT 1 O cut
spark NOUN NN compound 3 O spark
protests NOUN NNS dobj 1 O protest _
<paragraph> SPACE _SP dep 3 O <paragraph> _
Protesters NOUN NNS nsubj 6 O protester
burn VERB VBP ROOT 6 O burn
tyres NOUN NNS dobj 6 O tyre
on ADP IN prep 6 O on
Monday PROPN NNP pobj 8 B-DATE Monday _
, PUNCT , punct 6 O ,
saying VERB VBG advcl 6 O say
they PRON PRP nsubj 16 O they
" PUNCT `` punct 16 O " _
can AUX MD aux 16 O can _
not PART RB neg 16 O not
bear VERB VB ccomp 11 O bear _
" PUNCT '' punct 16 O "
the DET DT det 19 O the
heat NOUN NN dobj 16 O heat _
. PUNCT . punct 6 O .
— PUNCT : punct 22 O —
Photo NOUN NN ROOT 22 O photo
by ADP IN prep 22 O by
Fahim PROPN NNP compound 25 O Fahim
Siddiqi PROPN NNP pobj 23 O Siddiqi _
<paragraph> SPACE _SP dep 25 O <paragraph> _
" PUNCT `` ROOT 27 O " _
We PRON PRP nsubj 30 O we
have AUX VBP aux 30 O have
had VERB VBN ccomp 38 O have
no DET DT det 32 O no
power NOUN NN dobj 30 O power
for ADP IN prep 32 O for
14 NUM CD nummod 35 B-TIME 14
hours NOUN NNS pobj 33 I-TIME hour _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
said VERB VBD ROOT 38 O say
Muhammad PROPN NNP compound 40 B-PERSON Muhammad
Aslam PROPN NNP nsubj 38 I-PERSON Aslam _
. PUNCT . punct 38 O . _
"""


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Protesters burn tyres on Monday. — Photo by Fahim Siddiqi/White Star", "caption"),
        ("Protesters burn tyres on Monday. — Photo: Fahim Siddiqi", "caption"),
        ("Protesters burn tyres on Monday. — Photo courtesy Twitter", "caption"),
        ("Protesters burn tyres on Monday. — AFP/File", "caption"),
        ("Protesters burn tyres on Monday. — Screengrab via Twitter", "caption"),
        ("Protesters burn tyres on Monday. — File photo", "caption"),
        ("— Photo by Fahim Siddiqi/White Star", "credit"),
        ('"We will fight on," he said. — Tom Hale', ""),
        ('"We will fight on," he said. — AFP', ""),
        ("The crowd cheered. — Pictures of the event were shared widely.", ""),
    ],
)
def test_a_credit_after_a_dash(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_a_caption_with_its_credit_after_a_dash_gives_no_row() -> None:
    rows = Extractor().rows(frozen(_DASHED))
    assert [(r.quote, r.speaker) for r in rows] == [("We have had no power for 14 hours,", "Muhammad Aslam")]
