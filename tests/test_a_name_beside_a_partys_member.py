"""A party's member described after an article (`The committee's top Democrat`), with a name set
beside it (`Sen. Ann Whitfield of Oregon`), is that named person: the name speaks, not the
description, which a pronoun-like reading gave to the person named before. Frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The committee approved the plan on Thursday. "It is a start," said its chairman, Tom Reyes. The
# committee's top Democrat, Sen. Ann Whitfield of Oregon, said she backed the plan "with
# reservations" about its cost.
_DEMOCRAT = """
The DET DT det 1 O the
committee NOUN NN nsubj 2 O committee
approved VERB VBD ROOT 2 O approve
the DET DT det 4 O the
plan NOUN NN dobj 2 O plan
on ADP IN prep 2 O on
Thursday PROPN NNP pobj 5 B-DATE Thursday _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
It PRON PRP nsubj 10 O it
is AUX VBZ ccomp 15 O be
a DET DT det 12 O a
start NOUN NN attr 10 O start _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
its PRON PRP$ poss 17 O its
chairman NOUN NN nsubj 15 O chairman _
, PUNCT , punct 17 O ,
Tom PROPN NNP compound 20 B-PERSON Tom
Reyes PROPN NNP appos 17 I-PERSON Reyes _
. PUNCT . punct 15 O .
The DET DT det 23 O the
committee NOUN NN poss 26 O committee _
's PART POS case 23 O 's
top ADJ JJ amod 26 O top
Democrat PROPN NNP nsubj 34 B-NORP Democrat _
, PUNCT , punct 26 O ,
Sen. PROPN NNP compound 30 O Sen.
Ann PROPN NNP compound 30 B-PERSON Ann
Whitfield PROPN NNP appos 26 I-PERSON Whitfield
of ADP IN prep 30 O of
Oregon PROPN NNP pobj 31 B-GPE Oregon _
, PUNCT , punct 26 O ,
said VERB VBD ROOT 34 O say
she PRON PRP nsubj 36 O she
backed VERB VBD ccomp 34 O back
the DET DT det 38 O the
plan NOUN NN dobj 36 O plan
" PUNCT `` punct 38 O " _
with ADP IN prep 38 O with
reservations NOUN NNS pobj 40 O reservation _
" PUNCT '' punct 38 O "
about ADP IN prep 38 O about
its PRON PRP$ poss 45 O its
cost NOUN NN pobj 43 O cost _
. PUNCT . punct 34 O . _
"""


def test_the_name_beside_a_partys_member_speaks() -> None:
    rows = Extractor().rows(frozen(_DEMOCRAT))
    assert [r.speaker for r in rows] == ["Tom Reyes", "Ann Whitfield"]
