"""A byline that names the author of two or three words writing for a paper (`Ana Ruiz for The
Guardian`, `… for the Lenton Herald`: a masthead's last word) is a byline, its author the
column's `I`. Before, the line was the story's and a column's `"…," I told the minister` had
no speaker. A slogan of one word before `for` (`Justice for The Nation`) stays story. Frozen
parse of a column written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Why the harbour still floods / Ana Ruiz for The Guardian // The harbour wall was meant to be fixed
# last year. // "I have lived here for forty years and it has never been this bad," I told the
# minister when we met.
_COLUMN = """
Why SCONJ WRB advmod 4 O why
the DET DT det 2 O the
harbour NOUN NN nsubj 4 O harbour
still ADV RB advmod 4 O still
floods NOUN NNS ROOT 4 O flood _
<newline> SPACE _SP dep 4 O <newline> _
Ana PROPN NNP compound 7 O Ana
Ruiz PROPN NNP ROOT 7 O Ruiz
for ADP IN prep 7 O for
The DET DT det 10 O the
Guardian PROPN NNP pobj 8 O Guardian _
<paragraph> SPACE _SP dep 10 O <paragraph> _
The DET DT det 14 O the
harbour NOUN NN compound 14 O harbour
wall NOUN NN nsubjpass 16 O wall
was AUX VBD auxpass 16 O be
meant VERB VBN ROOT 16 O mean
to PART TO aux 19 O to
be AUX VB auxpass 19 O be
fixed VERB VBN xcomp 16 O fix
last ADJ JJ amod 21 B-DATE last
year NOUN NN npadvmod 19 I-DATE year _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
" PUNCT `` punct 27 O " _
I PRON PRP nsubj 27 O I
have AUX VBP aux 27 O have
lived VERB VBN ccomp 42 O live
here ADV RB advmod 27 O here
for ADP IN prep 27 O for
forty NUM CD nummod 31 B-DATE forty
years NOUN NNS pobj 29 I-DATE year
and CCONJ CC cc 27 O and
it PRON PRP nsubj 36 O it
has AUX VBZ aux 36 O have
never ADV RB neg 36 O never
been AUX VBN conj 27 O be
this DET DT det 38 O this
bad ADJ JJ acomp 36 O bad _
, PUNCT , punct 42 O , _
" PUNCT '' punct 42 O "
I PRON PRP nsubj 42 O I
told VERB VBD ROOT 42 O tell
the DET DT det 44 O the
minister NOUN NN dobj 42 O minister
when SCONJ WRB advmod 47 O when
we PRON PRP nsubj 47 O we
met VERB VBD advcl 42 O meet _
. PUNCT . punct 42 O . _
"""


def test_the_columns_i_is_the_author_writing_for_a_paper() -> None:
    rows = Extractor().rows(frozen(_COLUMN))
    assert [r.speaker for r in rows] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Ana Ruiz for The Guardian", "byline"),
        ("Ana de Souza for the Lenton Herald", "byline"),
        ("Tom Hale voted for The Times", ""),
        ("Justice for The Nation", ""),
    ],
)
def test_a_name_writing_for_a_paper(line: str, kind: str) -> None:
    assert line_kind(line) == kind
