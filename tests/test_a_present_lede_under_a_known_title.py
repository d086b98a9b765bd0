"""A short first line that reports in the present with its full stop (`Islanders on Barra say
they have been "abandoned" after ferry cuts.`) is read as a headline in plain text, as PolNeAR's
headlines end so too; but when the document's title is known (a page's, a corpus record's
`title` field) and is another line, the story opens on its lede and the quote keeps its speaker.
A title equal to the line but for a final stop still makes it the headline. Frozen parse of a
story written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from tests.frozen import frozen

# Islanders on Barra say they have been "abandoned" after ferry cuts. / The ferry from Oban has
# not sailed since March, leaving the island short of food.
_BARRA = """
Islanders NOUN NNS nsubj 3 O islander
on ADP IN prep 0 O on
Barra PROPN NNP pobj 1 B-PERSON Barra
say VERB VBP ROOT 3 O say
they PRON PRP nsubjpass 8 O they
have AUX VBP aux 8 O have
been AUX VBN auxpass 8 O be
" PUNCT `` punct 8 O " _
abandoned VERB VBN ccomp 3 O abandon _
" PUNCT '' punct 8 O "
after ADP IN prep 8 O after
ferry NOUN NN compound 12 O ferry
cuts NOUN NNS pobj 10 O cut _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
The DET DT det 16 O the
ferry NOUN NN nsubj 21 O ferry
from ADP IN prep 16 O from
Oban PROPN NNP pobj 17 B-ORG Oban
has AUX VBZ aux 21 O have
not PART RB neg 21 O not
sailed VERB VBN ROOT 21 O sail
since SCONJ IN prep 21 O since
March PROPN NNP pobj 22 B-DATE March _
, PUNCT , punct 21 O ,
leaving VERB VBG advcl 21 O leave
the DET DT det 27 O the
island NOUN NN dobj 25 O island
short ADJ JJ oprd 25 O short
of ADP IN prep 28 O of
food NOUN NN pobj 29 O food _
. PUNCT . punct 21 O . _
"""


@pytest.mark.parametrize(
    "title, speakers",
    [
        ("", []),
        ("Barra ferry cuts leave islanders stranded for a third week", ["Islanders"]),
        ('Islanders on Barra say they have been "abandoned" after ferry cuts', []),
    ],
)
def test_a_present_lede_under_a_known_title(title: str, speakers: list[str]) -> None:
    rows = Extractor().rows(frozen(_BARRA), title=title)
    assert [r.speaker for r in rows] == speakers
