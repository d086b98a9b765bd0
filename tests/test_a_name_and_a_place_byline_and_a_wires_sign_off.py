"""A byline by a name and the reporter's place right under the headline (`Ana Ruiz in Lenton`,
`Ana Okafor, Abuja`), whose author is the column's `I`, but not when the story below names the
name again (`Tom Hale in Lenton` over `… Hale said`: a headline's or a caption's subject); and a
story's last paragraph that reports speech and ends on a wire's name in brackets (`… told
reporters. "We will now get back to work." (Reuters)`), which is story with the wire's sign-off,
no caption. Frozen parses of stories written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import furniture_lines, line_kind
from tests.frozen import frozen

# Ferry crew walk out /  / Ana Ruiz in Lenton /  / "Will you still sail?" I asked the captain.
_A_NAME_AND_A_PLACE = """
Ferry NOUN NN compound 1 B-PERSON ferry
crew NOUN NN nsubj 2 O crew
walk VERB VB ROOT 2 O walk
out ADP RP prt 2 O out _
<paragraph> SPACE _SP dep 3 O <paragraph> _
Ana PROPN NNP compound 6 O Ana
Ruiz PROPN NNP ROOT 6 O Ruiz
in ADP IN prep 6 O in
Lenton PROPN NNP pobj 7 B-GPE Lenton _
<paragraph> SPACE _SP dep 8 O <paragraph> _
" PUNCT `` punct 14 O " _
Will AUX MD aux 14 O will
you PRON PRP nsubj 14 O you
still ADV RB advmod 14 O still
sail VERB VB ROOT 14 O sail _
? PUNCT . punct 14 O ? _
" PUNCT '' punct 14 O "
I PRON PRP nsubj 18 O I
asked VERB VBD ROOT 18 O ask
the DET DT det 20 O the
captain NOUN NN dobj 18 O captain _
. PUNCT . punct 18 O . _
"""
# Ferry crew walk out /  / Tom Hale in Lenton /  / "Will you still sail?" I asked. "Only if they pay
# us," Hale said.
_A_NAME_NAMED_BELOW = """
Ferry NOUN NN compound 1 B-PERSON ferry
crew NOUN NN nsubj 2 O crew
walk VERB VB ROOT 2 O walk
out ADP IN prt 2 O out _
<paragraph> SPACE _SP dep 3 O <paragraph> _
Tom PROPN NNP compound 6 B-PERSON Tom
Hale PROPN NNP ROOT 6 I-PERSON Hale
in ADP IN prep 6 O in
Lenton PROPN NNP pobj 7 B-GPE Lenton _
<paragraph> SPACE _SP dep 8 O <paragraph> _
" PUNCT `` punct 14 O " _
Will AUX MD aux 14 O will
you PRON PRP nsubj 14 O you
still ADV RB advmod 14 O still
sail VERB VB ROOT 14 O sail _
? PUNCT . punct 14 O ? _
" PUNCT '' punct 14 O "
I PRON PRP nsubj 18 O I
asked VERB VBD ROOT 18 O ask _
. PUNCT . punct 18 O .
" PUNCT `` punct 29 O " _
Only ADV RB advmod 24 O only
if SCONJ IN mark 24 O if
they PRON PRP nsubj 24 O they
pay VERB VBP advcl 29 O pay
us PRON PRP dobj 24 O we _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Hale PROPN NNP nsubj 29 O Hale
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""
# PM survives vote /  / Prime Minister Ana Ruiz survived a no-confidence vote in parliament on Friday.
# /  / "The people have spoken," Ruiz told reporters. "We will now get back to work." (Reuters)
_A_WIRES_SIGN_OFF = """
PM PROPN NNP nsubj 1 O PM
survives VERB VBZ ROOT 1 O survive
vote VERB VB xcomp 1 O vote _
<paragraph> SPACE _SP dep 2 O <paragraph> _
Prime PROPN NNP compound 5 O Prime
Minister PROPN NNP compound 7 O Minister
Ana PROPN NNP compound 7 B-PERSON Ana
Ruiz PROPN NNP nsubj 8 I-PERSON Ruiz
survived VERB VBD ROOT 8 O survive
a DET DT det 13 O a
no DET DT det 12 O no _
- PUNCT HYPH punct 12 O - _
confidence NOUN NN compound 13 O confidence
vote NOUN NN dobj 8 O vote
in ADP IN prep 13 O in
parliament NOUN NN pobj 14 O parliament
on ADP IN prep 8 O on
Friday PROPN NNP pobj 16 B-DATE Friday _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
" PUNCT `` punct 28 O " _
The DET DT det 22 O the
people NOUN NNS nsubj 24 O people
have AUX VBP aux 24 O have
spoken VERB VBN ccomp 28 O speak _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
Ruiz PROPN NNP nsubj 28 O Ruiz
told VERB VBD ROOT 28 O tell
reporters NOUN NNS dobj 28 O reporter _
. PUNCT . punct 28 O .
" PUNCT `` punct 35 O " _
We PRON PRP nsubj 35 O we
will AUX MD aux 35 O will
now ADV RB advmod 35 O now
get VERB VB ROOT 35 O get
back ADV RB advmod 35 O back
to ADP IN prep 36 O to
work NOUN NN pobj 37 O work _
. PUNCT . punct 35 O . _
" PUNCT '' punct 35 O "
( PUNCT -LRB- punct 42 O ( _
Reuters PROPN NNP ROOT 42 B-ORG Reuters _
) PUNCT -RRB- punct 42 O ) _
"""


def test_a_name_and_a_place_under_the_headline_is_the_columns_i() -> None:
    rows = Extractor().rows(frozen(_A_NAME_AND_A_PLACE))
    assert [(r.speaker, r.quote) for r in rows] == [("Ana Ruiz", "Will you still sail?")]


def test_a_name_the_story_names_again_is_no_byline() -> None:
    rows = Extractor().rows(frozen(_A_NAME_NAMED_BELOW))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("", "Will you still sail?"),
        ("Hale", "Only if they pay us,"),
    ]


def test_a_wires_sign_off_keeps_the_last_paragraph_story() -> None:
    rows = Extractor().rows(frozen(_A_WIRES_SIGN_OFF))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Ana Ruiz", "The people have spoken,"),
        ("Ana Ruiz", "We will now get back to work."),
    ]


@pytest.mark.parametrize(
    ("text", "bylines"),
    [
        (
            "Fares to double\n\nAna Okafor, Abuja\n\nThe ferry firm will double its fares.",
            ["Ana Okafor, Abuja"],
        ),
        (
            "Fares to double\nMarch 3, 2026\nANA RUIZ in CAPE TOWN\nThe ferry firm will double fares.",
            ["ANA RUIZ in CAPE TOWN"],
        ),
        # (A headline's shape, a place's, a line under a standfirst, a name the story names again.)
        ("Barack Obama in Kenya\n\nThe former president landed on Sunday.", []),
        ("Royal visit\n\nPrince William in Kenya\n\nWilliam landed on Sunday.", []),
        ("Statement\n\nState House, Nairobi\n\nThe president will travel on Monday.", []),
        (
            "Fares to double\n\nThe ferry firm will double its fares.\n\nAna Ruiz in Nairobi\n\nIt said so.",
            [],
        ),
        ("Fares to double\n\nAna Ruiz in Nairobi", []),
    ],
)
def test_a_byline_by_a_name_and_a_place(text: str, bylines: list[str]) -> None:
    found = [text[f.start : f.end] for f in furniture_lines(text) if f.kind == "byline"]
    assert found == bylines


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ('"We will win," the prime minister told parliament. (Reuters)', ""),
        ("The minister said the vote would be held in March. (AP)", ""),
        # (A caption says what a picture shows.)
        ("A man walks past a flooded street in Bangkok on Friday. (Reuters)", "caption"),
        ("The mayor said goodbye at the station. (Ana Ruiz/Reuters)", "caption"),
    ],
)
def test_a_wires_name_after_reported_speech(line: str, kind: str) -> None:
    assert line_kind(line) == kind
