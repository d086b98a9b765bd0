"""A name in capitals before a trade plied on one's own account (`farmer`, `fisherman`, `hawker`:
the `own` kind of models/person_only_jobs.txt) is where the trade is plied, no employer, as it is
after `at` (`a cocoa farmer at Sefwi Wiawso`), whatever the tagger called the place (a person, a
body): `said Opuwo farmer X` is *farmer*, no organisation, and the place is no part of the role
(ROLES.md 4: residence is no role). A body's name closed by its noun still is the employer
(`Meru Dairy Cooperative Union farmer X`), and a trade that is no one's own keeps its body
(`Tesco buyer X`). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The rains came late this year," said Opuwo farmer Kaveri Tjiposa. "We lost half the goats."

_FARMER = """
" PUNCT `` punct 9 O " _
The DET DT det 2 O the
rains NOUN NNS nsubj 3 O rain
came VERB VBD ccomp 9 O come
late ADV RB advmod 6 B-DATE late
this DET DT det 6 I-DATE this
year NOUN NN npadvmod 3 I-DATE year _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Opuwo PROPN NNP compound 11 B-PERSON Opuwo
farmer NOUN NN compound 13 O farmer
Kaveri PROPN NNP compound 13 B-PERSON Kaveri
Tjiposa PROPN NNP nsubj 9 I-PERSON Tjiposa _
. PUNCT . punct 9 O .
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 17 O we
lost VERB VBD ROOT 17 O lose
half DET PDT predet 20 B-CARDINAL half
the DET DT det 20 O the
goats NOUN NNS dobj 17 O goat _
. PUNCT . punct 17 O . _
" PUNCT '' punct 17 O " _
"""
# Prices have halved since June. "We cannot pay the pickers," said Sefwi Wiawso cocoa farmer Kwame
# Mensah.

_COCOA = """
Prices NOUN NNS nsubj 2 O price
have AUX VBP aux 2 O have
halved VERB VBN ROOT 2 O halve
since SCONJ IN prep 2 O since
June PROPN NNP pobj 3 B-DATE June _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 10 O we
can AUX MD aux 10 O can _
not PART RB neg 10 O not
pay VERB VB ccomp 15 O pay
the DET DT det 12 O the
pickers NOUN NNS dobj 10 O picker _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Sefwi PROPN NNP compound 19 B-PERSON Sefwi
Wiawso PROPN NNP compound 19 I-PERSON Wiawso
cocoa NOUN NN compound 19 O cocoa
farmer NOUN NN compound 21 O farmer
Kwame PROPN NNP compound 21 B-PERSON Kwame
Mensah PROPN NNP nsubj 15 I-PERSON Mensah _
. PUNCT . punct 15 O . _
"""
# Prices have halved since June. "We cannot pay the pickers," said Meru Dairy Cooperative Union
# farmer Grace Atieno.
_SOCIETY = """
Prices NOUN NNS nsubj 2 O price
have AUX VBP aux 2 O have
halved VERB VBN ROOT 2 O halve
since SCONJ IN prep 2 O since
June PROPN NNP pobj 3 B-DATE June _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 10 O we
can AUX MD aux 10 O can _
not PART RB neg 10 O not
pay VERB VB ccomp 15 O pay
the DET DT det 12 O the
pickers NOUN NNS dobj 10 O picker _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Meru PROPN NNP compound 17 B-PERSON Meru
Dairy PROPN NNP compound 19 I-PERSON Dairy
Cooperative PROPN NNP compound 19 I-PERSON Cooperative
Union PROPN NNP compound 20 I-PERSON Union
farmer NOUN NN compound 22 O farmer
Grace PROPN NNP compound 22 B-PERSON Grace
Atieno PROPN NNP nsubj 15 I-PERSON Atieno _
. PUNCT . punct 15 O . _
"""
# Prices have halved since June. "We cannot pay the pickers," said Tesco buyer Grace Atieno.

_BUYER = """
Prices NOUN NNS nsubj 2 O price
have AUX VBP aux 2 O have
halved VERB VBN ROOT 2 O halve
since SCONJ IN prep 2 O since
June PROPN NNP pobj 3 B-DATE June _
. PUNCT . punct 2 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 10 O we
can AUX MD aux 10 O can _
not PART RB neg 10 O not
pay VERB VB ccomp 15 O pay
the DET DT det 12 O the
pickers NOUN NNS dobj 10 O picker _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Tesco PROPN NNP compound 17 B-ORG Tesco
buyer NOUN NN compound 19 O buyer
Grace PROPN NNP compound 19 B-PERSON Grace
Atieno PROPN NNP nsubj 15 I-PERSON Atieno _
. PUNCT . punct 15 O . _
"""


def test_a_place_before_a_farmer_is_no_organisation() -> None:
    rows = Extractor().rows(frozen(_FARMER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Kaveri Tjiposa", "farmer", "")] * 2


def test_a_place_of_two_words_before_a_crops_farmer() -> None:
    rows = Extractor().rows(frozen(_COCOA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Kwame Mensah", "cocoa farmer", "")]


def test_a_cooperative_before_a_farmer_stays_the_organisation() -> None:
    rows = Extractor().rows(frozen(_SOCIETY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Grace Atieno", "farmer", "Meru Dairy Cooperative Union")
    ]


def test_a_company_before_a_trade_of_no_ones_own_stays() -> None:
    rows = Extractor().rows(frozen(_BUYER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Grace Atieno", "buyer", "Tesco")]
