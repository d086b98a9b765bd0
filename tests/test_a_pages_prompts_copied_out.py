"""A page's prompts copied out with its story: `Print article`, `Advertisement - Continue reading
below`, `Watch the video above`, and the links under `Don't miss`, whose quotes are nobody's.
Frozen parse of a story written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from quotes.furniture import line_kind
from tests.frozen import frozen

# Pool to close for repairs /  / Print article /  / The council has voted to close the Eastside pool
# for repairs over the winter, ending weeks of debate. /  / Advertisement - Continue reading below /
# / "We had no choice," the council leader, Anna Brookes, said. /  / Don't miss /  / "We will fight
# this" - residents vow to appeal /  / Watch the video above
_A_PAGE_WITH_ITS_PROMPTS = """
Pool NOUN NN ROOT 0 O pool
to PART TO aux 2 O to
close VERB VB advcl 0 O close
for ADP IN prep 2 O for
repairs NOUN NNS pobj 3 O repair _
<paragraph> SPACE _SP dep 4 O <paragraph> _
Print PROPN NNP compound 7 O Print
article NOUN NN ROOT 7 O article _
<paragraph> SPACE _SP dep 7 O <paragraph> _
The DET DT det 10 O the
council NOUN NN nsubj 12 O council
has AUX VBZ aux 12 O have
voted VERB VBN ROOT 12 O vote
to PART TO aux 14 O to
close VERB VB xcomp 12 O close
the DET DT det 17 O the
Eastside ADJ JJ amod 17 O eastside
pool NOUN NN dobj 14 O pool
for ADP IN prep 17 O for
repairs NOUN NNS pobj 18 O repair
over ADP IN prep 19 O over
the DET DT det 22 B-DATE the
winter NOUN NN pobj 20 I-DATE winter _
, PUNCT , punct 14 I-DATE ,
ending VERB VBG advcl 14 I-DATE end
weeks NOUN NNS dobj 24 I-DATE week
of ADP IN prep 25 O of
debate NOUN NN pobj 26 O debate _
. PUNCT . punct 12 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
Advertisement PROPN NNP compound 32 O Advertisement
- PUNCT HYPH punct 32 O -
Continue VERB VB ROOT 32 O continue
reading VERB VBG xcomp 32 O read
below ADP IN prep 33 O below _
<paragraph> SPACE _SP dep 34 O <paragraph> _
" PUNCT `` ROOT 36 O " _
We PRON PRP nsubj 38 O we
had VERB VBD ccomp 50 O have
no DET DT det 40 O no
choice NOUN NN dobj 38 O choice _
, PUNCT , punct 50 O , _
" PUNCT '' punct 50 O "
the DET DT det 45 O the
council NOUN NN compound 45 O council
leader NOUN NN nsubj 50 O leader _
, PUNCT , punct 45 O ,
Anna PROPN NNP compound 48 B-PERSON Anna
Brookes PROPN NNP appos 45 I-PERSON Brookes _
, PUNCT , punct 45 O ,
said VERB VBD ROOT 50 O say _
. PUNCT . punct 50 O . _
<paragraph> SPACE _SP dep 51 O <paragraph> _
Do AUX VBP aux 55 O do _
n't PART RB neg 55 O not
miss VERB VB ROOT 55 O miss _
<paragraph> SPACE _SP dep 55 O <paragraph> _
" PUNCT `` ROOT 57 O " _
We PRON PRP nsubj 60 O we
will AUX MD aux 60 O will
fight VERB VB ccomp 65 O fight
this PRON DT dobj 60 O this _
" PUNCT '' punct 60 O "
- PUNCT : punct 65 O -
residents NOUN NNS nsubj 65 O resident
vow VERB VBP ROOT 65 O vow
to PART TO aux 67 O to
appeal VERB VB xcomp 65 O appeal _
<paragraph> SPACE _SP dep 67 O <paragraph> _
Watch VERB VB ROOT 69 O watch
the DET DT det 71 O the
video NOUN NN dobj 69 O video
above ADV RB advmod 69 O above _
"""


def test_a_link_under_dont_miss_quotes_no_one() -> None:
    rows = Extractor().rows(frozen(_A_PAGE_WITH_ITS_PROMPTS))
    assert [(r.speaker, r.role) for r in rows] == [("Anna Brookes", "council leader")]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Print article", "share"),
        ("Advertisement - Continue reading below", "notice"),
        ("Watch the video above", "share"),
        ("Don't miss", "listhead"),
        # (Story lines that open so stay story.)
        ("Do not miss the final, she said.", ""),
        ("Print the article and sign it.", ""),
        ("Don't miss it.", ""),
        ("Watch the video above the fold, he said.", ""),
    ],
)
def test_a_pages_prompt(line: str, kind: str) -> None:
    assert line_kind(line) == kind
