"""A police force named by a place of two words (`of the Ashgrove Town police`, `police` tagged
a plural and the place's first word a person's) is the officer's organisation. A frozen parse
of sentences written for this file (see tests/frozen.py; the place's name swapped in, its tags
kept), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Shootings fell by half in February.
#
# However, Superintendent Joe Williams of the Ashgrove Town police warned that a few hot heads
# could undo the progress. "We are watching," he said.
_FORCE = """
Shootings NOUN NNS nsubj 1 O shooting
fell VERB VBD ROOT 1 O fall
by ADP IN prep 1 O by
half NOUN NN pobj 2 B-CARDINAL half
in ADP IN prep 1 O in
February PROPN NNP pobj 4 B-DATE February _
. PUNCT . punct 1 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
However ADV RB advmod 18 O however _
, PUNCT , punct 18 O ,
Superintendent PROPN NNP compound 12 B-PERSON Superintendent
Joe PROPN NNP compound 12 I-PERSON Joe
Williams PROPN NNP nsubj 18 I-PERSON Williams
of ADP IN prep 12 O of
the DET DT det 17 O the
Ashgrove PROPN NNP compound 16 B-PERSON Ashgrove
Town PROPN NNP compound 17 O Town
police NOUN NNS pobj 13 O police
warned VERB VBD ROOT 18 O warn
that SCONJ IN mark 25 O that
a DET DT det 23 O a
few ADJ JJ amod 23 O few
hot ADJ JJ amod 23 O hot
heads NOUN NNS nsubj 25 O head
could AUX MD aux 25 O could
undo VERB VB ccomp 18 O undo
the DET DT det 27 O the
progress NOUN NN dobj 25 O progress _
. PUNCT . punct 18 O .
" PUNCT `` punct 36 O " _
We PRON PRP nsubj 32 O we
are AUX VBP aux 32 O be
watching VERB VBG ccomp 36 O watch _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
he PRON PRP nsubj 36 O he
said VERB VBD ROOT 36 O say _
. PUNCT . punct 36 O . _
"""


def test_the_force_after_of_is_the_organisation() -> None:
    rows = Extractor().rows(frozen(_FORCE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Joe Williams", "Superintendent", "Ashgrove Town police")
    ]
