"""A seat in a house that makes laws, given by the house's name (`Tunde Bakare, a member of the Ogun
State House of Assembly,`), is a legislator's job, so `the lawmaker said` in the
next paragraph is that member, as it is `Rep. X` (models/legislatures.txt, job_families.txt).
Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tunde Bakare, a member of the Ogun State House of Assembly, has quit the ruling party. /
# / "I will not be humiliated," the lawmaker said.
_A_SEAT_IN_A_HOUSE = """
Tunde PROPN NNP compound 1 O Tunde
Bakare PROPN NNP nsubj 14 B-ORG Bakare _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
member NOUN NN appos 1 O member
of ADP IN prep 4 O of
the DET DT det 9 B-ORG the
Ogun PROPN NNP compound 8 I-ORG Ogun
State PROPN NNP compound 9 I-ORG State
House PROPN NNP pobj 5 I-ORG House
of ADP IN prep 9 I-ORG of
Assembly PROPN NNP pobj 10 I-ORG Assembly _
, PUNCT , punct 1 O ,
has AUX VBZ aux 14 O have
quit VERB VBN ROOT 14 O quit
the DET DT det 17 O the
ruling VERB VBG amod 17 O rule
party NOUN NN dobj 14 O party _
. PUNCT . punct 14 O . _
<paragraph> SPACE _SP dep 18 O <paragraph> _
" PUNCT `` punct 30 O " _
I PRON PRP nsubjpass 25 O I
will AUX MD aux 25 O will
not PART RB neg 25 O not
be AUX VB auxpass 25 O be
humiliated VERB VBN ccomp 30 O humiliate _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
the DET DT det 29 O the
lawmaker NOUN NN nsubj 30 O lawmaker
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""


def test_the_lawmaker_is_the_member_of_a_house_named_before() -> None:
    rows = Extractor().rows(frozen(_A_SEAT_IN_A_HOUSE))
    assert [r.speaker for r in rows] == ["Tunde Bakare"]
