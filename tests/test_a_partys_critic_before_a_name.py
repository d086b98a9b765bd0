"""`NDP critic Peter Julian said`, `Opposition critic for health Luc Berthold said`: a critic is a
post in Canadian parliaments, a party's member who shadows a minister; between a party or a bench
in capitals and a person's name, or with the field after its `for` before the name, `critic` is
the role (as `NDP health critic` was), and the person named speaks, not the words before the
name. A critic of something, no name after, stays no role. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The budget fails families," NDP critic Peter Julian said.
_NDP_CRITIC = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
budget NOUN NN nsubj 3 O budget
fails VERB VBZ ccomp 11 O fail
families NOUN NNS dobj 3 O family _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
NDP ADJ JJ amod 8 B-ORG ndp
critic NOUN NN compound 10 O critic
Peter PROPN NNP compound 10 B-PERSON Peter
Julian PROPN NNP nsubj 11 I-PERSON Julian
said VERB VBD ROOT 11 O say _
. PUNCT . punct 11 O . _
"""

# "Wait times are a disgrace," Opposition critic for health Luc Berthold said.
_CRITIC_FOR_HEALTH = """
" PUNCT `` punct 14 O " _
Wait VERB VB compound 2 O wait
times NOUN NNS nsubj 3 O time
are AUX VBP ccomp 14 O be
a DET DT det 5 O a
disgrace NOUN NN attr 3 O disgrace _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Opposition NOUN NN compound 9 O opposition
critic NOUN NN nsubj 14 O critic
for ADP IN prep 9 O for
health NOUN NN compound 13 O health
Luc PROPN NNP compound 13 B-PERSON Luc
Berthold PROPN NNP pobj 10 I-PERSON Berthold
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# "He is wrong," said Jane Moore, a Liberal critic of the plan.
_CRITIC_OF_THE_PLAN = """
" PUNCT `` punct 6 O " _
He PRON PRP nsubj 2 O he
is AUX VBZ ccomp 6 O be
wrong ADJ JJ acomp 2 O wrong _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Jane PROPN NNP compound 8 B-PERSON Jane
Moore PROPN NNP nsubj 6 I-PERSON Moore _
, PUNCT , punct 8 O ,
a DET DT det 12 O a
Liberal ADJ JJ amod 12 B-ORG liberal
critic NOUN NN appos 8 O critic
of ADP IN prep 12 O of
the DET DT det 15 O the
plan NOUN NN pobj 13 O plan _
. PUNCT . punct 6 O . _
"""


def test_a_partys_critic_before_the_name() -> None:
    rows = Extractor().rows(frozen(_NDP_CRITIC))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Peter Julian", "critic", "NDP")]


def test_a_critic_for_a_field_before_the_name() -> None:
    rows = Extractor().rows(frozen(_CRITIC_FOR_HEALTH))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [
        ("Luc Berthold", "Opposition critic for health", "Luc Berthold")
    ]


def test_a_critic_of_a_plan_is_no_post() -> None:
    rows = Extractor().rows(frozen(_CRITIC_OF_THE_PLAN))
    assert [(r.speaker, r.role) for r in rows] == [("Jane Moore", "")]
