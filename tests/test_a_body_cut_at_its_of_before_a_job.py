"""`The Nigerian Union of Allied Health Professionals secretary-general, Dr X,`: a body's name
ending in its noun (`Union`), which the tagger cut at the `of` naming its members, the rest
tagged a body too and owning the job in small letters right after it, is one body, the
speaker's organisation (not *Allied Health Professionals*). The same name tagged whole gives the
same. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Nigerian Union of Allied Health Professionals secretary-general, Dr Obinna Eze, said: "We
# have waited two years for the arrears."
_NIGERIAN = """
The DET DT det 2 B-ORG the
Nigerian PROPN NNP compound 2 I-ORG Nigerian
Union PROPN NNP nsubj 15 I-ORG Union
of ADP IN prep 2 O of
Allied PROPN NNP compound 6 B-ORG Allied
Health PROPN NNP compound 6 I-ORG Health
Professionals PROPN NNPS pobj 3 I-ORG Professionals
secretary NOUN NN appos 2 O secretary _
- PUNCT HYPH punct 7 O - _
general ADJ JJ amod 7 O general _
, PUNCT , punct 7 O ,
Dr PROPN NNP compound 13 O Dr
Obinna PROPN NNP compound 13 B-PERSON Obinna
Eze PROPN NNP appos 7 I-PERSON Eze _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O :
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 20 O we
have AUX VBP aux 20 O have
waited VERB VBN ccomp 15 O wait
two NUM CD nummod 22 B-DATE two
years NOUN NNS dobj 20 I-DATE year
for ADP IN prep 20 O for
the DET DT det 25 O the
arrears NOUN NNS pobj 23 O arrear _
. PUNCT . punct 15 O . _
" PUNCT '' punct 15 O " _
"""

# The Kenya Union of Allied Health Professionals chairman, Peter Wafula, said: "Our members will
# stay home."
_KENYAN = """
The DET DT det 2 B-ORG the
Kenya PROPN NNP compound 2 I-ORG Kenya
Union PROPN NNP nsubj 12 I-ORG Union
of ADP IN prep 2 I-ORG of
Allied PROPN NNP compound 6 I-ORG Allied
Health PROPN NNP compound 6 I-ORG Health
Professionals PROPN NNPS compound 7 I-ORG Professionals
chairman NOUN NN pobj 3 O chairman _
, PUNCT , punct 7 O ,
Peter PROPN NNP compound 10 B-PERSON Peter
Wafula PROPN NNP appos 7 I-PERSON Wafula _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
Our PRON PRP$ poss 16 O our
members NOUN NNS nsubj 18 O member
will AUX MD aux 18 O will
stay VERB VB ccomp 12 O stay
home ADV RB advmod 18 O home _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
"""


def test_a_body_cut_at_its_of_before_a_job_is_one_body() -> None:
    rows = Extractor().rows(frozen(_NIGERIAN))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Obinna Eze", "secretary-general", "Nigerian Union of Allied Health Professionals")
    ]


def test_the_same_body_tagged_whole_is_unchanged() -> None:
    rows = Extractor().rows(frozen(_KENYAN))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Peter Wafula", "chairman", "Kenya Union of Allied Health Professionals")
    ]
