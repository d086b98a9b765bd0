"""A number right after a body's noun in capitals is in the body's name (`Police Regional Office 6
director X` → *director* / *Police Regional Office 6*), as a union's numbered local is. Frozen
parse of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Police Regional Office 6 director Brig. Gen. Ramon Dizon said the officers were disarmed.
# "Nobody is above the law," Dizon said.
_DIRECTOR = """
Police PROPN NNP nmod 2 B-ORG Police
Regional PROPN NNP compound 2 I-ORG Regional
Office PROPN NNP nmod 8 I-ORG Office
6 NUM CD nummod 4 B-CARDINAL 6
director NOUN NN compound 8 O director
Brig. PROPN NNP compound 6 B-GPE Brig.
Gen. PROPN NNP compound 8 O Gen.
Ramon PROPN NNP compound 8 B-PERSON Ramon
Dizon PROPN NNP nsubj 9 I-PERSON Dizon
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
officers NOUN NNS nsubjpass 13 O officer
were AUX VBD auxpass 13 O be
disarmed VERB VBN ccomp 9 O disarm _
. PUNCT . punct 9 O .
" PUNCT `` punct 24 O " _
Nobody PRON NN nsubj 17 O nobody
is AUX VBZ ccomp 24 O be
above ADP IN prep 17 O above
the DET DT det 20 O the
law NOUN NN pobj 18 O law _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Dizon PROPN NNP nsubj 24 B-PERSON Dizon
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_number_after_a_bodys_noun_is_in_its_name() -> None:
    (row,) = Extractor().rows(frozen(_DIRECTOR))
    expected = ("Ramon Dizon", "director", "Police Regional Office 6")
    assert (row.speaker, row.role, row.organization) == expected
