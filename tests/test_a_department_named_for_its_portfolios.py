"""`a spokeswoman for the Department of Agriculture, Food and the Marine`: a department or a
ministry named for the portfolios it holds, listed with commas, which the tagger tagged only up
to the comma's last item (`the Department of Agriculture, Food`), is the whole name, over `and`,
a `the` and the last portfolio's words in capitals. A department whose name holds no comma,
followed by `and` and a second body, stays itself. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The scheme is badly designed," said Mary Walsh, a spokeswoman for the Department of
# Agriculture, Food and the Marine.
_MARINE = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
scheme NOUN NN nsubjpass 5 O scheme
is AUX VBZ auxpass 5 O be
badly ADV RB advmod 5 O badly
designed VERB VBN ccomp 8 O design _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Mary PROPN NNP compound 10 B-PERSON Mary
Walsh PROPN NNP nsubj 8 I-PERSON Walsh _
, PUNCT , punct 10 O ,
a DET DT det 13 O a
spokeswoman NOUN NN appos 10 O spokeswoman
for ADP IN prep 13 O for
the DET DT det 16 B-ORG the
Department PROPN NNP pobj 14 I-ORG Department
of ADP IN prep 16 I-ORG of
Agriculture PROPN NNP pobj 17 I-ORG Agriculture _
, PUNCT , punct 18 I-ORG ,
Food PROPN NNP conj 18 I-ORG Food
and CCONJ CC cc 20 O and
the DET DT det 23 O the
Marine PROPN NNP conj 20 B-ORG Marine _
. PUNCT . punct 8 O . _
"""

# "Planning rules will change," said Ciara Byrne, an official at the Department of Housing, Local
# Government and Heritage.
_HERITAGE = """
" PUNCT `` punct 7 O " _
Planning NOUN NN compound 2 O planning
rules NOUN NNS nsubj 4 O rule
will AUX MD aux 4 O will
change VERB VB ccomp 7 O change _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Ciara PROPN NNP compound 9 B-PERSON Ciara
Byrne PROPN NNP nsubj 7 I-PERSON Byrne _
, PUNCT , punct 9 O ,
an DET DT det 12 O an
official NOUN NN appos 9 O official
at ADP IN prep 12 O at
the DET DT det 15 B-ORG the
Department PROPN NNP pobj 13 I-ORG Department
of ADP IN prep 15 I-ORG of
Housing PROPN NNP pobj 16 I-ORG Housing _
, PUNCT , punct 17 I-ORG ,
Local PROPN NNP compound 20 I-ORG Local
Government PROPN NNP conj 17 I-ORG Government
and CCONJ CC cc 20 O and
Heritage PROPN NNP conj 20 O Heritage _
. PUNCT . punct 7 O . _
"""

# "We will help," said Ann Lee, a spokeswoman for the Department of Health, Oxfam and the Red
# Cross.
_SECOND_BODY = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
help VERB VB ccomp 6 O help _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Ann PROPN NNP compound 8 B-PERSON Ann
Lee PROPN NNP nsubj 6 I-PERSON Lee _
, PUNCT , punct 8 O ,
a DET DT det 11 O a
spokeswoman NOUN NN appos 8 O spokeswoman
for ADP IN prep 11 O for
the DET DT det 14 B-ORG the
Department PROPN NNP pobj 12 I-ORG Department
of ADP IN prep 14 I-ORG of
Health PROPN NNP pobj 15 I-ORG Health _
, PUNCT , punct 14 O ,
Oxfam PROPN NNP conj 14 B-LOC Oxfam
and CCONJ CC cc 18 O and
the DET DT det 22 B-ORG the
Red PROPN NNP compound 22 I-ORG Red
Cross PROPN NNP conj 18 I-ORG Cross _
. PUNCT . punct 6 O . _
"""


def test_the_last_portfolio_after_and_the_is_the_departments() -> None:
    rows = Extractor().rows(frozen(_MARINE))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("Mary Walsh", "Department of Agriculture, Food and the Marine")
    ]


def test_the_last_portfolio_after_and_is_the_departments() -> None:
    rows = Extractor().rows(frozen(_HERITAGE))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("Ciara Byrne", "Department of Housing, Local Government and Heritage")
    ]


def test_a_body_after_a_department_with_no_list_stays_apart() -> None:
    rows = Extractor().rows(frozen(_SECOND_BODY))
    assert [(r.speaker, r.organization) for r in rows] == [("Ann Lee", "Department of Health")]
