"""`City of Sydney chief executive Monica Barone`, `the City of Johannesburg's mayoral committee
member`: a word in capitals for a place's own government (models/place_words.txt, kind
`council`), `of` and the place's name make the body a person works for, though the tagger calls
the name a place: before a role it is the organisation standing apart from it, and as the owner of
a job it is the job's body. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We are working on it," said City of Sydney chief executive Monica Barone.
_SYDNEY = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
working VERB VBG ccomp 8 O work
on ADP IN prep 3 O on
it PRON PRP pobj 4 O it _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
City PROPN NNP nmod 13 O City
of ADP IN prep 9 O of
Sydney PROPN NNP pobj 10 B-GPE Sydney
chief NOUN NN amod 13 O chief
executive NOUN NN compound 15 O executive
Monica PROPN NNP compound 15 B-PERSON Monica
Barone PROPN NNP nsubj 8 I-PERSON Barone _
. PUNCT . punct 8 O . _
"""

# In a statement, the City of Johannesburg's mayoral committee member for environment, Cllr Refilwe
# Mathebula, said: "Repairs are under way."
_JOBURG = """
In ADP IN prep 19 O in
a DET DT det 2 O a
statement NOUN NN pobj 0 O statement _
, PUNCT , punct 19 O ,
the DET DT det 5 B-GPE the
City PROPN NNP nsubj 19 I-GPE City
of ADP IN prep 5 I-GPE of
Johannesburg PROPN NNP poss 11 B-GPE Johannesburg _
's PART POS case 7 O 's
mayoral ADJ JJ amod 10 O mayoral
committee NOUN NN compound 11 O committee
member NOUN NN pobj 6 O member
for ADP IN prep 11 O for
environment NOUN NN pobj 12 O environment _
, PUNCT , punct 5 O ,
Cllr PROPN NNP compound 17 B-PERSON Cllr
Refilwe PROPN NNP compound 17 I-PERSON Refilwe
Mathebula PROPN NNP appos 5 O Mathebula _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
Repairs NOUN NNS nsubj 23 O repair
are AUX VBP ccomp 19 O be
under ADP IN prep 23 O under
way NOUN NN pobj 24 O way _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""


def test_a_city_government_before_a_role() -> None:
    rows = Extractor().rows(frozen(_SYDNEY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Monica Barone", "chief executive", "City of Sydney")
    ]


def test_a_city_government_owning_a_job() -> None:
    rows = Extractor().rows(frozen(_JOBURG))
    assert [(r.speaker, r.organization) for r in rows] == [("Refilwe Mathebula", "City of Johannesburg")]
