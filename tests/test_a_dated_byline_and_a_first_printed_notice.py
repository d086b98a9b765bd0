"""A byline with the story's date (`By Ana Ruiz on March 3, 2026`, `Ana Ruiz · 3 March 2026 · 4 min
read`), a wire's credit with its reporters' places (`Reporting by Ana Ruiz in Lagos; Editing by Tom
Brown`), and the notices at a story's foot saying where it was first printed (`This article was
originally published on The Conversation.`, `First published in the Lenton Times.`, `(This story has
not been edited by … staff and is auto-generated from a syndicated feed.)`) are page furniture
(models/furniture.txt); a story's sentence that opens the same way is not. The column below gave
its `I` nobody, its byline taken for the standfirst. Frozen parse of a column written for this file
(see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import byline_author, line_kind
from tests.frozen import frozen

# My week on the night bus / By Ana Ruiz on March 3, 2026 / I have ridden the N38 every night
# for a week. "You get used to it," I told my editor.
_COLUMN = """
My PRON PRP$ poss 1 B-DATE my
week NOUN NN ROOT 1 I-DATE week
on ADP IN prep 1 O on
the DET DT det 5 O the
night NOUN NN compound 5 O night
bus NOUN NN pobj 2 O bus _
<paragraph> SPACE _SP dep 5 O <paragraph> _
By ADP IN ROOT 7 O by
Ana PROPN NNP compound 9 O Ana
Ruiz PROPN NNP pobj 7 O Ruiz
on ADP IN prep 7 O on
March PROPN NNP pobj 10 B-DATE March
3 NUM CD nummod 11 I-DATE 3 _
, PUNCT , punct 11 I-DATE ,
2026 NUM CD nummod 11 I-DATE 2026 _
<paragraph> SPACE _SP dep 14 O <paragraph> _
I PRON PRP nsubj 18 O I
have AUX VBP aux 18 O have
ridden VERB VBN ROOT 18 O ride
the DET DT det 20 O the
N38 PROPN NNP dobj 18 B-ORG N38
every DET DT det 22 O every
night NOUN NN npadvmod 18 O night
for ADP IN prep 18 O for
a DET DT det 25 B-DATE a
week NOUN NN pobj 23 I-DATE week _
. PUNCT . punct 18 O .
" PUNCT `` punct 36 O " _
You PRON PRP nsubj 29 O you
get AUX VBP auxpass 30 O get
used VERB VBN ccomp 36 O use
to ADP IN prep 30 O to
it PRON PRP pobj 31 O it _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
I PRON PRP nsubj 36 O I
told VERB VBD ROOT 36 O tell
my PRON PRP$ poss 38 O my
editor NOUN NN dobj 36 O editor _
. PUNCT . punct 36 O . _
"""


def test_a_columnist_dated_in_the_byline_is_the_columns_i() -> None:
    rows = Extractor().rows(frozen(_COLUMN))
    assert [(r.speaker, r.quote) for r in rows] == [("Ana Ruiz", "You get used to it,")]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("By Ana Ruiz on March 3, 2026", "byline"),
        ("BY ANA RUIZ on 3 March 2026 at 5:00 p.m.", "byline"),
        ("By Ana Ruiz | 3 March 2026, 10:15 AM", "byline"),
        ("Ana Ruiz · 3 March 2026 · 4 min read", "byline"),
        ("Ana Ruiz · 4 min read", "byline"),
        ("Ana Ruiz — March 3, 2026", "byline"),
        ("3 March 2026 · 4 min read", "date"),
        ("Reporting by Ana Ruiz in Lagos and Tom Brown in Abuja; Editing by Lee Chan", "byline"),
        ("Additional reporting by Ana Ruiz in Port Harcourt", "byline"),
        ("— With files from The Canadian Press", "credit"),
        ("This article was originally published on 3 March 2026.", "notice"),
        ("This article was originally published on The Conversation.", "notice"),
        ("This story was first published on March 3 and has been updated.", "notice"),
        (
            "This article is republished from The Conversation under a Creative Commons"
            " license. Read the original article.",
            "notice",
        ),
        ("This story was produced in partnership with the Lenton Star.", "notice"),
        ("A version of this story first appeared in the Lenton Times.", "notice"),
        ("First published in the Lenton Times.", "notice"),
        ("Originally published as Ferry to keep running", "notice"),
        (
            "(This story has not been edited by Lenton Times staff and is auto-generated"
            " from a syndicated feed.)",
            "notice",
        ),
        ("Get the latest news delivered to your inbox", "share"),
        ("Join the Star's WhatsApp channel and get the latest news.", "share"),
        ("Ana Ruiz speaks in Nairobi on Monday. REUTERS/Tom Brown", "caption"),
        ("Ana Ruiz speaks in Nairobi on Monday. Photo by Tom Brown", "caption"),
        # Story lines are none of these.
        ("By March 3, 2026, the council must decide.", ""),
        ("By Tuesday on Main Street, the crowd had grown to 2,000.", ""),
        ("This story was first published in 1923, and the author later disowned it.", ""),
        ("This piece first appeared in Granta, and won the prize two years later.", ""),
        ("This article was published on Monday, and the minister called it a lie.", ""),
        ("First published in 1851, the novel sold poorly.", ""),
        ("Originally published in 1962, the report was reprinted this year.", ""),
        ("The report was first published on March 3 and has been updated since.", ""),
        ("Get the latest news, said the minister, and you will see.", ""),
    ],
)
def test_dated_bylines_and_first_printed_notices(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_a_dated_byline_names_the_author() -> None:
    assert byline_author("Night bus\n\nBy Ana Ruiz on March 3, 2026\n\nI rode it.") == "Ana Ruiz"
    # A masthead's date is no byline: its paper writes no column.
    assert line_kind("Lenton Times, 12 June 1958") == "date"
