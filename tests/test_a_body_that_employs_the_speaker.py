"""`X, an engineer employed by Y`, `X, who is employed by Y`: the body tagged a body that employs
the person now is the organisation (ROLES.md 5: the body one works for); `who was employed by Y`,
a body since left, is none. Frozen parses of texts written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The reactor is safe," said Lars Holm, an engineer employed by Vattenfall.
_EMPLOYED = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
reactor NOUN NN nsubj 3 O reactor
is AUX VBZ ccomp 7 O be
safe ADJ JJ acomp 3 O safe _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Lars PROPN NNP compound 9 B-PERSON Lars
Holm PROPN NNP nsubj 7 I-PERSON Holm _
, PUNCT , punct 9 O ,
an DET DT det 12 O an
engineer NOUN NN appos 9 O engineer
employed VERB VBN acl 12 O employ
by ADP IN agent 13 O by
Vattenfall PROPN NNP pobj 14 B-ORG Vattenfall _
. PUNCT . punct 7 O . _
"""

# "The camp is full," said Lars Holm, who is employed by the Norwegian Refugee Council. "We need
# more tents."
_WHO_EMPLOYED = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
camp NOUN NN nsubj 3 O camp
is AUX VBZ ccomp 7 O be
full ADJ JJ acomp 3 O full _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Lars PROPN NNP compound 9 B-PERSON Lars
Holm PROPN NNP nsubj 7 I-PERSON Holm _
, PUNCT , punct 9 O ,
who PRON WP nsubjpass 13 O who
is AUX VBZ auxpass 13 O be
employed VERB VBN relcl 9 O employ
by ADP IN agent 13 O by
the DET DT det 18 B-ORG the
Norwegian PROPN NNP compound 18 I-ORG Norwegian
Refugee PROPN NNP compound 18 I-ORG Refugee
Council PROPN NNP pobj 14 I-ORG Council _
. PUNCT . punct 7 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 22 O we
need VERB VBP ROOT 22 O need
more ADJ JJR amod 24 O more
tents NOUN NNS dobj 22 O tent _
. PUNCT . punct 22 O . _
" PUNCT '' punct 22 O " _
"""

# "The reactor was safe," said Lars Holm, who was employed by Vattenfall until 2019.
_WAS_EMPLOYED = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
reactor NOUN NN nsubj 3 O reactor
was AUX VBD ccomp 7 O be
safe ADJ JJ acomp 3 O safe _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Lars PROPN NNP compound 9 B-PERSON Lars
Holm PROPN NNP nsubj 7 I-PERSON Holm _
, PUNCT , punct 9 O ,
who PRON WP nsubjpass 13 O who
was AUX VBD auxpass 13 O be
employed VERB VBN relcl 9 O employ
by ADP IN agent 13 O by
Vattenfall PROPN NNP pobj 14 B-ORG Vattenfall
until ADP IN prep 13 O until
2019 NUM CD pobj 16 B-DATE 2019 _
. PUNCT . punct 7 O . _
"""


def test_an_engineer_employed_by_a_body() -> None:
    rows = Extractor().rows(frozen(_EMPLOYED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Lars Holm", "engineer", "Vattenfall")]


def test_a_speaker_who_is_employed_by_a_body() -> None:
    rows = Extractor().rows(frozen(_WHO_EMPLOYED))
    assert {(r.speaker, r.organization) for r in rows} == {("Lars Holm", "Norwegian Refugee Council")}


def test_a_body_left_since_is_no_organisation() -> None:
    rows = Extractor().rows(frozen(_WAS_EMPLOYED))
    assert [(r.speaker, r.organization) for r in rows] == [("Lars Holm", "")]
