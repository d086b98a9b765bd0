"""A speech a report quotes over several paragraphs, each opened with its mark and left open but
the last, with the room's answer in brackets closing a paragraph (`… these three weeks. (Hear,
hear.)`, `(Loud cheers.)`): the answer is the report's, no word of the speaker's, and the quote
left open stops before it. Frozen parse of sentences written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.spans import find_quote_spans
from tests.frozen import frozen

# Mr. BEN TILLETT, who was loudly cheered, said:  ``Men, we have been patient long enough. The
# companies have had our answer these three weeks. (Hear, hear.)  ``We ask for sixpence an hour,
# and we shall have it. (Loud cheers.)  ``If the directors will not meet us, we will go to the
# Lord Mayor.'' (Cheers.)
_A_SPEECH_OVER_THREE_PARAGRAPHS = """
Mr. PROPN NNP compound 2 O Mr.
BEN PROPN NNP compound 2 B-PERSON BEN
TILLETT PROPN NNP nsubj 9 O TILLETT _
, PUNCT , punct 2 O ,
who PRON WP nsubjpass 7 O who
was AUX VBD auxpass 7 O be
loudly ADV RB advmod 7 O loudly
cheered VERB VBN relcl 2 O cheer _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O : _
<paragraph> SPACE _SP dep 10 O <paragraph> _
` PUNCT `` punct 18 O ` _
` PUNCT `` punct 18 O ` _
Men NOUN NNS npadvmod 18 O man _
, PUNCT , punct 18 O ,
we PRON PRP nsubj 18 O we
have AUX VBP aux 18 O have
been AUX VBN ROOT 18 O be
patient ADJ JJ acomp 18 O patient
long ADV RB advmod 21 O long
enough ADV RB advmod 18 O enough _
. PUNCT . punct 18 O .
The DET DT det 24 O the
companies NOUN NNS nsubj 26 O company
have AUX VBP aux 26 O have
had VERB VBN ROOT 26 O have
our PRON PRP$ poss 28 O our
answer NOUN NN dobj 26 O answer
these DET DT det 31 B-DATE these
three NUM CD nummod 31 I-DATE three
weeks NOUN NNS npadvmod 26 I-DATE week _
. PUNCT . punct 26 O .
( PUNCT -LRB- punct 34 O ( _
Hear VERB VB ROOT 34 O hear _
, PUNCT , punct 34 O ,
hear VERB VB dep 34 O hear _
. PUNCT . punct 34 O . _
) PUNCT -RRB- punct 34 O ) _
<paragraph> SPACE _SP dep 38 O <paragraph> _
` PUNCT `` punct 43 O ` _
` PUNCT `` punct 43 O ` _
We PRON PRP nsubj 43 O we
ask VERB VBP ROOT 43 O ask
for ADP IN prep 43 O for
sixpence NOUN NN pobj 44 O sixpence
an DET DT det 47 B-TIME an
hour NOUN NN npadvmod 43 I-TIME hour _
, PUNCT , punct 43 O ,
and CCONJ CC cc 43 O and
we PRON PRP nsubj 52 O we
shall AUX MD aux 52 O shall
have VERB VB conj 43 O have
it PRON PRP dobj 52 O it _
. PUNCT . punct 52 O .
( PUNCT -LRB- punct 57 O ( _
Loud ADJ JJ amod 57 O loud
cheers NOUN NNS ROOT 57 O cheer _
. PUNCT . punct 57 O . _
) PUNCT -RRB- punct 57 O ) _
<paragraph> SPACE _SP dep 59 O <paragraph> _
` PUNCT `` punct 73 O ` _
` PUNCT `` punct 73 O ` _
If SCONJ IN mark 68 O if
the DET DT det 65 O the
directors NOUN NNS nsubj 68 O director
will AUX MD aux 68 O will
not PART RB neg 68 O not
meet VERB VB advcl 73 O meet
us PRON PRP dobj 68 O we _
, PUNCT , punct 73 O ,
we PRON PRP nsubj 73 O we
will AUX MD aux 73 O will
go VERB VB ROOT 73 O go
to ADP IN prep 73 O to
the DET DT det 77 O the
Lord PROPN NNP compound 77 O Lord
Mayor PROPN NNP pobj 74 O Mayor _
. PUNCT . punct 73 O . _
'' PUNCT '' punct 73 O ''
( PUNCT -LRB- punct 81 O ( _
Cheers PROPN NNP ROOT 81 B-PERSON Cheers _
. PUNCT . punct 81 O . _
) PUNCT -RRB- punct 81 O ) _
"""


def test_the_rooms_answer_is_no_word_of_the_speech() -> None:
    rows = Extractor().rows(frozen(_A_SPEECH_OVER_THREE_PARAGRAPHS))
    assert [(r.speaker, r.quote) for r in rows] == [
        (
            "Ben Tillett",
            "Men, we have been patient long enough. The companies have had our answer these three weeks.",
        ),
        ("Ben Tillett", "We ask for sixpence an hour, and we shall have it."),
        ("Ben Tillett", "If the directors will not meet us, we will go to the Lord Mayor."),
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said: "The rates must come down. (Cheers from the gallery.)', ["The rates must come down."]),
        ('"We shall win! (Applause)', ["We shall win!"]),
        # (A bracket inside the speech, or one in small letters, is the speaker's.)
        ('He said: "The rates (Cheers.) must come down.', ["The rates (Cheers.) must come down."]),
        ('He said: "The rates must come down (by a penny).', ["The rates must come down (by a penny)."]),
    ],
)
def test_an_open_quote_stops_before_the_rooms_answer(text: str, quoted: list[str]) -> None:
    assert [text[s.start : s.end] for s in find_quote_spans(text)] == quoted
