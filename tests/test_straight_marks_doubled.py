"""Straight marks doubled, as a spreadsheet or CSV export of an archive escapes them (`""We will
stay,"" said X`), are one mark each: the quote is the words between them, with no stray `"` at
its head (main read `"We will stay down here …,` from the inner marks), and the speaker is found
as for any quote. Doubled marks are read so only where they are the paragraph's way of writing
quotes (one of them opens, or every straight mark is doubled), so a quote nested in straight
marks that closes with its outer one (`"I was told "no""`) keeps one mark each. Frozen parse of
a story written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.spans import find_quote_spans
from tests.frozen import frozen

# About 200 miners have refused to come to the surface, the union said. / ""We will stay down here
# as long as it takes,"" said shaft steward Sipho Dlamini. / The company said the sit-in was
# ""illegal"".
_SITIN = """
About ADV RB advmod 1 B-CARDINAL about
200 NUM CD nummod 2 I-CARDINAL 200
miners NOUN NNS nsubj 4 O miner
have AUX VBP aux 4 O have
refused VERB VBN ccomp 13 O refuse
to PART TO aux 6 O to
come VERB VB xcomp 4 O come
to ADP IN prep 6 O to
the DET DT det 9 O the
surface NOUN NN pobj 7 O surface _
, PUNCT , punct 13 O ,
the DET DT det 12 O the
union NOUN NN nsubj 13 O union
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
" PUNCT `` punct 20 O " _
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 20 O we
will AUX MD aux 20 O will
stay VERB VB ccomp 31 O stay
down ADV RB advmod 22 O down
here ADV RB advmod 20 O here
as ADV RB advmod 24 O as
long ADV RB advmod 20 O long
as SCONJ IN mark 27 O as
it PRON PRP nsubj 27 O it
takes VERB VBZ advcl 24 O take _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O " _
" PUNCT '' punct 31 O "
said VERB VBD ROOT 31 O say
shaft NOUN NN compound 33 O shaft
steward NOUN NN compound 35 O steward
Sipho PROPN NNP compound 35 B-PERSON Sipho
Dlamini PROPN NNP nsubj 31 I-PERSON Dlamini _
. PUNCT . punct 31 O . _
<paragraph> SPACE _SP dep 36 O <paragraph> _
The DET DT det 39 O the
company NOUN NN nsubj 40 O company
said VERB VBD ROOT 40 O say
the DET DT det 44 O the
sit NOUN NN compound 44 O sit _
- PUNCT HYPH punct 44 O - _
in NOUN NN nsubj 45 O in
was AUX VBD ccomp 40 O be
" PUNCT `` punct 45 O " _
" PUNCT `` punct 45 O " _
illegal ADJ JJ acomp 45 O illegal _
" PUNCT '' punct 48 O " _
" PUNCT `` punct 45 O " _
. PUNCT . punct 40 O . _
"""


def test_doubled_straight_marks_are_one_mark() -> None:
    rows = Extractor().rows(frozen(_SITIN))
    said = [(r.speaker, r.quote) for r in rows]
    assert said[0] == ("Sipho Dlamini", "We will stay down here as long as it takes,")
    assert [q for _, q in said[1:]] == ["illegal"]


@pytest.mark.parametrize(
    "text, quotes",
    [
        ('A ""temporary"" fix, he said.', ["temporary"]),
        ('He said "it is a ""big"" deal" today.', ['it is a ""big"" deal']),
        ('He typed x = "" and left.', []),
        ('The field was "" blank.', []),
    ],
)
def test_doubled_straight_marks_in_text(text: str, quotes: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == quotes
