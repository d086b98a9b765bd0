"""`In a letter to the union secretary, Mr. Ben Tillett, the owners said "…"`: a name set off by a
comma after the noun that ends a phrase opening the sentence with a preposition is that noun's,
the one the phrase is about (the one written or petitioned to). When the parser makes it a first
subject of the verb, the verb's second subject after its comma speaks, and so does what it hung
on the name as an apposition running up to the verb (`…, Mr. Arjun Nair, the villagers said`). A
name after a place (`In Lagos, Mr. X, the opposition leader, said`) still speaks. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# In a letter to the union secretary, Mr. Ben Tillett, the owners said "the rate of pay cannot be
# raised this season."
_LETTER = """
In ADP IN prep 14 O in
a DET DT det 2 O a
letter NOUN NN pobj 0 O letter
to ADP IN prep 2 O to
the DET DT det 6 O the
union NOUN NN compound 6 O union
secretary NOUN NN pobj 3 O secretary _
, PUNCT , punct 14 O ,
Mr. PROPN NNP compound 10 O Mr.
Ben PROPN NNP compound 10 B-PERSON Ben
Tillett PROPN NNP nsubj 14 I-PERSON Tillett _
, PUNCT , punct 14 O ,
the DET DT det 13 O the
owners NOUN NNS nsubj 14 O owner
said VERB VBD ROOT 14 O say
" PUNCT `` punct 14 O " _
the DET DT det 17 O the
rate NOUN NN nsubjpass 23 O rate
of ADP IN prep 17 O of
pay NOUN NN pobj 18 O pay
can AUX MD aux 23 O can _
not PART RB neg 23 O not
be AUX VB auxpass 23 O be
raised VERB VBN ccomp 14 O raise
this DET DT det 25 B-DATE this
season NOUN NN npadvmod 23 I-DATE season _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""
# In a petition to the district collector, Mr. Arjun Nair, the villagers said: "The water has not
# come for two months."
_PETITION = """
In ADP IN prep 14 O in
a DET DT det 2 O a
petition NOUN NN pobj 0 O petition
to ADP IN prep 2 O to
the DET DT det 6 O the
district NOUN NN compound 6 O district
collector NOUN NN pobj 3 O collector _
, PUNCT , punct 14 O ,
Mr. PROPN NNP compound 10 O Mr.
Arjun PROPN NNP compound 10 B-PERSON Arjun
Nair PROPN NNP nsubj 14 I-PERSON Nair _
, PUNCT , punct 10 O ,
the DET DT det 13 O the
villagers NOUN NNS appos 10 O villager
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
The DET DT det 18 O the
water NOUN NN nsubj 21 O water
has AUX VBZ aux 21 O have
not PART RB neg 21 O not
come VERB VBN ccomp 14 O come
for ADP IN prep 21 O for
two NUM CD nummod 24 B-DATE two
months NOUN NNS pobj 22 I-DATE month _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""
# In Lagos, Mr. Tunde Bakare, the opposition leader, said: "The funds were never released."
_PLACE = """
In ADP IN prep 11 O in
Lagos PROPN NNP pobj 0 B-GPE Lagos _
, PUNCT , punct 11 O ,
Mr. PROPN NNP compound 5 O Mr.
Tunde PROPN NNP compound 5 B-PERSON Tunde
Bakare PROPN NNP nsubj 11 I-PERSON Bakare _
, PUNCT , punct 5 O ,
the DET DT det 9 O the
opposition NOUN NN compound 9 O opposition
leader NOUN NN appos 5 O leader _
, PUNCT , punct 5 O ,
said VERB VBD ROOT 11 O say _
: PUNCT : punct 11 O :
" PUNCT `` punct 11 O " _
The DET DT det 15 O the
funds NOUN NNS nsubjpass 18 O fund
were AUX VBD auxpass 18 O be
never ADV RB neg 18 O never
released VERB VBN ccomp 11 O release _
. PUNCT . punct 11 O . _
" PUNCT '' punct 11 O " _
"""


def test_the_one_written_to_is_no_speaker() -> None:
    rows = Extractor().rows(frozen(_LETTER))
    assert [r.speaker for r in rows] == ["the owners"]


def test_the_one_petitioned_is_no_speaker() -> None:
    rows = Extractor().rows(frozen(_PETITION))
    assert [r.speaker for r in rows] == ["the villagers"]


def test_a_name_after_a_fronted_place_still_speaks() -> None:
    rows = Extractor().rows(frozen(_PLACE))
    assert [(r.speaker, r.role) for r in rows] == [("Tunde Bakare", "opposition leader")]
