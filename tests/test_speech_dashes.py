"""Speech opened by a dash, as continental European news writes it (and English translated
from it): no quote marks, a paragraph opening with `– `, the words running to the attribution
and on after it at the next dash. Every sentence here was written for this file; the parse is
frozen (see tests/frozen.py)."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.spans import find_quote_spans
from tests.frozen import frozen


def pieces(text: str) -> list[tuple[str, int]]:
    return [(text[s.start : s.end], s.utterance) for s in find_quote_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "– We will not move until they talk to us, said Jordi Puig.",
            [("We will not move until they talk to us,", 0)],
        ),
        ("– We will not move, Jordi Puig said.", [("We will not move,", 0)]),
        ("– Why now? asked the mayor.", [("Why now?", 0)]),
        (
            "— We will not move — said Jordi Puig — until they talk to us.",
            [("We will not move", 0), ("until they talk to us.", 0)],
        ),
        (
            "– We will not move, said Jordi Puig. – Not this week, not next week.",
            [("We will not move,", 0), ("Not this week, not next week.", 0)],
        ),
        (
            "– Why now? asked a reporter. – Because the port is ours, said Jordi Puig.",
            [("Why now?", 0), ("Because the port is ours,", 1)],
        ),
        ("– It's a 'temporary' deal, said Jordi Puig.", [("It's a 'temporary' deal,", 0)]),
        ("– 'We will not move,' said Jordi Puig.", [("We will not move,", 0)]),
    ],
)
def test_a_paragraph_opened_by_a_dash_and_attributed_is_speech(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert pieces(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("– Schools closed in three counties", []),
        ("– Prices rose 3%, the agency said.", []),
        ("— Jordi Puig", []),
        ("We will not move, said Jordi Puig – angry – on Monday.", []),
        ("– We are ready, she said. Then she left – angry at the delay.", ["We are ready,"]),
    ],
)
def test_a_list_item_a_signature_and_the_writers_dashes_are_no_speech(text: str, expected: list[str]) -> None:
    assert [q for q, _ in pieces(text)] == expected


# Talks failed on Monday.
#
# – Will you go back to work? asked a reporter. – Not this week, said Jordi Puig.
_ASKED_AND_ANSWERED = """

Talks NOUN NNS nsubj 1 O talk
failed VERB VBD ROOT 1 O fail
on ADP IN prep 1 O on
Monday PROPN NNP pobj 2 B-DATE Monday _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 4 O <paragraph> _
– PUNCT : punct 9 O –
Will AUX MD aux 9 O will
you PRON PRP nsubj 9 O you
go VERB VB ROOT 9 O go
back ADV RB advmod 9 O back
to ADP IN prep 10 O to
work NOUN NN pobj 11 O work _
? PUNCT . punct 9 O ?
asked VERB VBD ROOT 14 O ask
a DET DT det 16 O a
reporter NOUN NN dobj 14 O reporter _
. PUNCT . punct 14 O .
– PUNCT : punct 23 O –
Not PART RB neg 21 O not
this DET DT det 21 B-DATE this
week NOUN NN npadvmod 23 I-DATE week _
, PUNCT , punct 23 O ,
said VERB VBD ROOT 23 O say
Jordi PROPN NNP compound 25 B-PERSON Jordi
Puig PROPN NNP nsubj 23 I-PERSON Puig _
. PUNCT . punct 23 O . _
"""


def test_a_question_and_its_answer_after_dashes_are_each_their_speakers() -> None:
    rows = Extractor().rows(frozen(_ASKED_AND_ANSWERED))
    assert [(r.quote, r.speaker) for r in rows] == [
        ("Will you go back to work?", "a reporter"),
        ("Not this week,", "Jordi Puig"),
    ]


# The dockers stayed on the quay.
#
# — Nobody asked us — said Nuria Vidal, who runs a cafe — and nobody will.
_WORDS_GOING_ON_AFTER_A_DASH = """
The DET DT det 1 O the
dockers NOUN NNS nsubj 2 O docker
stayed VERB VBD ROOT 2 O stay
on ADP IN prep 2 O on
the DET DT det 5 O the
quay NOUN NN pobj 3 O quay _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
— PUNCT : punct 10 O —
Nobody PRON NN nsubj 10 O nobody
asked VERB VBD ccomp 13 O ask
us PRON PRP dobj 10 O we
— PUNCT : punct 13 O —
said VERB VBD ROOT 13 O say
Nuria PROPN NNP compound 15 B-PERSON Nuria
Vidal PROPN NNP nsubj 13 I-PERSON Vidal _
, PUNCT , punct 15 O ,
who PRON WP nsubj 18 O who
runs VERB VBZ relcl 15 O run
a DET DT det 20 O a
cafe NOUN NN dobj 18 O cafe
— PUNCT : punct 13 O —
and CCONJ CC cc 13 O and
nobody PRON NN nsubj 24 O nobody
will AUX MD conj 13 O will _
. PUNCT . punct 13 O . _
"""


def test_the_words_going_on_after_an_attribution_set_off_by_dashes_are_direct() -> None:
    rows = Extractor().rows(frozen(_WORDS_GOING_ON_AFTER_A_DASH))
    assert [(r.quote, r.speaker, r.kind, r.utterance) for r in rows] == [
        ("Nobody asked us", "Nuria Vidal", "direct", 0),
        ("and nobody will.", "Nuria Vidal", "direct", 0),
    ]
