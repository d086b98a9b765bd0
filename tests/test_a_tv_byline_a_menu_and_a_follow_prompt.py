"""A US TV station's byline with a colon after `By` (`By: Ana Ruiz`), whose author is the column's
`I`, and its `and last updated …` date; a site's menu of links set apart by bars with a `?` in a link
(`Error/typo?`), which is no byline by an author *Support LTFP*; and a follow prompt longer
than a hundred characters (`Follow Lenton Business on X, LinkedIn, … for insights on …`), which does
not break a quote running over paragraphs. Frozen parses of stories written for this file (see
tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Ferry crew walk out /  / By: Ana Ruiz /  / "Will you still sail?" I asked the captain.
_A_BYLINE_WITH_A_COLON = """
Ferry NOUN NN compound 1 B-PERSON ferry
crew NOUN NN nsubj 2 O crew
walk VERB VB ROOT 2 O walk
out ADV RB advmod 2 O out _
<paragraph> SPACE _SP dep 3 O <paragraph> _
By ADP IN ROOT 5 O by _
: PUNCT : punct 5 O :
Ana PROPN NNP compound 8 O Ana
Ruiz PROPN NNP pobj 5 O Ruiz _
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
# Ferry crew walk out /  / "Will you still sail?" I asked the captain. /  / Support LTFP | Ethics |
# Error/typo? | Contact Us
_A_MENU_THAT_ASKS = """
Ferry NOUN NN compound 1 B-PERSON ferry
crew NOUN NN nsubj 2 O crew
walk VERB VB ROOT 2 O walk
out ADP RP prt 2 O out _
<paragraph> SPACE _SP dep 3 O <paragraph> _
" PUNCT `` ROOT 5 O " _
Will AUX MD aux 9 O will
you PRON PRP nsubj 9 O you
still ADV RB advmod 9 O still
sail VERB VB ROOT 9 O sail _
? PUNCT . punct 9 O ? _
" PUNCT '' punct 9 O "
I PRON PRP nsubj 13 O I
asked VERB VBD ROOT 13 O ask
the DET DT det 15 O the
captain NOUN NN dobj 13 O captain _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
Support NOUN NN compound 19 O support
LTFP PROPN NNP ROOT 19 B-GPE LTFP
| NOUN NN advmod 19 O |
Ethics PROPN NNP appos 19 O Ethics
| PROPN NNP compound 25 O |
Error PROPN NNP nmod 25 O Error _
/ SYM SYM punct 25 O / _
typo PROPN NNP appos 19 O typo _
? PUNCT . punct 19 O ?
| ADV RB compound 29 O |
Contact PROPN NNP compound 29 B-FAC Contact
Us PROPN NNP ROOT 29 I-FAC Us _
"""
# Traders threaten strike /  / "This tax will close our shops," said Atiq Mir, who leads the traders.
# "We are already paying too much. /  / Follow Lenton Business on X, LinkedIn, Instagram and Facebook
# for insights on business, finance and tech from the region and beyond. /  / "We will not open until
# it is taken back."
_A_LONG_FOLLOW_PROMPT = """
Traders NOUN NNS nsubj 1 O trader
threaten VERB VBP ROOT 1 O threaten
strike NOUN NN dobj 1 O strike _
<paragraph> SPACE _SP dep 2 O <paragraph> _
" PUNCT `` ROOT 4 O " _
This DET DT det 6 O this
tax NOUN NN nsubj 8 O tax
will AUX MD aux 8 O will
close VERB VB ccomp 13 O close
our PRON PRP$ poss 10 O our
shops NOUN NNS dobj 8 O shop _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
said VERB VBD ROOT 13 O say
Atiq PROPN NNP compound 15 B-PERSON Atiq
Mir PROPN NNP nsubj 13 I-PERSON Mir _
, PUNCT , punct 15 O ,
who PRON WP nsubj 18 O who
leads VERB VBZ relcl 15 O lead
the DET DT det 20 O the
traders NOUN NNS dobj 18 O trader _
. PUNCT . punct 13 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 26 O we
are AUX VBP aux 26 O be
already ADV RB advmod 26 O already
paying VERB VBG ROOT 26 O pay
too ADV RB advmod 28 O too
much ADJ JJ dobj 26 O much _
. PUNCT . punct 26 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
Follow VERB VB compound 33 B-PERSON follow
Lenton PROPN NNP compound 33 I-PERSON Lenton
Business PROPN NNP ROOT 33 I-PERSON Business
on ADP IN prep 33 O on
X PROPN NNP pobj 34 O X _
, PUNCT , punct 35 O ,
LinkedIn PROPN NNP conj 35 O LinkedIn _
, PUNCT , punct 37 O ,
Instagram PROPN NNP conj 37 O Instagram
and CCONJ CC cc 39 O and
Facebook PROPN NNP conj 39 O Facebook
for ADP IN prep 41 O for
insights NOUN NNS pobj 42 O insight
on ADP IN prep 43 O on
business NOUN NN pobj 44 O business _
, PUNCT , punct 45 O ,
finance NOUN NN conj 45 O finance
and CCONJ CC cc 47 O and
tech NOUN NN conj 47 O tech
from ADP IN prep 43 O from
the DET DT det 52 O the
region NOUN NN pobj 50 O region
and CCONJ CC cc 50 O and
beyond ADP IN conj 50 O beyond _
. PUNCT . punct 33 O . _
<paragraph> SPACE _SP dep 55 O <paragraph> _
" PUNCT `` punct 61 O " _
We PRON PRP nsubj 61 O we
will AUX MD aux 61 O will
not PART RB neg 61 O not
open VERB VB ROOT 61 O open
until SCONJ IN mark 65 O until
it PRON PRP nsubjpass 65 O it
is AUX VBZ auxpass 65 O be
taken VERB VBN advcl 61 O take
back ADV RB advmod 65 O back _
. PUNCT . punct 61 O . _
" PUNCT '' punct 61 O " _
"""


def test_a_byline_with_a_colon_names_the_columns_i() -> None:
    rows = Extractor().rows(frozen(_A_BYLINE_WITH_A_COLON))
    assert [(r.speaker, r.quote) for r in rows] == [("Ana Ruiz", "Will you still sail?")]


def test_a_menu_whose_link_asks_names_no_author() -> None:
    rows = Extractor().rows(frozen(_A_MENU_THAT_ASKS))
    assert [(r.speaker, r.quote) for r in rows] == [("", "Will you still sail?")]


def test_a_long_follow_prompt_does_not_break_a_quote() -> None:
    rows = Extractor().rows(frozen(_A_LONG_FOLLOW_PROMPT))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Atiq Mir", "This tax will close our shops,"),
        ("Atiq Mir", "We are already paying too much."),
        ("Atiq Mir", "We will not open until it is taken back."),
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By: Ana Ruiz", "byline"),
        ("By: Ana Ruiz, WXYZ", "byline"),
        ("and last updated 6:00 PM, Nov 03, 2026", "date"),
        ("Support HKFP | Policies & Ethics | Error/typo? | Contact Us | Newsletter | Apps", "notice"),
        (
            "Follow Dawn Business on X, LinkedIn, Instagram and Facebook for insights on business,"
            " finance and tech from Pakistan and across the globe.",
            "share",
        ),
        # (A byline with its place and time keeps its bars; a story's lines stay story.)
        ("Kwame Mensah | Kumasi | 3 hours ago", "byline"),
        ("By the time we got there, it was over.", ""),
        ("And last updated in 2019, the map shows the old road.", ""),
    ],
)
def test_a_tv_stations_or_sites_line(line: str, kind: str) -> None:
    assert line_kind(line) == kind
