"""`The Confederation of Zimbabwe Industries (CZI) president, Kurai Matsheza, said`, `A Department
of Health (DOH) spokesperson said`: the body given as the subject, with its short form in brackets
right after it, is no speaker; the person its title in small letters runs on to (or someone unnamed
in that job) is, past the brackets, as without them. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Confederation of Zimbabwe Industries (CZI) president, Kurai Matsheza, said members were
# "deeply concerned".
_CZI = """
The DET DT det 1 B-ORG the
Confederation PROPN NNP nsubj 13 I-ORG Confederation
of ADP IN prep 1 I-ORG of
Zimbabwe PROPN NNP compound 4 I-ORG Zimbabwe
Industries PROPN NNPS pobj 2 I-ORG Industries
( PUNCT -LRB- punct 4 O ( _
CZI PROPN NNP appos 4 B-ORG CZI _
) PUNCT -RRB- punct 4 O )
president NOUN NN appos 1 O president _
, PUNCT , punct 8 O ,
Kurai PROPN NNP compound 11 B-ORG Kurai
Matsheza PROPN NNP appos 8 I-ORG Matsheza _
, PUNCT , punct 13 O ,
said VERB VBD ROOT 13 O say
members NOUN NNS nsubjpass 18 O member
were AUX VBD auxpass 18 O be
" PUNCT `` punct 18 O " _
deeply ADV RB advmod 18 O deeply
concerned ADJ JJ ccomp 13 O concerned _
" PUNCT '' punct 18 O " _
. PUNCT . punct 13 O . _
"""

# A Department of Health (DOH) spokesperson said the clinics were "fully stocked".
_DOH = """
A DET DT det 1 O a
Department PROPN NNP nsubj 8 B-ORG Department
of ADP IN prep 1 I-ORG of
Health PROPN NNP nmod 7 I-ORG Health
( PUNCT -LRB- punct 5 O ( _
DOH PROPN NNP nmod 7 O DOH _
) PUNCT -RRB- punct 5 O )
spokesperson NOUN NN pobj 2 O spokesperson
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
clinics NOUN NNS nsubjpass 14 O clinic
were AUX VBD auxpass 14 O be
" PUNCT `` punct 14 O " _
fully ADV RB advmod 14 O fully
stocked VERB VBN ccomp 8 O stock _
" PUNCT '' punct 14 O " _
. PUNCT . punct 8 O . _
"""


def test_the_name_after_the_bodys_short_form_and_title_speaks() -> None:
    rows = Extractor().rows(frozen(_CZI))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Kurai Matsheza", "president", "Confederation of Zimbabwe Industries")
    ]


def test_an_unnamed_spokesperson_after_the_short_form_speaks() -> None:
    rows = Extractor().rows(frozen(_DOH))
    assert [(r.role, r.organization) for r in rows] == [("spokesperson", "Department of Health")]
