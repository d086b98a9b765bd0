"""`MP for Bankstown Jihad Dib said`, `Member for Auburn Shireen Nassar said`: a seat holder's
title, its `for` and the seat in capitals run on into a name the tagger takes with them; the name
opens at a given name the lists know (models/first_names.txt), here Arabic, Persian and Pakistani
ones, so the person speaks, not the title, and the seat is no part of the name. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The hospital has been underfunded for years," MP for Bankstown Jihad Dib said.
_SEAT_IN_BANKSTOWN = """
" PUNCT `` punct 15 O " _
The DET DT det 2 O the
hospital NOUN NN nsubjpass 5 O hospital
has AUX VBZ aux 5 O have
been AUX VBN auxpass 5 O be
underfunded VERB VBN ccomp 15 O underfunde
for ADP IN prep 5 O for
years NOUN NNS pobj 6 B-DATE year _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
MP PROPN NNP nsubj 15 O MP
for ADP IN prep 10 O for
Bankstown PROPN NNP compound 13 B-ORG Bankstown
Jihad PROPN NNP compound 14 I-ORG Jihad
Dib PROPN NNP pobj 11 I-ORG Dib
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""

# "We were not told," Member for Auburn Shireen Nassar said.
_MEMBER_FOR_AUBURN = """
" PUNCT `` punct 12 O " _
We PRON PRP nsubjpass 4 O we
were AUX VBD auxpass 4 O be
not PART RB neg 4 O not
told VERB VBN ccomp 12 O tell _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
Member PROPN NNP nsubj 12 O Member
for ADP IN prep 7 O for
Auburn PROPN NNP compound 10 B-ORG Auburn
Shireen PROPN NNP compound 11 I-ORG Shireen
Nassar PROPN NNP pobj 8 I-ORG Nassar
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""

# "Prices will fall by spring," MP for Kilifi North Tarek Owino said.
_MP_FOR_KILIFI = """
" PUNCT `` punct 14 O " _
Prices NOUN NNS nsubj 3 O price
will AUX MD aux 3 O will
fall VERB VB ccomp 14 O fall
by ADP IN prep 3 O by
spring NOUN NN pobj 4 B-DATE spring _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
MP PROPN NNP nsubj 14 O MP
for ADP IN prep 8 O for
Kilifi PROPN NNP compound 13 B-ORG Kilifi
North PROPN NNP compound 12 I-ORG North
Tarek PROPN NNP compound 13 I-ORG Tarek
Owino PROPN NNP pobj 9 I-ORG Owino
said VERB VBD ROOT 14 O say _
. PUNCT . punct 14 O . _
"""

# "We were not told," MP for Auburn Shoaib Malik said.
_MP_FOR_AUBURN = """
" PUNCT `` punct 12 O " _
We PRON PRP nsubjpass 4 O we
were AUX VBD auxpass 4 O be
not PART RB neg 4 O not
told VERB VBN ccomp 12 O tell _
, PUNCT , punct 4 O , _
" PUNCT '' punct 4 O "
MP PROPN NNP nsubj 12 O MP
for ADP IN prep 7 O for
Auburn PROPN NNP compound 11 B-PERSON Auburn
Shoaib PROPN NNP compound 11 I-PERSON Shoaib
Malik PROPN NNP pobj 8 I-PERSON Malik
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""


def test_an_arabic_given_name_opens_the_name_after_a_seat() -> None:
    rows = Extractor().rows(frozen(_SEAT_IN_BANKSTOWN))
    assert [r.speaker for r in rows] == ["Jihad Dib"]


def test_a_persian_given_name_after_a_member_for_a_seat() -> None:
    rows = Extractor().rows(frozen(_MEMBER_FOR_AUBURN))
    assert [r.speaker for r in rows] == ["Shireen Nassar"]


def test_an_egyptian_spelling_after_a_seat_of_two_words() -> None:
    rows = Extractor().rows(frozen(_MP_FOR_KILIFI))
    assert [r.speaker for r in rows] == ["Tarek Owino"]


def test_a_pakistani_given_name_is_no_part_of_the_seat() -> None:
    rows = Extractor().rows(frozen(_MP_FOR_AUBURN))
    assert [r.speaker for r in rows] == ["Shoaib Malik"]
