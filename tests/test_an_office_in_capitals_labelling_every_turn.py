"""`The CORONER : Did you examine …?`: an office in capitals after `the` is a transcript's label
the same way on every turn, whether or not the parser hangs the turn's colon on it. Before, a label
with the colon for a child was read as a name (*coroner*, no role) and one without it as the office
(*The CORONER*, role *Coroner*), two speakers for one coroner. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import (
    CORONER_ASKS_OF_THE_PLACE,
    INQUEST_AT_BALA,
    WITNESS_FOUND_THE_ROOF_SAFE,
    minutes_spec,
)
from tests.frozen import frozen

# An inquest was held at Bala on Monday before the district coroner.  The CORONER : Did you
# examine the place where the deceased was working on Saturday morning?  Witness : I did, sir. I
# found the roof to be quite safe at six o'clock.  The CORONER : Then how do you account for the
# accident?  Witness : I cannot account for it, sir.
_INQUEST = minutes_spec(
    INQUEST_AT_BALA,
    CORONER_ASKS_OF_THE_PLACE,
    WITNESS_FOUND_THE_ROOF_SAFE,
    """
<paragraph> SPACE _SP dep 50 O <paragraph> _
The DET DT det 53 O the
CORONER PROPN NNP dep 59 O CORONER
: PUNCT : punct 59 O :
Then ADV RB advmod 59 O then
how SCONJ WRB advmod 59 O how
do AUX VBP aux 59 O do
you PRON PRP nsubj 59 O you
account VERB VB ROOT 59 O account
for ADP IN prep 59 O for
the DET DT det 62 O the
accident NOUN NN pobj 60 O accident _
? PUNCT . punct 59 O ? _
<paragraph> SPACE _SP dep 63 O <paragraph> _
Witness NOUN NN ROOT 65 O witness
: PUNCT : punct 65 O :
I PRON PRP nsubj 70 O I
can AUX MD aux 70 O can _
not PART RB neg 70 O not
account VERB VB acl 65 O account
for ADP IN prep 70 O for
it PRON PRP pobj 71 O it _
, PUNCT , punct 70 O ,
sir NOUN NN npadvmod 70 O sir _
. PUNCT . punct 70 O . _
""",
)


def test_the_coroner_is_one_speaker_on_every_turn() -> None:
    rows = [r for r in Extractor().rows(frozen(_INQUEST)) if not r.speaker.startswith("Witness")]
    assert len(rows) == 2
    coroner = ("The CORONER", "Coroner", rows[0].speaker_id)
    assert {(r.speaker, r.role, r.speaker_id) for r in rows} == {coroner}
