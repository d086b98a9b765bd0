"""A share bar's and a newsletter box's lines, as a page copied out as text gives them (BBC's
`Share this with` over `Messenger` and `Copy this link`, the Guardian's `Skip past newsletter
promotion`, `Newsletter sign-up`, `Enter your email address`), an account's links (`Sign in`)
and `Top of page` are page furniture, and `About the author` heads an author's box as a section
label does. Above a headline, such lines had been read as the story's first line, so the
headline's quote got a speaker (`Islanders say they have been "abandoned" after ferry cuts` gave
a row for *Islanders*); the headline is now the opening line and its quote gets none. Frozen
parse of a story written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Share this with / Messenger / Copy this link / Islanders say they have been "abandoned" after
# ferry cuts / The ferry from Oban has not sailed since March, leaving the island short of food.
# / Skip past newsletter promotion / "We are an afterthought," said baker Morag MacNeil.
_SHARED = """
Share VERB VB ROOT 0 O share
this PRON DT dobj 0 O this
with ADP IN prep 0 O with _
<newline> SPACE _SP dep 2 O <newline> _
Messenger PROPN NNP ROOT 4 B-PERSON Messenger _
<newline> SPACE _SP dep 4 O <newline> _
Copy VERB VB ROOT 6 O copy
this DET DT det 8 O this
link NOUN NN dobj 6 O link _
<paragraph> SPACE _SP dep 8 O <paragraph> _
Islanders NOUN NNS nsubj 11 B-NORP islander
say VERB VBP ROOT 11 O say
they PRON PRP nsubjpass 16 O they
have AUX VBP aux 16 O have
been AUX VBN auxpass 16 O be
" PUNCT `` punct 16 O " _
abandoned VERB VBN ccomp 11 O abandon _
" PUNCT '' punct 16 O "
after ADP IN prep 16 O after
ferry NOUN NN compound 20 O ferry
cuts NOUN NNS pobj 18 O cut _
<paragraph> SPACE _SP dep 20 O <paragraph> _
The DET DT det 23 O the
ferry NOUN NN nsubj 28 O ferry
from ADP IN prep 23 O from
Oban PROPN NNP pobj 24 B-ORG Oban
has AUX VBZ aux 28 O have
not PART RB neg 28 O not
sailed VERB VBN ROOT 28 O sail
since SCONJ IN prep 28 O since
March PROPN NNP pobj 29 B-DATE March _
, PUNCT , punct 28 O ,
leaving VERB VBG advcl 28 O leave
the DET DT det 34 O the
island NOUN NN dobj 32 O island
short ADJ JJ oprd 32 O short
of ADP IN prep 35 O of
food NOUN NN pobj 36 O food _
. PUNCT . punct 28 O . _
<paragraph> SPACE _SP dep 38 O <paragraph> _
Skip PROPN NNP ROOT 40 O Skip
past ADJ JJ amod 43 O past
newsletter NOUN NN compound 43 O newsletter
promotion NOUN NN dobj 40 O promotion _
<paragraph> SPACE _SP dep 43 O <paragraph> _
" PUNCT `` punct 47 O " _
We PRON PRP nsubj 47 O we
are AUX VBP ccomp 52 O be
an DET DT det 49 O an
afterthought NOUN NN attr 47 O afterthought _
, PUNCT , punct 52 O , _
" PUNCT '' punct 52 O "
said VERB VBD ROOT 52 O say
baker PROPN NNP compound 55 O baker
Morag PROPN NNP compound 55 B-PERSON Morag
MacNeil PROPN NNP nsubj 52 I-PERSON MacNeil _
. PUNCT . punct 52 O . _
"""


def test_a_share_bar_over_the_headline() -> None:
    rows = Extractor().rows(frozen(_SHARED))
    assert [(r.speaker, r.quote) for r in rows] == [("Morag MacNeil", "We are an afterthought,")]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Share this with Facebook Twitter Email", "share"),
        ("Copy this link", "share"),
        ("Enter your email address", "notice"),
        ("Newsletter sign-up", "notice"),
        ("Sign in", "notice"),
        ("Top of page", "notice"),
        ("About the author", "label"),
        ("The messenger was late.", ""),
        ("He was asked to sign in.", ""),
    ],
)
def test_share_bar_and_newsletter_lines(line: str, kind: str) -> None:
    assert line_kind(line) == kind
