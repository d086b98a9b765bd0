"""A byline that names the piece's form (`Words by Ana Ruiz`, `Story by …`, `Analysis by …,
Political Correspondent`) or writes its `by` with a colon (`Reported By: Ana Ruiz`, `Edited By: …`,
Indian sites' way), an author's handle after the name (`Ana Ruiz @anaruiz`), the links to an
author's page (`More articles by Ana Ruiz`, `Follow Ana Ruiz`), a comment box's prompts (`Join the
discussion`, `Have your say`, `Read 12 comments`), `Sources: Reuters, AP` and `– with AFP` are
page furniture (models/furniture.txt); the column below gave its `I` nobody, its byline read as
the story's. Frozen parse of a column written for this file (see tests/frozen.py), through the
whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# My week on the night bus /  / Words by Ana Ruiz /  / I have ridden the N38 every night for a we…
_WORDS = """
My PRON PRP$ poss 1 B-DATE my
week NOUN NN ROOT 1 I-DATE week
on ADP IN prep 1 O on
the PRON DT prep 1 O the
night NOUN NN compound 5 O night
bus NOUN NN dep 3 O bus _
<paragraph> SPACE _SP dep 5 O <paragraph> _
Words NOUN NNS ROOT 7 O word
by ADP IN prep 7 O by
Ana PROPN NNP compound 10 O Ana
Ruiz PROPN NNP pobj 8 O Ruiz _
<paragraph> SPACE _SP dep 10 O <paragraph> _
I PRON PRP nsubj 14 O I
have AUX VBP aux 14 O have
ridden VERB VBN ROOT 14 O ride
the DET DT det 16 O the
N38 PROPN NNP dobj 14 B-ORG N38
every DET DT det 18 O every
night NOUN NN npadvmod 14 O night
for ADP IN prep 14 O for
a DET DT det 21 B-DATE a
week NOUN NN pobj 19 I-DATE week _
. PUNCT . punct 14 O .
" PUNCT `` punct 32 O " _
You PRON PRP nsubj 25 O you
get AUX VBP auxpass 26 O get
used VERB VBN ccomp 32 O use
to ADP IN prep 26 O to
it PRON PRP pobj 27 O it _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
I PRON PRP nsubj 32 O I
told VERB VBD ROOT 32 O tell
my PRON PRP$ poss 34 O my
editor NOUN NN dobj 32 O editor _
. PUNCT . punct 32 O . _
"""


def test_a_columnist_in_a_words_by_line_is_the_columns_i() -> None:
    rows = Extractor().rows(frozen(_WORDS))
    assert [(r.speaker, r.quote) for r in rows] == [("Ana Ruiz", "You get used to it,")]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Words by Ana Ruiz", "byline"),
        ("Analysis by Ana Ruiz, Political Correspondent", "byline"),
        ("Reported By: Ana Ruiz", "byline"),
        ("Edited By: Tom Brown", "byline"),
        ("Ana Ruiz @anaruiz", "byline"),
        ("More articles by Ana Ruiz", "share"),
        ("Follow Ana Ruiz", "share"),
        ("Join the discussion", "notice"),
        ("Have your say", "notice"),
        ("Read 12 comments", "notice"),
        ("Sources: Reuters, AP", "credit"),
        ("– with AFP", "byline"),
        ("Additional reporting by agencies", "byline"),
        # Story lines are none of these.
        ("Follow the money.", ""),
        ("Follow Tom Brown, who knows the way, the guide said.", ""),
        ("Story by story, the town rebuilt itself.", ""),
        ("Report by Tom Brown finds the council at fault.", ""),
        ("Sources said the deal was close.", ""),
        ("Have your say on the plan at the town hall on Monday.", ""),
    ],
)
def test_bylines_by_form_and_author_links(line: str, kind: str) -> None:
    assert line_kind(line) == kind
