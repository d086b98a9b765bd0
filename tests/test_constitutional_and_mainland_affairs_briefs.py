"""`Secretary for Constitutional and Mainland Affairs X said` (Hong Kong's style), `Minister for
Constitutional Affairs X`: constitutional and mainland are briefs of a government's affairs offices,
so the portfolio the tagger tags a body is the holder's title, not his organisation. Before, the
organisation was the portfolio (*Constitutional and Mainland Affairs*). A council named for the brief
(`the Mainland Affairs Council`) is still a body. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Secretary for Constitutional and Mainland Affairs Erick Tsang said the bill would be tabled next
# week. "We have listened to every district," he said.
_CONSTITUTIONAL_AND_MAINLAND = """
Secretary PROPN NNP nmod 7 O Secretary
for ADP IN prep 0 O for
Constitutional PROPN NNP pobj 1 B-ORG Constitutional
and CCONJ CC cc 2 I-ORG and
Mainland PROPN NNP compound 5 I-ORG Mainland
Affairs PROPN NNPS conj 2 I-ORG Affairs
Erick PROPN NNP compound 7 B-PERSON Erick
Tsang PROPN NNP nsubj 8 I-PERSON Tsang
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
bill NOUN NN nsubjpass 13 O bill
would AUX MD aux 13 O would
be AUX VB auxpass 13 O be
tabled VERB VBN ccomp 8 O table
next ADJ JJ amod 15 B-DATE next
week NOUN NN npadvmod 13 I-DATE week _
. PUNCT . punct 8 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 20 O we
have AUX VBP aux 20 O have
listened VERB VBN ccomp 27 O listen
to ADP IN prep 20 O to
every DET DT det 23 O every
district NOUN NN pobj 21 O district _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
he PRON PRP nsubj 27 O he
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# Minister for Constitutional Affairs Ana Toala said the review was complete. "The people will
# decide," she said.
_CONSTITUTIONAL_AFFAIRS = """
Minister PROPN NNP nmod 5 O Minister
for ADP IN prep 0 O for
Constitutional PROPN NNP compound 3 O Constitutional
Affairs PROPN NNPS pobj 1 O Affairs
Ana PROPN NNP compound 5 O Ana
Toala PROPN NNP nsubj 6 B-ORG Toala
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
review NOUN NN nsubj 9 O review
was AUX VBD ccomp 6 O be
complete ADJ JJ acomp 9 O complete _
. PUNCT . punct 6 O .
" PUNCT `` punct 20 O " _
The DET DT det 14 O the
people NOUN NNS nsubj 16 O people
will AUX MD aux 16 O will
decide VERB VB ccomp 20 O decide _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
she PRON PRP nsubj 20 O she
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# Tom Lee, a spokesman for the Mainland Affairs Council, said talks would resume. "We remain
# open," he said.
_A_COUNCIL_NAMED_FOR_THE_BRIEF = """
Tom PROPN NNP compound 1 B-PERSON Tom
Lee PROPN NNP nsubj 11 I-PERSON Lee _
, PUNCT , punct 1 O ,
a DET DT det 4 O a
spokesman NOUN NN appos 1 O spokesman
for ADP IN prep 4 O for
the DET DT det 9 B-ORG the
Mainland PROPN NNP compound 8 I-ORG Mainland
Affairs PROPN NNPS compound 9 I-ORG Affairs
Council PROPN NNP pobj 5 I-ORG Council _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 11 O say
talks NOUN NNS nsubj 14 O talk
would AUX MD aux 14 O would
resume VERB VB ccomp 11 O resume _
. PUNCT . punct 11 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 18 O we
remain VERB VBP ccomp 23 O remain
open ADJ JJ acomp 18 O open _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_constitutional_and_mainland_affairs_is_the_secretarys_portfolio() -> None:
    rows = Extractor().rows(frozen(_CONSTITUTIONAL_AND_MAINLAND))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Erick Tsang", "Secretary for Constitutional and Mainland Affairs", "")
    ]


def test_constitutional_affairs_is_the_ministers_portfolio() -> None:
    rows = Extractor().rows(frozen(_CONSTITUTIONAL_AFFAIRS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Toala", "Minister for Constitutional Affairs", "")
    ]


def test_a_council_named_for_the_brief_is_a_body() -> None:
    rows = Extractor().rows(frozen(_A_COUNCIL_NAMED_FOR_THE_BRIEF))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Lee", "Mainland Affairs Council")]
