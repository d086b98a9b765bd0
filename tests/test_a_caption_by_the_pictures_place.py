"""A caption labelled by the picture's place on the page and a colon, as Pakistani and Indian
sites print it at a story's foot (`Header image: …`, `Featured image: …`, `Cover photo: …`),
and a credit to the piece's own writer after a dash (`— Photo by author`, Dawn's): the caption
was read as a line of the story, so `Header image: “No light, no business,” reads a banner …`
gave the speaker *Header image*. Both are now captions (models/furniture.txt), whose quotes are
nobody's and which the page reader leaves out. Frozen parse of a story written for this file
(see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Traders threaten strike over outages  KARACHI: Traders on Wednesday threatened to strike if the
# utility did not end outages within a week.  “We will not let the people of Karachi suffer,” the
# provincial energy minister, Nasir Shah, said.  Header image: “No light, no business,” reads a
# banner at a market in Saddar. — Photo by author
_A_STORY_WITH_ITS_HEADER_IMAGE = """
Traders NOUN NNS nsubj 1 O trader
threaten VERB VBP ROOT 1 O threaten
strike NOUN NN dobj 1 O strike
over ADP IN prep 2 O over
outages NOUN NNS pobj 3 O outage _
<paragraph> SPACE _SP dep 4 O <paragraph> _
KARACHI PROPN NNP ROOT 6 O KARACHI _
: PUNCT : ROOT 7 O :
Traders NOUN NNS nsubj 11 O trader
on ADP IN prep 11 O on
Wednesday PROPN NNP pobj 9 B-DATE Wednesday
threatened VERB VBD ROOT 11 O threaten
to PART TO aux 13 O to
strike VERB VB xcomp 11 O strike
if SCONJ IN mark 19 O if
the DET DT det 16 O the
utility NOUN NN nsubj 19 O utility
did AUX VBD aux 19 O do
not PART RB neg 19 O not
end VERB VB ccomp 13 O end
outages NOUN NNS dobj 19 O outage
within ADP IN prep 19 O within
a DET DT det 23 B-DATE a
week NOUN NN pobj 21 I-DATE week _
. PUNCT . punct 11 O . _
<paragraph> SPACE _SP dep 24 O <paragraph> _
“ PUNCT `` punct 30 O " _
We PRON PRP nsubj 30 O we
will AUX MD aux 30 O will
not PART RB neg 30 O not
let VERB VB ccomp 46 O let
the DET DT det 32 O the
people NOUN NNS nsubj 35 O people
of ADP IN prep 32 O of
Karachi PROPN NNP pobj 33 B-ORG Karachi
suffer VERB VB ccomp 30 O suffer _
, PUNCT , punct 46 O , _
” PUNCT '' punct 46 O "
the DET DT det 41 O the
provincial ADJ JJ amod 41 O provincial
energy NOUN NN compound 41 O energy
minister NOUN NN nsubj 46 O minister _
, PUNCT , punct 41 O ,
Nasir PROPN NNP compound 44 B-PERSON Nasir
Shah PROPN NNP appos 41 I-PERSON Shah _
, PUNCT , punct 41 O ,
said VERB VBD ROOT 46 O say _
. PUNCT . punct 46 O . _
<paragraph> SPACE _SP dep 47 O <paragraph> _
Header PROPN NNP compound 50 O Header
image NOUN NN nsubj 60 O image _
: PUNCT : punct 50 O :
“ PUNCT `` punct 50 O " _
No DET DT det 54 O no
light NOUN NN appos 50 O light _
, PUNCT , punct 54 O ,
no DET DT det 57 O no
business NOUN NN appos 54 O business _
, PUNCT , punct 60 O , _
” PUNCT '' punct 60 O "
reads VERB VBZ ROOT 60 O read
a DET DT det 62 O a
banner NOUN NN dobj 60 O banner
at ADP IN prep 62 O at
a DET DT det 65 O a
market NOUN NN pobj 63 O market
in ADP IN prep 65 O in
Saddar PROPN NNP pobj 66 B-LOC Saddar _
. PUNCT . punct 60 O .
— PUNCT : punct 70 O —
Photo NOUN NN ROOT 70 O photo
by ADP IN prep 70 O by
author NOUN NN pobj 71 O author _
"""


def test_a_header_images_caption_quotes_no_one() -> None:
    rows = Extractor().rows(frozen(_A_STORY_WITH_ITS_HEADER_IMAGE))
    assert [(r.speaker, r.role) for r in rows if r.kind != "furniture"] == [
        ("Nasir Shah", "provincial energy minister")
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Header image: Shopkeepers in Saddar during a power outage. — Photo by author", "caption"),
        ("Featured image: A trader at his shop in Saddar.", "caption"),
        ("Cover photo: Residents at the protest on Sunday.", "caption"),
        ("Shopkeepers sit outside their shops during a power outage. — Photo by author", "caption"),
        ("Traders queue for water in Lyari. — Photo provided by the writer", "caption"),
        # (Story lines that open so stay story.)
        ("The top picture: it was worse than anyone feared, she said.", ""),
        ("Header images are what readers see first.", ""),
    ],
)
def test_a_caption_by_its_place_on_the_page(line: str, kind: str) -> None:
    assert line_kind(line) == kind
