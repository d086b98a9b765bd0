"""A photo credit set off by a slash, as New Zealand papers print it (`Photo / NZME`), is a
credit, and a line ending in one is a caption: its quote is the caption's and gets no row
(`Coach Hemi Walker says the closure is "a disaster" for the club. Photo / NZME` gave a row
for *Hemi Walker*). Tried before the bylines, so `Photo / Ana Ruiz` is no byline by an author
*Photo*. Also page furniture now: a wire's sign-off at a story's foot (`— Reuters`, `News24
Wire`), `Name – Staff writer`, and a footer's menu of links set apart by bars (`Terms of Use |
Privacy Policy | Contact Us`, CBC's `Corrections and clarifications|Submit a news tip`). Frozen
parse of a story written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Lenton pool to close in June / The council voted on Tuesday to close the pool, which needs $4
# million of repairs. / Coach Hemi Walker says the closure is "a disaster" for the club. Photo /
# NZME / "We have no choice," said Mayor Ana Ruiz.
_CAPTION = """
Lenton PROPN NNP compound 1 B-PERSON Lenton
pool NOUN NN ROOT 1 O pool
to PART TO aux 3 O to
close VERB VB relcl 1 O close
in ADP IN prep 3 O in
June PROPN NNP pobj 4 B-DATE June _
<paragraph> SPACE _SP dep 5 O <paragraph> _
The DET DT det 8 O the
council NOUN NN nsubj 9 O council
voted VERB VBD ROOT 9 O vote
on ADP IN prep 9 O on
Tuesday PROPN NNP pobj 10 B-DATE Tuesday
to PART TO aux 13 O to
close VERB VB xcomp 9 O close
the DET DT det 15 O the
pool NOUN NN dobj 13 O pool _
, PUNCT , punct 15 O ,
which PRON WDT nsubj 18 O which
needs VERB VBZ relcl 15 O need
$ SYM $ quantmod 21 B-MONEY $ _
4 NUM CD compound 21 I-MONEY 4
million NUM CD dobj 18 I-MONEY million
of ADP IN prep 21 O of
repairs NOUN NNS pobj 22 O repair _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
Coach PROPN NNP compound 28 O Coach
Hemi PROPN NNP compound 28 B-PERSON Hemi
Walker PROPN NNP nsubj 29 I-PERSON Walker
says VERB VBZ ROOT 29 O say
the DET DT det 31 O the
closure NOUN NN nsubj 32 O closure
is AUX VBZ ccomp 29 O be
" PUNCT `` punct 32 O " _
a DET DT det 35 O a
disaster NOUN NN attr 32 O disaster _
" PUNCT '' punct 35 O "
for ADP IN prep 35 O for
the DET DT det 39 O the
club NOUN NN pobj 37 O club _
. PUNCT . punct 29 O .
Photo PROPN NNP nmod 43 B-ORG Photo
/ SYM SYM punct 43 I-ORG /
NZME PROPN NNP ROOT 43 I-ORG NZME _
<paragraph> SPACE _SP dep 43 O <paragraph> _
" PUNCT `` punct 47 O " _
We PRON PRP nsubj 47 O we
have VERB VBP ccomp 52 O have
no DET DT det 49 O no
choice NOUN NN dobj 47 O choice _
, PUNCT , punct 52 O , _
" PUNCT '' punct 52 O "
said VERB VBD ROOT 52 O say
Mayor PROPN NNP compound 55 O Mayor
Ana PROPN NNP compound 55 O Ana
Ruiz PROPN NNP nsubj 52 O Ruiz _
. PUNCT . punct 52 O . _
"""


def test_a_caption_ending_in_a_slashed_credit_gives_no_row() -> None:
    rows = Extractor().rows(frozen(_CAPTION))
    assert [(r.speaker, r.quote) for r in rows] == [("Ana Ruiz", "We have no choice,")]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Photo / NZME", "credit"),
        ("Photo / Ana Ruiz", "credit"),
        ("Ana Ruiz / CBC News", "byline"),
        ("— Reuters", "byline"),
        ("News24 Wire", "byline"),
        ("The Wire", ""),
        ("Ana Ruiz – Staff writer", "byline"),
        ("Terms of Use | Privacy Policy | Contact Us", "notice"),
        ("Corrections and clarifications|Submit a news tip|Report error", "notice"),
        ("Ana Ruiz | Reuters", "byline"),
        ("He said it was a 2|3 split.", ""),
    ],
)
def test_credits_sign_offs_and_menus(line: str, kind: str) -> None:
    assert line_kind(line) == kind
