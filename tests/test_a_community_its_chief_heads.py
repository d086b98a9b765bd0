"""`X, chief of the Kolleh Town community,`: a community named in capitals that a role's `of`
says its holder heads (a chief, a headman) is the body the holder answers to, as a village
council is, whatever the tagger called its name (a place, a building): the organisation is
*Kolleh Town community*. A member of a community lives there and holds no office over it: no
organisation. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We are afraid the river will rise again," said Aminata Sesay, chief of the Kolleh Town
# community.
_CHIEF = """
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 11 O be
afraid ADJ JJ acomp 2 O afraid
the DET DT det 5 O the
river NOUN NN nsubj 7 O river
will AUX MD aux 7 O will
rise VERB VB ccomp 3 O rise
again ADV RB advmod 7 O again _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Aminata PROPN NNP compound 13 B-PERSON Aminata
Sesay PROPN NNP nsubj 11 I-PERSON Sesay _
, PUNCT , punct 13 O ,
chief NOUN NN appos 13 O chief
of ADP IN prep 15 O of
the DET DT det 20 O the
Kolleh PROPN NNP compound 19 B-ORG Kolleh
Town PROPN NNP compound 20 O Town
community NOUN NN pobj 16 O community _
. PUNCT . punct 11 O . _
"""

# Ram Prasad, headman of the Rampur village community, said the well had run dry. "We walk four
# miles for water," he said.
_HEADMAN = """
Ram PROPN NNP compound 1 B-PERSON Ram
Prasad PROPN NNP nsubj 10 I-PERSON Prasad _
, PUNCT , punct 1 O ,
headman NOUN NN appos 1 O headman
of ADP IN prep 3 O of
the DET DT det 8 O the
Rampur PROPN NNP compound 8 B-PERSON Rampur
village NOUN NN compound 8 O village
community NOUN NN pobj 4 O community _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
well NOUN NN nsubj 14 O well
had AUX VBD aux 14 O have
run VERB VBN ccomp 10 O run
dry ADJ JJ acomp 14 O dry _
. PUNCT . punct 10 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 19 O we
walk VERB VBP ccomp 27 O walk
four NUM CD nummod 21 B-QUANTITY four
miles NOUN NNS dobj 19 I-QUANTITY mile
for ADP IN prep 19 O for
water NOUN NN pobj 22 O water _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# Aminata Sesay, a member of the Kolleh Town community, said the river rose at night. "We lost
# everything," she said.
_MEMBER = """
Aminata PROPN NNP compound 1 B-PERSON Aminata
Sesay PROPN NNP nsubj 11 I-PERSON Sesay _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
member NOUN NN appos 1 O member
of ADP IN prep 4 O of
the DET DT det 9 O the
Kolleh PROPN NNP compound 8 B-ORG Kolleh
Town PROPN NNP compound 9 O Town
community NOUN NN pobj 5 O community _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
river NOUN NN nsubj 14 O river
rose VERB VBD ccomp 11 O rise
at ADP IN prep 14 O at
night NOUN NN pobj 15 B-TIME night _
. PUNCT . punct 11 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 20 O we
lost VERB VBD ccomp 25 O lose
everything PRON NN dobj 20 O everything _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
she PRON PRP nsubj 25 O she
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_the_community_its_chief_heads_is_the_organisation() -> None:
    rows = Extractor().rows(frozen(_CHIEF))
    assert [(r.speaker, r.organization) for r in rows] == [("Aminata Sesay", "Kolleh Town community")]


def test_the_community_its_headman_heads_is_the_organisation() -> None:
    rows = Extractor().rows(frozen(_HEADMAN))
    assert [(r.speaker, r.organization) for r in rows] == [("Ram Prasad", "Rampur village community")]


def test_a_member_of_a_community_has_no_organisation() -> None:
    rows = Extractor().rows(frozen(_MEMBER))
    assert [(r.speaker, r.organization) for r in rows] == [("Aminata Sesay", "")]
