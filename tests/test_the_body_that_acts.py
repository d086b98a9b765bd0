"""`the club` when the story has named two clubs is the one that acts, the subject of a clause,
not the one named last in passing (`Harbour United sacked their manager after a defeat to
Lenton Rovers. The club's chairman …`: Harbour United). Frozen parse of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Harbour United sacked their manager on Sunday after a home defeat to Lenton Rovers.
#
# The club's chairman, Ray Pike, said the decision was "painful but necessary".
_TWO_CLUBS = """
Harbour PROPN NNP compound 1 B-PERSON Harbour
United PROPN NNP nsubj 2 I-PERSON United
sacked VERB VBD ROOT 2 O sack
their PRON PRP$ poss 4 O their
manager NOUN NN dobj 2 O manager
on ADP IN prep 2 O on
Sunday PROPN NNP pobj 5 B-DATE Sunday
after ADP IN prep 2 O after
a DET DT det 10 O a
home NOUN NN compound 10 O home
defeat NOUN NN pobj 7 O defeat
to ADP IN prep 10 O to
Lenton PROPN NNP compound 13 B-PERSON Lenton
Rovers PROPN NNP pobj 11 I-PERSON Rovers _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
The DET DT det 17 O the
club NOUN NN poss 19 O club _
's PART POS case 17 O 's
chairman NOUN NN nsubj 24 O chairman _
, PUNCT , punct 19 O ,
Ray PROPN NNP compound 22 B-PERSON Ray
Pike PROPN NNP appos 19 I-PERSON Pike _
, PUNCT , punct 19 O ,
said VERB VBD ROOT 24 O say
the DET DT det 26 O the
decision NOUN NN nsubj 27 O decision
was AUX VBD ccomp 24 O be
" PUNCT `` punct 27 O " _
painful ADJ JJ acomp 27 O painful
but CCONJ CC cc 29 O but
necessary ADJ JJ conj 29 O necessary _
" PUNCT '' punct 27 O " _
. PUNCT . punct 24 O . _
"""


def test_the_club_is_the_one_that_acts_not_the_one_named_last() -> None:
    rows = Extractor().rows(frozen(_TWO_CLUBS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ray Pike", "chairman", "Harbour United")]
