"""Words before or after a job that say where or which side, not who employs the holder,
each from a frozen parse of a sentence written for this file (see tests/frozen.py), through the
whole extractor:

- `the Mayor of Lentown`, the town left untagged: what an office only a town has is `of` is the
  town, no body (the organisation was *Lentown*);
- `former Narva deputy mayor X`, the town tagged a body: a town before its office stays the place
  with a word of rank between them (the organisation was *Narva*);
- `Green Party councillor X`: a party before a seat is a side taken, not the person's body
  (ROLES.md 5; the organisation was *Green Party*).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


_MAYOR_OF_AN_UNTAGGED_TOWN = """
Speaking VERB VBG advcl 16 O speak
at ADP IN prep 0 O at
Mto PROPN NNP compound 3 B-LOC Mto
Bay PROPN NNP pobj 1 I-LOC Bay _
, PUNCT , punct 16 O ,
the DET DT det 6 O the
Mayor PROPN NNP nsubj 16 O Mayor
of ADP IN prep 6 O of
Lentown PROPN NNP pobj 7 O Lentown _
, PUNCT , punct 6 O ,
Dr PROPN NNP compound 14 O Dr
Ruth PROPN NNP compound 14 B-PERSON Ruth
Wanjiku PROPN NNP compound 14 I-PERSON Wanjiku _
- PUNCT HYPH punct 14 I-PERSON - _
Otieno PROPN NNP appos 6 I-PERSON Otieno _
, PUNCT , punct 6 O ,
blamed VERB VBD ROOT 16 O blame
the DET DT det 18 O the
flooding NOUN NN dobj 16 O flooding
on ADP IN prep 16 O on
building NOUN NN pobj 19 O building
in ADP IN prep 20 O in
rivers NOUN NNS pobj 21 O river _
. PUNCT . punct 16 O .
“ PUNCT `` punct 34 O " _
This PRON DT nsubj 27 O this
must AUX MD aux 27 O must
stop VERB VB ccomp 34 O stop _
, PUNCT , punct 34 O , _
” PUNCT '' punct 34 O "
Dr PROPN NNP compound 33 O Dr
Wanjiku PROPN NNP compound 33 B-PERSON Wanjiku _
- PUNCT HYPH punct 33 I-PERSON - _
Otieno PROPN NNP nsubj 34 I-PERSON Otieno
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""

_TOWN_BEFORE_A_DEPUTY_MAYOR = """
Police NOUN NNS nsubj 1 O Police
arrested VERB VBD ROOT 1 O arrest
former ADJ JJ amod 5 O former
Narva PROPN NNP compound 5 B-ORG Narva
deputy NOUN NN compound 5 O deputy
mayor NOUN NN compound 7 O mayor
Rein PROPN NNP compound 7 B-PERSON Rein
Kask PROPN NNP dobj 1 I-PERSON Kask
on ADP IN prep 1 O on
Monday PROPN NNP pobj 8 B-DATE Monday _
. PUNCT . punct 1 O .
“ PUNCT `` punct 13 O " _
I PRON PRP nsubj 13 O I
am AUX VBP ccomp 18 O be
innocent ADJ JJ acomp 13 O innocent _
, PUNCT , punct 18 O , _
” PUNCT '' punct 18 O "
Kask PROPN NNP nsubj 18 B-PERSON Kask
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""

_PARTY_BEFORE_A_COUNCILLOR = """
“ PUNCT `` punct 8 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 8 O be
a DET DT det 5 B-DATE a
good ADJ JJ amod 5 I-DATE good
day NOUN NN attr 2 I-DATE day _
, PUNCT , punct 8 O , _
” PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Green PROPN NNP compound 10 B-ORG Green
Party PROPN NNP compound 11 I-ORG Party
councillor NOUN NN compound 13 O councillor
Aoife PROPN NNP compound 13 B-PERSON Aoife
Brennan PROPN NNP nsubj 8 I-PERSON Brennan _
. PUNCT . punct 8 O . _
"""


def test_the_town_an_office_of_a_town_is_of_is_no_body() -> None:
    assert who(_MAYOR_OF_AN_UNTAGGED_TOWN) == [("Ruth Wanjiku-Otieno", "Mayor of Lentown", "")]


def test_a_town_before_a_ranked_office_is_no_body() -> None:
    assert who(_TOWN_BEFORE_A_DEPUTY_MAYOR) == [("Rein Kask", "former Narva deputy mayor", "")]


def test_a_party_before_a_seat_is_a_side_not_a_body() -> None:
    assert who(_PARTY_BEFORE_A_COUNCILLOR) == [("Aoife Brennan", "Green Party councillor", "")]
