"""`Police-constable Harris said … “…,” said the constable.`: archive text joins a rank to the
force's noun with a hyphen; the description by the rank alone is the one the story gave it, not
a new speaker (nor the defendant named before). A rank's own hyphen names no other job:
`Vice-chairman Harris` is no `the chairman`. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Margaret Owen, 63, was fined for obstructing the footway.  Police-constable Harris said he saw
# her blocking the entrance to the market. "She refused to move on," said the constable.
_FOOTWAY = """
Margaret PROPN NNP compound 1 B-PERSON Margaret
Owen PROPN NNP nsubjpass 6 I-PERSON Owen _
, PUNCT , punct 1 O ,
63 NUM CD appos 1 B-DATE 63 _
, PUNCT , punct 1 O ,
was AUX VBD auxpass 6 O be
fined VERB VBN ROOT 6 O fin
for ADP IN prep 6 O for
obstructing VERB VBG pcomp 7 O obstruct
the DET DT det 10 O the
footway NOUN NN dobj 8 O footway _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
Police NOUN NN npadvmod 15 O police _
- PUNCT HYPH punct 15 O - _
constable ADJ JJ amod 16 O constable
Harris PROPN NNP nsubj 17 B-PERSON Harris
said VERB VBD ROOT 17 O say
he PRON PRP nsubj 19 O he
saw VERB VBD ccomp 17 O see
her PRON PRP nsubj 21 O she
blocking VERB VBG ccomp 19 O block
the DET DT det 23 O the
entrance NOUN NN dobj 21 O entrance
to ADP IN prep 23 O to
the DET DT det 26 O the
market NOUN NN pobj 24 O market _
. PUNCT . punct 17 O .
" PUNCT `` punct 36 O " _
She PRON PRP nsubj 30 O she
refused VERB VBD ccomp 36 O refuse
to PART TO aux 32 O to
move VERB VB xcomp 30 O move
on ADV RB advmod 32 O on _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
said VERB VBD ROOT 36 O say
the DET DT det 38 O the
constable NOUN NN nsubj 36 O constable _
. PUNCT . punct 36 O . _
"""

# Two youths were charged with damaging a shop window in Castle Street.  Police-sergeant Lloyd
# said he found them near the shop at midnight. "They ran off when they saw me," said the
# sergeant.
_WINDOW = """
Two NUM CD nummod 1 B-CARDINAL two
youths NOUN NNS nsubjpass 3 O youth
were AUX VBD auxpass 3 O be
charged VERB VBN ROOT 3 O charge
with ADP IN prep 3 O with
damaging VERB VBG pcomp 4 O damage
a DET DT det 8 O a
shop NOUN NN compound 8 O shop
window NOUN NN dobj 5 O window
in ADP IN prep 8 O in
Castle PROPN NNP compound 11 B-FAC Castle
Street PROPN NNP pobj 9 I-FAC Street _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
Police NOUN NN compound 16 O police _
- PUNCT HYPH punct 16 O - _
sergeant NOUN NN compound 17 O sergeant
Lloyd PROPN NNP nsubj 18 B-PERSON Lloyd
said VERB VBD ROOT 18 O say
he PRON PRP nsubj 20 O he
found VERB VBD ccomp 18 O find
them PRON PRP dobj 20 O they
near ADP IN prep 20 O near
the DET DT det 24 O the
shop NOUN NN pobj 22 O shop
at ADP IN prep 20 O at
midnight NOUN NN pobj 25 B-TIME midnight _
. PUNCT . punct 18 O .
" PUNCT `` punct 30 O " _
They PRON PRP nsubj 30 O they
ran VERB VBD ccomp 38 O run
off ADP RP prt 30 O off
when SCONJ WRB advmod 34 O when
they PRON PRP nsubj 34 O they
saw VERB VBD advcl 30 O see
me PRON PRP dobj 34 O I _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
said VERB VBD ROOT 38 O say
the DET DT det 40 O the
sergeant NOUN NN nsubj 38 O sergeant _
. PUNCT . punct 38 O . _
"""

# The Guardians discussed the cost of the new infirmary.  Vice-chairman Harris said the rates
# would rise. "We have no choice," said the chairman.
_INFIRMARY = """
The DET DT det 1 O the
Guardians PROPN NNPS nsubj 2 B-ORG Guardians
discussed VERB VBD ROOT 2 O discuss
the DET DT det 4 O the
cost NOUN NN dobj 2 O cost
of ADP IN prep 4 O of
the DET DT det 8 O the
new ADJ JJ amod 8 O new
infirmary NOUN NN pobj 5 O infirmary _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Vice PROPN NNP compound 13 O Vice _
- NOUN NN compound 13 O - _
chairman NOUN NN compound 14 O chairman
Harris PROPN NNP nsubj 15 B-PERSON Harris
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
rates NOUN NNS nsubj 19 O rate
would AUX MD aux 19 O would
rise VERB VB ccomp 15 O rise _
. PUNCT . punct 15 O .
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 23 O we
have VERB VBP ccomp 28 O have
no DET DT det 25 O no
choice NOUN NN dobj 23 O choice _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
said VERB VBD ROOT 28 O say
the DET DT det 30 O the
chairman NOUN NN nsubj 28 O chairman _
. PUNCT . punct 28 O . _
"""


def test_the_constable_is_the_police_constable_named_before() -> None:
    rows = Extractor().rows(frozen(_FOOTWAY))
    assert [(r.speaker, r.role) for r in rows] == [("Harris", "Police-constable")]


def test_the_sergeant_is_the_police_sergeant_named_before() -> None:
    rows = Extractor().rows(frozen(_WINDOW))
    assert [(r.speaker, r.role) for r in rows] == [("Lloyd", "Police-sergeant")]


def test_a_vice_chairman_is_not_the_chairman() -> None:
    rows = Extractor().rows(frozen(_INFIRMARY))
    assert [r.speaker for r in rows] != ["Harris"]
