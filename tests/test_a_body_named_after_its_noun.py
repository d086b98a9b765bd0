"""A body's name set beside its noun after a person (`of the group Pamalakaya`, `of the union
Amcu`) is the body they are of: it wins over a word opening the sentence before their job, which
is then the job's (*Fisherfolk leader*), and holds though the tagger calls the name a person.
Frozen parses of stories written for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Fisherfolk leader Pablo Rosales of the group Pamalakaya said the ban would hurt families.
# "We will starve," he said.
_FISHERFOLK = """
Fisherfolk PROPN NNP compound 1 O Fisherfolk
leader NOUN NN compound 3 O leader
Pablo PROPN NNP compound 3 B-PERSON Pablo
Rosales PROPN NNP nsubj 8 I-PERSON Rosales
of ADP IN prep 3 O of
the DET DT det 6 O the
group NOUN NN pobj 4 O group
Pamalakaya PROPN NNP appos 3 B-PERSON Pamalakaya
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
ban NOUN NN nsubj 12 O ban
would AUX MD aux 12 O would
hurt VERB VB ccomp 8 O hurt
families NOUN NNS dobj 12 O family _
. PUNCT . punct 8 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
starve VERB VB ccomp 22 O starve _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
he PRON PRP nsubj 22 O he
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""

# Miners leader Thabo Nkosi of the union Amcu said the strike would continue.
# "We will not go back," he said.
_MINERS = """
Miners NOUN NNS compound 1 B-ORG miner
leader NOUN NN compound 3 O leader
Thabo PROPN NNP compound 3 B-PERSON Thabo
Nkosi PROPN NNP nsubj 8 I-PERSON Nkosi
of ADP IN prep 3 O of
the DET DT det 6 O the
union NOUN NN pobj 4 O union
Amcu PROPN NNP nsubj 8 B-PERSON Amcu
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
strike NOUN NN nsubj 12 O strike
would AUX MD aux 12 O would
continue VERB VB ccomp 8 O continue _
. PUNCT . punct 8 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 18 O we
will AUX MD aux 18 O will
not PART RB neg 18 O not
go VERB VB ccomp 23 O go
back ADV RB advmod 18 O back _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_the_body_after_the_name_wins_over_an_opening_word() -> None:
    rows = Extractor().rows(frozen(_FISHERFOLK))
    assert {(r.speaker, r.role, r.organization) for r in rows} == {
        ("Pablo Rosales", "Fisherfolk leader", "Pamalakaya")
    }


def test_a_name_tagged_a_person_after_a_bodys_noun_is_the_body() -> None:
    rows = Extractor().rows(frozen(_MINERS))
    assert {(r.speaker, r.role, r.organization) for r in rows} == {("Thabo Nkosi", "Miners leader", "Amcu")}
