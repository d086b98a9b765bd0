"""`Sipho Dlamini, a lawyer representing the National Union of Metalworkers of South Africa,`:
a job whose noun a participle of representing follows, its object a body's name, represents
that body (ROLES.md 5; descriptors._body_the_job_represents), also where the role holds the
participle (`Counsel representing the Kenya Revenue Authority, Ms X,`). Frozen parses of texts
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will appeal the ruling," said Sipho Dlamini, a lawyer representing the National Union of
# Metalworkers of South Africa.
_A_LAWYER_REPRESENTING = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
appeal VERB VB ccomp 8 O appeal
the DET DT det 5 O the
ruling NOUN NN dobj 3 O ruling _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Sipho PROPN NNP compound 10 B-PERSON Sipho
Dlamini PROPN NNP nsubj 8 I-PERSON Dlamini _
, PUNCT , punct 10 O ,
a DET DT det 13 O a
lawyer NOUN NN appos 10 O lawyer
representing VERB VBG acl 13 O represent
the DET DT det 17 B-ORG the
National PROPN NNP compound 17 I-ORG National
Union PROPN NNP dobj 14 I-ORG Union
of ADP IN prep 17 I-ORG of
Metalworkers PROPN NNP pobj 18 I-ORG Metalworkers
of ADP IN prep 19 I-ORG of
South PROPN NNP compound 22 I-ORG South
Africa PROPN NNP pobj 20 I-ORG Africa _
. PUNCT . punct 8 O . _
"""

# Counsel representing the Kenya Revenue Authority, Ms Akinyi Odhiambo, told the court the tax
# was due. "The company owes Sh2 billion," she said.
_COUNSEL_REPRESENTING = """
Counsel NOUN NN nsubj 11 O counsel
representing VERB VBG acl 0 O represent
the DET DT det 5 B-ORG the
Kenya PROPN NNP compound 4 I-ORG Kenya
Revenue PROPN NNP compound 5 I-ORG Revenue
Authority PROPN NNP dobj 1 I-ORG Authority _
, PUNCT , punct 5 O ,
Ms PROPN NNP compound 8 O Ms
Akinyi PROPN NNP compound 9 O Akinyi
Odhiambo PROPN NNP appos 5 O Odhiambo _
, PUNCT , punct 5 O ,
told VERB VBD ROOT 11 O tell
the DET DT det 13 O the
court NOUN NN dobj 11 O court
the DET DT det 15 O the
tax NOUN NN nsubj 16 O tax
was AUX VBD ccomp 11 O be
due ADJ JJ acomp 16 O due _
. PUNCT . punct 11 O .
" PUNCT `` punct 22 O " _
The DET DT det 21 O the
company NOUN NN nsubj 22 O company
owes VERB VBZ ccomp 28 O owe
Sh2 NOUN NN compound 24 O sh2
billion NUM CD dobj 22 O billion _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
she PRON PRP nsubj 28 O she
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""


def test_a_lawyer_representing_a_body_is_of_that_body() -> None:
    rows = Extractor().rows(frozen(_A_LAWYER_REPRESENTING))
    assert [(r.role, r.organization) for r in rows] == [
        ("lawyer", "National Union of Metalworkers of South Africa")
    ]


def test_counsel_representing_a_body_before_the_name_is_of_that_body() -> None:
    rows = Extractor().rows(frozen(_COUNSEL_REPRESENTING))
    assert [(r.speaker, r.organization) for r in rows] == [("Akinyi Odhiambo", "Kenya Revenue Authority")]
