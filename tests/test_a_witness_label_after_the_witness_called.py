"""`John Evans, fireman, was called. …. Witness : I did, sir.`: an inquest's or a court's `Witness`
label is the person the report last called, swore or had depose before the turn, as `Accused:` is
the one it says was charged. Before, the label was someone unnamed, *Witness*. With no witness
called, it stays so. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.archive_turns import (
    CORONER_ASKS_OF_THE_PLACE,
    INQUEST_AT_BALA,
    WITNESS_FOUND_THE_ROOF_SAFE,
    minutes_spec,
)
from tests.frozen import frozen

# An inquest was held at Bala on Monday before the district coroner.  John Evans, fireman, was
# called.  The CORONER : Did you examine the place where the deceased was working on Saturday
# morning?  Witness : I did, sir. I found the roof to be quite safe at six o'clock.
_CALLED = minutes_spec(
    INQUEST_AT_BALA,
    """
<paragraph> SPACE _SP dep 12 O <paragraph> _
John PROPN NNP compound 15 B-PERSON John
Evans PROPN NNP nsubjpass 20 I-PERSON Evans _
, PUNCT , punct 15 O ,
fireman NOUN NN appos 15 O fireman _
, PUNCT , punct 20 O ,
was AUX VBD auxpass 20 O be
called VERB VBN ROOT 20 O call _
. PUNCT . punct 20 O . _
""",
    CORONER_ASKS_OF_THE_PLACE,
    WITNESS_FOUND_THE_ROOF_SAFE,
)


# An inquest was held at Bala on Monday before the district coroner.  Ann Evans, the widow,
# deposed that her husband went to work as usual.  The CORONER : Did he complain of anything when
# he left the house that morning?  Witness : No, sir. He was in good health.
_DEPOSED = minutes_spec(
    INQUEST_AT_BALA,
    """
<paragraph> SPACE _SP dep 12 O <paragraph> _
Ann PROPN NNP compound 15 B-PERSON Ann
Evans PROPN NNP nsubj 20 I-PERSON Evans _
, PUNCT , punct 15 O ,
the DET DT det 18 O the
widow NOUN NN appos 15 O widow _
, PUNCT , punct 15 O ,
deposed VERB VBD ROOT 20 O depose
that SCONJ IN mark 24 O that
her PRON PRP$ poss 23 O her
husband NOUN NN nsubj 24 O husband
went VERB VBD ccomp 20 O go
to PART TO aux 26 O to
work VERB VB advcl 24 O work
as ADP IN prep 26 O as
usual ADJ JJ amod 27 O usual _
. PUNCT . punct 20 O . _
<paragraph> SPACE _SP dep 29 O <paragraph> _
The DET DT det 32 O the
CORONER PROPN NNP dep 36 O CORONER
: PUNCT : punct 36 O :
Did AUX VBD aux 36 O do
he PRON PRP nsubj 36 O he
complain VERB VB ROOT 36 O complain
of ADP IN prep 36 O of
anything PRON NN pobj 37 O anything
when SCONJ WRB advmod 41 O when
he PRON PRP nsubj 41 O he
left VERB VBD advcl 36 O leave
the DET DT det 43 O the
house NOUN NN dobj 41 O house
that DET DT det 45 B-TIME that
morning NOUN NN npadvmod 41 I-TIME morning _
? PUNCT . punct 36 O ? _
<paragraph> SPACE _SP dep 46 O <paragraph> _
Witness NOUN NN ROOT 48 O witness
: PUNCT : punct 48 O :
No INTJ UH appos 48 O no _
, PUNCT , punct 50 O ,
sir NOUN NN npadvmod 50 O sir _
. PUNCT . punct 48 O .
He PRON PRP nsubj 55 O he
was AUX VBD ROOT 55 O be
in ADP IN prep 55 O in
good ADJ JJ amod 58 O good
health NOUN NN pobj 56 O health _
. PUNCT . punct 55 O . _
""",
)


# An inquest was held at Bala on Monday before the district coroner.  The CORONER : Did you
# examine the place where the deceased was working on Saturday morning?  Witness : I did, sir. I
# found the roof to be quite safe at six o'clock.
_NONE_CALLED = minutes_spec(
    INQUEST_AT_BALA,
    CORONER_ASKS_OF_THE_PLACE,
    WITNESS_FOUND_THE_ROOF_SAFE,
)


def _witness(spec: str) -> list[tuple[str, str]]:
    rows = Extractor().rows(frozen(spec))
    return [(r.speaker, r.role) for r in rows if r.quote.startswith(("I did", "No, sir"))]


def test_the_witness_called_answers() -> None:
    assert _witness(_CALLED) == [("John Evans", "fireman")]


def test_the_witness_who_deposed_answers() -> None:
    assert _witness(_DEPOSED) == [("Ann Evans", "")]


def test_with_no_witness_called_the_label_stays() -> None:
    assert _witness(_NONE_CALLED) == [("Witness", "")]
