"""`said Queensland Nurses and Midwives' Union secretary Beth Mohle`: a body's name listing its
members in the plural, joined by `and`, the last with its possessive mark, that the tagger cut
at the `and` (`Queensland Nurses` tagged alone, or `Lecturers' Federation` tagged apart) is one
name, and the person after its job speaks, though the parser made the body's first words the
subject and the person a conjunct of them: not *Queensland Nurses* speaking for itself. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Hospitals in Brisbane are full. "Nurses are exhausted," said Queensland Nurses and Midwives'
# Union secretary Beth Mohle.
_NURSES = """
Hospitals NOUN NNS nsubj 3 O hospital
in ADP IN prep 0 O in
Brisbane PROPN NNP pobj 1 B-GPE Brisbane
are AUX VBP ROOT 3 O be
full ADJ JJ acomp 3 O full _
. PUNCT . punct 3 O .
" PUNCT `` punct 12 O " _
Nurses NOUN NNS nsubjpass 9 O nurse
are AUX VBP auxpass 9 O be
exhausted VERB VBN ccomp 12 O exhaust _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
said VERB VBD ROOT 12 O say
Queensland PROPN NNP compound 14 B-ORG Queensland
Nurses PROPN NNP nsubj 12 I-ORG Nurses
and CCONJ CC cc 14 O and
Midwives PROPN NNP poss 19 O Midwives _
' PART POS case 16 O '
Union PROPN NNP compound 19 O Union
secretary NOUN NN compound 21 O secretary
Beth PROPN NNP compound 21 B-PERSON Beth
Mohle PROPN NNP conj 14 I-PERSON Mohle _
. PUNCT . punct 12 O . _
"""


# Teachers rallied outside parliament. "Enough is enough," said New South Wales Teachers and
# Lecturers' Federation president Ana Ruiz.
_TEACHERS = """
Teachers NOUN NNS nsubj 1 O teacher
rallied VERB VBD ROOT 1 O rally
outside ADJ JJ amod 3 O outside
parliament NOUN NN dobj 1 O parliament _
. PUNCT . punct 1 O .
" PUNCT `` punct 11 O " _
Enough ADJ JJ nsubj 7 O enough
is AUX VBZ ccomp 11 O be
enough ADJ JJ acomp 7 O enough _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
New PROPN NNP compound 15 B-ORG New
South PROPN NNP compound 14 I-ORG South
Wales PROPN NNP nmod 15 I-ORG Wales
Teachers PROPN NNPS poss 20 I-ORG Teachers
and CCONJ CC cc 15 O and
Lecturers PROPN NNP conj 15 B-ORG Lecturers _
' PART POS case 17 I-ORG '
Federation PROPN NNP compound 20 I-ORG Federation
president NOUN NN compound 22 O president
Ana PROPN NNP compound 22 B-PERSON Ana
Ruiz PROPN NNP nsubj 11 I-PERSON Ruiz _
. PUNCT . punct 11 O . _
"""


def test_the_holder_after_the_bodys_job_speaks() -> None:
    rows = Extractor().rows(frozen(_NURSES))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Beth Mohle", "secretary", "Queensland Nurses and Midwives' Union")
    ]


def test_members_listed_in_the_plural_are_one_body() -> None:
    rows = Extractor().rows(frozen(_TEACHERS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Ruiz", "president", "New South Wales Teachers and Lecturers' Federation")
    ]
