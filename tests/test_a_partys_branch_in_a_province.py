"""`DA Western Cape spokesperson for education X`: a party's short form of two capitals that the
tagger leaves untagged, then a province's name (models/places.txt), before a title is the party's
branch there, the body the title is held in, as `ANC Gauteng` is with three. Frozen parse of a
sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# DA Western Cape spokesperson for education Lerato Mokoena said the schools had no water.
# "Children cannot learn like this," Mokoena said.
_BRANCH = """
DA PROPN NNP compound 3 O DA
Western PROPN NNP compound 2 B-LOC Western
Cape PROPN NNP compound 3 I-LOC Cape
spokesperson NOUN NN nsubj 8 O spokesperson
for ADP IN prep 3 O for
education NOUN NN pobj 4 O education
Lerato PROPN NNP compound 7 B-ORG Lerato
Mokoena PROPN NNP appos 3 I-ORG Mokoena
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
schools NOUN NNS nsubj 11 O school
had VERB VBD ccomp 8 O have
no DET DT det 13 O no
water NOUN NN dobj 11 O water _
. PUNCT . punct 8 O .
" PUNCT `` punct 25 O " _
Children NOUN NNS nsubj 19 O child
can AUX MD aux 19 O can _
not PART RB neg 19 O not
learn VERB VB ccomp 25 O learn
like ADP IN prep 19 O like
this PRON DT pobj 20 O this _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Mokoena PROPN NNP nsubj 25 B-ORG Mokoena
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_a_partys_branch_in_a_province() -> None:
    rows = Extractor().rows(frozen(_BRANCH))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Lerato Mokoena", "spokesperson for education", "DA Western Cape")
    ]
