"""`China's foreign ministry spokesman X`: a place owns no job, so its possessive says no employer
by itself; but a body's noun between it and the job (`foreign ministry`) is the body the job is in,
and the place says whose body it is, as `a spokesman for China's foreign ministry` reads (ROLES.md
5: a possessive or pre-modifier ties the person to the body; 4: the organisation is stripped from
the role). A job the place owns with no body's noun (`Nigeria's finance minister`) names none.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We reject the claims," China's foreign ministry spokesman Wang Lei told a regular briefing.
_TITLE = """
" PUNCT `` punct 14 O " _
We PRON PRP nsubj 2 O we
reject VERB VBP ccomp 14 O reject
the DET DT det 4 O the
claims NOUN NNS dobj 2 O claim _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
China PROPN NNP poss 11 B-GPE China _
's PART POS case 7 O 's
foreign PROPN NNP compound 10 O foreign
ministry PROPN NNP compound 11 O ministry
spokesman NOUN NN nsubj 14 O spokesman
Wang PROPN NNP compound 13 B-PERSON Wang
Lei PROPN NNP appos 11 I-PERSON Lei
told VERB VBD ROOT 14 O tell
a DET DT det 17 O a
regular ADJ JJ amod 17 O regular
briefing NOUN NN dobj 14 O briefing _
. PUNCT . punct 14 O . _
"""

# "We reject the claims," said Emeka Obi, Nigeria's health ministry spokesman.
_APPOSED = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
reject VERB VBP ccomp 7 O reject
the DET DT det 4 O the
claims NOUN NNS dobj 2 O claim _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Emeka PROPN NNP compound 9 B-ORG Emeka
Obi PROPN NNP nsubj 7 I-ORG Obi _
, PUNCT , punct 9 O ,
Nigeria PROPN NNP poss 15 B-GPE Nigeria _
's PART POS case 11 O 's
health NOUN NN compound 14 B-ORG health
ministry PROPN NNP compound 15 I-ORG ministry
spokesman NOUN NN appos 9 O spokesman _
. PUNCT . punct 7 O . _
"""

# "We reject the claims," said Emeka Obi, Nigeria's finance minister.
_NO_BODY = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
reject VERB VBP ccomp 7 O reject
the DET DT det 4 O the
claims NOUN NNS dobj 2 O claim _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Emeka PROPN NNP compound 9 B-ORG Emeka
Obi PROPN NNP nsubj 7 I-ORG Obi _
, PUNCT , punct 9 O ,
Nigeria PROPN NNP poss 14 B-GPE Nigeria _
's PART POS case 11 O 's
finance NOUN NN compound 14 O finance
minister NOUN NN appos 9 O minister _
. PUNCT . punct 7 O . _
"""


def test_a_countrys_ministry_before_the_job_in_a_title() -> None:
    rows = Extractor().rows(frozen(_TITLE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Wang Lei", "spokesman", "China's foreign ministry")
    ]


def test_a_countrys_ministry_before_the_job_in_apposition() -> None:
    rows = Extractor().rows(frozen(_APPOSED))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Emeka Obi", "spokesman", "Nigeria's health ministry")
    ]


def test_a_countrys_job_with_no_body_names_none() -> None:
    rows = Extractor().rows(frozen(_NO_BODY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Emeka Obi", "finance minister", "")]
