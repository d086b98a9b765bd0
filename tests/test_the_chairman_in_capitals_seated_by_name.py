"""`Mr. JOHN BURNS presiding. …. The CHAIRMAN said, "…"`: the chair's office in capitals in prose,
which the parser reads as a proper noun (and so as a title, not a description to weigh), is the
one person the story seated in the chair before it, with the role *Chairman*, though another member
spoke between; before, it was someone unnamed, *The CHAIRMAN*. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import COMMITTEE_WITH_BURNS_PRESIDING, ROBERTS_ASKS_THE_COST, minutes_spec
from tests.frozen import frozen

# The Finance Committee met on Thursday, Mr. JOHN BURNS presiding.  Mr. ROBERTS asked what the new
# baths would cost.  The CHAIRMAN said, "The matter will stand over."
_IN_CAPITALS = minutes_spec(
    COMMITTEE_WITH_BURNS_PRESIDING,
    ROBERTS_ASKS_THE_COST,
    """
<paragraph> SPACE _SP dep 22 O <paragraph> _
The DET DT det 25 O the
CHAIRMAN PROPN NNP nsubj 26 B-ORG CHAIRMAN
said VERB VBD ROOT 26 O say _
, PUNCT , punct 26 O ,
" PUNCT `` punct 26 O " _
The DET DT det 30 O the
matter NOUN NN nsubj 32 O matter
will AUX MD aux 32 O will
stand VERB VB ccomp 26 O stand
over ADP RP prt 32 O over _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _
""",
)


def test_the_chairman_in_capitals_is_the_one_seated() -> None:
    rows = Extractor().rows(frozen(_IN_CAPITALS))
    assert [(r.speaker, r.role) for r in rows] == [("John Burns", "Chairman")]
