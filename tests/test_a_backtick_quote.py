"""A typed archive's single quote opened by a backtick and closed by an apostrophe (a backtick
before `We will,' he said`), also over several paragraphs that each open with the backtick and leave it
open; a code literal between two backticks is no quote.
Frozen parse of a story written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.spans import find_quote_spans
from tests.frozen import frozen

# Old pier to be rebuilt /  / Tom Hale, the mayor, said the pier would be rebuilt by the spring. /  /
# `We have waited too long for this. The town cannot wait another winter. /  / `We will start in March
# and finish by the autumn,' he said.
_A_TYPED_ARCHIVES_QUOTE = """
Old ADJ JJ amod 1 O old
pier NOUN NN nsubjpass 4 O pier
to PART TO aux 4 O to
be AUX VB auxpass 4 O be
rebuilt VERB VBN ROOT 4 O rebuild _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Tom PROPN NNP compound 7 B-PERSON Tom
Hale PROPN NNP nsubj 12 I-PERSON Hale _
, PUNCT , punct 7 O ,
the DET DT det 10 O the
mayor NOUN NN appos 7 O mayor _
, PUNCT , punct 7 O ,
said VERB VBD ROOT 12 O say
the DET DT det 14 O the
pier NOUN NN nsubjpass 17 O pier
would AUX MD aux 17 O would
be AUX VB auxpass 17 O be
rebuilt VERB VBN ccomp 12 O rebuild
by ADP IN agent 17 O by
the DET DT det 20 B-DATE the
spring NOUN NN pobj 18 I-DATE spring _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 21 O <paragraph> _
` PUNCT `` punct 26 O ` _
We PRON PRP nsubj 26 O we
have AUX VBP aux 26 O have
waited VERB VBN ROOT 26 O wait
too ADV RB advmod 28 O too
long ADV RB advmod 26 O long
for ADP IN prep 28 O for
this PRON DT pobj 29 O this _
. PUNCT . punct 26 O .
The DET DT det 33 O the
town NOUN NN nsubj 36 O town
can AUX MD aux 36 O can _
not PART RB neg 36 O not
wait VERB VB ROOT 36 O wait
another DET DT det 38 B-DATE another
winter NOUN NN npadvmod 36 I-DATE winter _
. PUNCT . punct 36 O . _
<paragraph> SPACE _SP dep 39 O <paragraph> _
` PUNCT `` punct 44 O ` _
We PRON PRP nsubj 44 O we
will AUX MD aux 44 O will
start VERB VB ccomp 55 O start
in ADP IN prep 44 O in
March PROPN NNP pobj 45 B-DATE March
and CCONJ CC cc 44 O and
finish VERB VB conj 44 O finish
by ADP IN prep 48 O by
the DET DT det 51 O the
autumn NOUN NN pobj 49 O autumn _
, PUNCT , punct 55 O , _
' PUNCT '' punct 55 O '
he PRON PRP nsubj 55 O he
said VERB VBD ROOT 55 O say _
. PUNCT . punct 55 O . _
"""


def test_a_backtick_quote_over_two_paragraphs() -> None:
    rows = Extractor().rows(frozen(_A_TYPED_ARCHIVES_QUOTE))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Tom Hale", "We have waited too long for this. The town cannot wait another winter."),
        ("Tom Hale", "We will start in March and finish by the autumn,"),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("`We will rebuild it,' said the mayor.", ["We will rebuild it,"]),
        ("He called it `a disgrace' and left.", ["a disgrace"]),
        ('"I told him `no\' twice," she said.', ["I told him `no' twice,"]),
        # (Code between backticks, and a lone backtick, quote nothing.)
        ("Run `make` before you commit, the guide says.", []),
        ("The key ` sits left of 1.", []),
    ],
)
def test_a_backtick_and_an_apostrophe(text: str, quoted: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == quoted
