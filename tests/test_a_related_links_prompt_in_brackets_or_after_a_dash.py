"""A related link's prompt in brackets before its headline (`[WATCH] 'We will fight on' says
union`), a prompt of two words or more set off by a dash (`Also read - …`, `Read more — …`) and
`Suggested reading: …` are page furniture, related links: a quote in one has no speaker. Before,
`[WATCH] 'We will fight on' says union` between two paragraphs of a story gave a row for
*union*. Frozen parse of a story written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Rail workers walked out on Monday after talks broke down.  [WATCH] 'We will fight on' says union
# Mick Lynch, the union's general secretary, said the members had been let down.
_PROMPT = """
Rail NOUN NN compound 1 O rail
workers NOUN NNS nsubj 2 O worker
walked VERB VBD ROOT 2 O walk
out ADV RB advmod 2 O out
on ADP IN prep 2 O on
Monday PROPN NNP pobj 4 B-DATE Monday
after SCONJ IN mark 8 O after
talks NOUN NNS nsubj 8 O talk
broke VERB VBD advcl 2 O break
down ADP RP prt 8 O down _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
[ X XX dep 18 O [ _
WATCH X XX dep 18 O watch _
] X XX dep 18 O ]
' PUNCT `` punct 18 O ' _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
fight VERB VB ccomp 21 O fight
on ADP IN prep 18 O on _
' PUNCT '' punct 18 O '
says VERB VBZ ROOT 21 O say
union NOUN NN nsubj 21 O union _
<paragraph> SPACE _SP dep 22 O <paragraph> _
Mick PROPN NNP compound 25 B-PERSON Mick
Lynch PROPN NNP nsubj 33 I-PERSON Lynch _
, PUNCT , punct 25 O ,
the DET DT det 28 O the
union NOUN NN poss 31 O union _
's PART POS case 28 O 's
general ADJ JJ amod 31 O general
secretary NOUN NN appos 25 O secretary _
, PUNCT , punct 25 O ,
said VERB VBD ROOT 33 O say
the DET DT det 35 O the
members NOUN NNS nsubjpass 38 O member
had AUX VBD aux 38 O have
been AUX VBN auxpass 38 O be
let VERB VBN ccomp 33 O let
down ADP RP prt 38 O down _
. PUNCT . punct 33 O . _
"""


def test_a_bracketed_prompts_quote_gives_no_row() -> None:
    assert Extractor().rows(frozen(_PROMPT)) == []


@pytest.mark.parametrize(
    "line, kind",
    [
        ("[WATCH] 'We will fight on' says union", "related"),
        ("[Read more] Union vows to fight on", "related"),
        ("Also read - 'We will fight on' says union", "related"),
        ("Read more — Union vows to fight on", "related"),
        ("SUGGESTED READING: 'We will fight on' says union", "related"),
        ("[1] The report said so.", ""),
        ("Read more about it here.", ""),
        ("More - much more - needs to be done.", ""),
        ("Suggested changes to the plan were rejected.", ""),
    ],
)
def test_prompts_before_a_links_headline(line: str, kind: str) -> None:
    assert line_kind(line) == kind
