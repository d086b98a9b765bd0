"""`said the Asikuma MP`, the constituency tagged a person's name: a name after `the` that
qualifies the job right after it names no one; the phrase is a description of the person just
named. Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The opposition leader, Kwame Boateng, accused the minister of hiding the figures. "Every week
# the cedi falls further," said the Asikuma MP.
_MP = """
The DET DT det 2 O the
opposition NOUN NN compound 2 O opposition
leader NOUN NN nsubj 7 O leader _
, PUNCT , punct 2 O ,
Kwame PROPN NNP compound 5 B-PERSON Kwame
Boateng PROPN NNP appos 2 I-PERSON Boateng _
, PUNCT , punct 2 O ,
accused VERB VBD ROOT 7 O accuse
the DET DT det 9 O the
minister NOUN NN dobj 7 O minister
of ADP IN prep 9 O of
hiding VERB VBG pcomp 10 O hide
the DET DT det 13 O the
figures NOUN NNS dobj 11 O figure _
. PUNCT . punct 7 O .
" PUNCT `` punct 24 O " _
Every DET DT det 17 B-DATE every
week NOUN NN npadvmod 20 I-DATE week
the DET DT det 19 O the
cedi PROPN NNP nsubj 20 O cedi
falls VERB VBZ ccomp 24 O fall
further ADV RB advmod 20 O far _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
said VERB VBD ROOT 24 O say
the DET DT det 27 O the
Asikuma PROPN NNP compound 27 B-PERSON Asikuma
MP PROPN NNP nsubj 24 O MP _
. PUNCT . punct 24 O . _
"""


def test_a_name_qualifying_a_job_after_the_is_no_one() -> None:
    rows = Extractor().rows(frozen(_MP))
    assert [(r.speaker, r.role) for r in rows] == [("Kwame Boateng", "opposition leader")]
