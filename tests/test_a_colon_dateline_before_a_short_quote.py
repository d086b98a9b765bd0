"""`LONDON: "We will appeal," John Smith said.`: a place in capitals and a colon open a story line that
opens on a quote, as South Asian, African and some British copy writes its dateline. The line was
a dateline only when forty characters followed the quote's first word, so on a short line the
place stayed in the sentence and the parser made it the subject of `said`: the place spoke. A
quote closed by its stop, with words after it, makes the line a story line whatever its length;
a label's line (`UPDATE: Road reopened`) holds no such quote. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from quotes.furniture import datelines
from tests.frozen import frozen

# Council loses bin strike case  LONDON: "We will appeal," John Smith said.  The council had
# argued the strike was unlawful.
_SHORT_LINE = """
Council NOUN NN nsubj 1 O council
loses VERB VBZ ROOT 1 O lose
bin PROPN NNP compound 3 B-PERSON bin
strike NOUN NN compound 4 O strike
case NOUN NN dobj 1 O case _
<paragraph> SPACE _SP dep 4 O <paragraph> _
LONDON PROPN NNP ROOT 6 B-GPE LONDON _
: PUNCT : ROOT 7 O :
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 11 O we
will AUX MD aux 11 O will
appeal VERB VB ccomp 16 O appeal _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
John PROPN NNP compound 15 B-PERSON John
Smith PROPN NNP nsubj 16 I-PERSON Smith
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
<paragraph> SPACE _SP dep 17 O <paragraph> _
The DET DT det 20 O the
council NOUN NN nsubj 22 O council
had AUX VBD aux 22 O have
argued VERB VBN ROOT 22 O argue
the DET DT det 24 O the
strike NOUN NN nsubj 25 O strike
was AUX VBD ccomp 22 O be
unlawful ADJ JJ acomp 25 O unlawful _
. PUNCT . punct 22 O . _
"""

# ABUJA: “We are ready,” Tunde Bakare said.
_NIGERIAN = """
ABUJA ADV RB ROOT 0 O abuja _
: PUNCT : punct 0 O :
“ PUNCT `` punct 10 O " _
We PRON PRP nsubj 4 O we
are AUX VBP ccomp 10 O be
ready ADJ JJ acomp 4 O ready _
, PUNCT , punct 10 O , _
” PUNCT '' punct 10 O "
Tunde PROPN NNP compound 9 O Tunde
Bakare PROPN NNP nsubj 10 B-ORG Bakare
said VERB VBD ROOT 10 O say _
. PUNCT . punct 10 O . _
"""


def test_a_short_line_opening_on_a_closed_quote_has_its_dateline() -> None:
    text = 'LONDON: "We will appeal," John Smith said.'
    assert [text[d.start : d.end] for d in datelines(text)] == ["LONDON: "]
    text = "ABUJA: ‘We are ready,’ he said."
    assert [text[d.start : d.end] for d in datelines(text)] == ["ABUJA: "]


def test_a_label_and_a_short_unclosed_line_have_none() -> None:
    assert datelines("UPDATE: Road reopened") == []
    assert datelines('NOTE: "Figures are provisional') == []


def test_the_name_after_the_quote_speaks_not_the_place() -> None:
    rows = Extractor().rows(frozen(_SHORT_LINE))
    assert [(r.speaker, r.organization) for r in rows] == [("John Smith", "")]


def test_the_place_is_no_speaker_nor_organisation() -> None:
    rows = Extractor().rows(frozen(_NIGERIAN))
    assert [r.speaker for r in rows] == ["Tunde Bakare"]
    assert rows[0].organization != "ABUJA"
