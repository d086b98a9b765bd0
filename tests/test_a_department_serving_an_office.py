"""`X, Director of Communications to the President,`: a department or a brief after `of` with the
office its holder serves after `to` is the holder's department in that office, no body (not
*Communications*); with a body after `at` the body is the organisation, as before. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The visit has not been cancelled," said Kwabena Asante, Director of Communications to the
# President, on Tuesday.
_PRESIDENT = """
" PUNCT `` punct 9 O " _
The DET DT det 2 O the
visit NOUN NN nsubjpass 6 O visit
has AUX VBZ aux 6 O have
not PART RB neg 6 O not
been AUX VBN auxpass 6 O be
cancelled VERB VBN ccomp 9 O cancel _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Kwabena PROPN NNP compound 11 B-PERSON Kwabena
Asante PROPN NNP nsubj 9 I-PERSON Asante _
, PUNCT , punct 11 O ,
Director PROPN NNP appos 11 O Director
of ADP IN prep 13 O of
Communications PROPN NNPS pobj 14 O Communications
to ADP IN prep 11 O to
the DET DT det 18 O the
President PROPN NNP pobj 16 O President _
, PUNCT , punct 11 O ,
on ADP IN prep 11 O on
Tuesday PROPN NNP pobj 20 B-DATE Tuesday _
. PUNCT . punct 9 O . _
"""

# "The budget is final," said Ama Boateng, Head of Communications at the Ministry of Finance.
_MINISTRY = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
budget NOUN NN nsubj 3 O budget
is AUX VBZ ccomp 7 O be
final ADJ JJ acomp 3 O final _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Ama PROPN NNP compound 9 B-PERSON Ama
Boateng PROPN NNP nsubj 7 I-PERSON Boateng _
, PUNCT , punct 9 O ,
Head PROPN NNP appos 9 O Head
of ADP IN prep 11 O of
Communications PROPN NNPS pobj 12 O Communications
at ADP IN prep 9 O at
the DET DT det 16 B-ORG the
Ministry PROPN NNP pobj 14 I-ORG Ministry
of ADP IN prep 16 I-ORG of
Finance PROPN NNP pobj 17 I-ORG Finance _
. PUNCT . punct 7 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_a_department_serving_an_office_is_no_body() -> None:
    assert _who(_PRESIDENT) == [("Kwabena Asante", "")]


def test_a_department_at_a_body_gives_the_body() -> None:
    assert _who(_MINISTRY) == [("Ama Boateng", "Ministry of Finance")]
