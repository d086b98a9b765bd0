"""A caption whose credit ends on a site's address (`… on Sunday. Photo: Juan Cruz/Philstar.com`,
`Photo: Juan Cruz / Inquirer.net`, as Philippine papers print it) is a caption: the stop inside
the address is no sentence's end. Before, the line was read as the story's, and its quote
(`Residents say the flood was "the worst in decades" …`) was a row for *Residents*. Frozen
parse of a story written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Marikina Mayor Marcy Teodoro said evacuation centres were already full.  Residents say the flood
# was "the worst in decades" as they wade through Marikina on Sunday. Photo: Juan
# Cruz/Philstar.com  "We have prepositioned food packs in every region," said Social Welfare
# Secretary Rex Gatchalian.
_CAPTION = """
Marikina PROPN NNP compound 1 B-GPE Marikina
Mayor PROPN NNP compound 3 O Mayor
Marcy PROPN NNP compound 3 B-PERSON Marcy
Teodoro PROPN NNP nsubj 4 I-PERSON Teodoro
said VERB VBD ROOT 4 O say
evacuation NOUN NN compound 6 O evacuation
centres NOUN NNS nsubj 7 O centre
were AUX VBD ccomp 4 O be
already ADV RB advmod 7 O already
full ADJ JJ acomp 7 O full _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Residents NOUN NNS nsubj 13 O resident
say VERB VBP ROOT 13 O say
the DET DT det 15 O the
flood NOUN NN nsubj 16 O flood
was AUX VBD ccomp 13 O be
" PUNCT `` punct 16 O " _
the DET DT det 19 O the
worst ADJ JJS attr 16 O bad
in ADP IN prep 19 O in
decades NOUN NNS pobj 20 B-DATE decade _
" PUNCT '' punct 16 O "
as SCONJ IN mark 25 O as
they PRON PRP nsubj 25 O they
wade VERB VBD advcl 16 O wade
through ADP IN prep 25 O through
Marikina PROPN NNP pobj 26 B-GPE Marikina
on ADP IN prep 25 O on
Sunday PROPN NNP pobj 28 B-DATE Sunday _
. PUNCT . punct 13 O .
Photo NOUN NN ROOT 31 O photo _
: PUNCT : punct 31 O :
Juan PROPN NNP compound 36 B-PERSON Juan
Cruz PROPN NNP nmod 36 I-PERSON Cruz _
/ SYM SYM punct 36 I-PERSON / _
Philstar.com PROPN NNP appos 31 I-PERSON Philstar.com _
<paragraph> SPACE _SP dep 36 O <paragraph> _
" PUNCT `` punct 41 O " _
We PRON PRP nsubj 41 O we
have AUX VBP aux 41 O have
prepositioned VERB VBN ccomp 49 O prepositione
food NOUN NN compound 43 O food
packs NOUN NNS dobj 41 O pack
in ADP IN prep 41 O in
every DET DT det 46 O every
region NOUN NN pobj 44 O region _
, PUNCT , punct 49 O , _
" PUNCT '' punct 49 O "
said VERB VBD ROOT 49 O say
Social PROPN NNP compound 51 B-ORG Social
Welfare PROPN NNP compound 54 I-ORG Welfare
Secretary PROPN NNP compound 54 O Secretary
Rex PROPN NNP compound 54 B-PERSON Rex
Gatchalian PROPN NNP nsubj 49 I-PERSON Gatchalian _
. PUNCT . punct 49 O . _
"""


def test_a_caption_crediting_a_site_gives_no_row() -> None:
    rows = Extractor().rows(frozen(_CAPTION))
    assert [(r.speaker, r.quote) for r in rows] == [
        ("Rex Gatchalian", "We have prepositioned food packs in every region,"),
    ]


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Residents wade through floodwater on Sunday. Photo: Juan Cruz/Philstar.com", "caption"),
        ("Residents wade through floodwater. Photo: Juan Cruz / Inquirer.net", "caption"),
        ("Residents wade through floodwater. Photo: Rappler.com", "caption"),
        ("Residents wade. Photo: AFP. The mayor said the river was high.", ""),
        ("Residents wade. Image: Getty Images. He said the river was high.", ""),
    ],
)
def test_a_credit_ending_on_an_address(line: str, kind: str) -> None:
    assert line_kind(line) == kind
