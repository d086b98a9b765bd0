"""A body's name that lists what it covers, its first items cut off at their commas: the tagger
tags only the end of the list (`Hotel, Catering and Allied Workers Union president X`, tagged
`Catering and Allied Workers Union`), so the organisation lost its first words. A tagged body's
name closed by a body's noun, with `and` for its second word, goes back over the words in
capitals before it, each with its comma (the first read as a noun when it opens the sentence:
`Food, Beverage and Tobacco Workers Union secretary X`). A place before the comma is no item of
the list (`In Kano, Beverage and Tobacco Workers Union secretary X`). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Hotel, Catering and Allied Workers Union president Grace Njeri said: "Tips are not wages."
_HOTEL = """
Hotel PROPN NNP nmod 9 O Hotel _
, PUNCT , punct 0 O ,
Catering PROPN NNP nmod 7 O Catering
and CCONJ CC cc 2 O and
Allied PROPN NNP compound 5 B-ORG Allied
Workers PROPN NNPS conj 2 I-ORG Workers
Union PROPN NNP compound 7 I-ORG Union
president NOUN NN compound 9 O president
Grace PROPN NNP compound 9 B-PERSON Grace
Njeri PROPN NNP nsubj 10 I-PERSON Njeri
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
Tips NOUN NNS nsubj 14 O tip
are AUX VBP ccomp 10 O be
not PART RB neg 14 O not
wages NOUN NNS attr 14 O wage _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""

# Workers at the brewery walked out on Friday. Food, Beverage and Tobacco Workers Union
# secretary Amina Bello said: "Pay is too low."
_FOOD = """
Workers NOUN NNS nsubj 4 O worker
at ADP IN prep 0 O at
the DET DT det 3 O the
brewery NOUN NN pobj 1 O brewery
walked VERB VBD ROOT 4 O walk
out ADV RB advmod 4 O out
on ADP IN prep 4 O on
Friday PROPN NNP pobj 6 B-DATE Friday _
. PUNCT . punct 4 O .
Food NOUN NN nmod 16 O food _
, PUNCT , punct 9 O ,
Beverage PROPN NNP nmod 16 B-ORG Beverage
and CCONJ CC cc 11 I-ORG and
Tobacco PROPN NNP compound 14 I-ORG Tobacco
Workers PROPN NNPS conj 11 I-ORG Workers
Union PROPN NNP compound 16 I-ORG Union
secretary NOUN NN compound 18 O secretary
Amina PROPN NNP compound 18 B-PERSON Amina
Bello PROPN NNP nsubj 19 I-PERSON Bello
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
Pay NOUN NN nsubj 23 O pay
is AUX VBZ ccomp 19 O be
too ADV RB advmod 25 O too
low ADJ JJ acomp 23 O low _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""

# Workers at the brewery walked out on Friday. In Kano, Beverage and Tobacco Workers Union
# secretary Amina Bello said: "Pay is too low."
_KANO = """
Workers NOUN NNS nsubj 4 O worker
at ADP IN prep 0 O at
the DET DT det 3 O the
brewery NOUN NN pobj 1 O brewery
walked VERB VBD ROOT 4 O walk
out ADV RB advmod 4 O out
on ADP IN prep 4 O on
Friday PROPN NNP pobj 6 B-DATE Friday _
. PUNCT . punct 4 O .
In ADP IN prep 20 O in
Kano PROPN NNP pobj 9 B-GPE Kano _
, PUNCT , punct 10 O ,
Beverage PROPN NNP nmod 17 B-ORG Beverage
and CCONJ CC cc 12 I-ORG and
Tobacco PROPN NNP compound 15 I-ORG Tobacco
Workers PROPN NNPS conj 12 I-ORG Workers
Union PROPN NNP compound 17 I-ORG Union
secretary NOUN NN compound 19 O secretary
Amina PROPN NNP compound 19 B-PERSON Amina
Bello PROPN NNP nsubj 20 I-PERSON Bello
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
" PUNCT `` punct 20 O " _
Pay NOUN NN nsubj 24 O pay
is AUX VBZ ccomp 20 O be
too ADV RB advmod 26 O too
low ADJ JJ acomp 24 O low _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""


def test_a_list_opening_a_bodys_name_is_the_names() -> None:
    rows = Extractor().rows(frozen(_HOTEL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Grace Njeri", "president", "Hotel, Catering and Allied Workers Union")
    ]


def test_a_list_opening_a_sentence_on_a_noun_is_the_names() -> None:
    rows = Extractor().rows(frozen(_FOOD))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Amina Bello", "secretary", "Food, Beverage and Tobacco Workers Union")
    ]


def test_a_place_before_the_comma_is_no_item_of_the_list() -> None:
    rows = Extractor().rows(frozen(_KANO))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Amina Bello", "secretary", "Beverage and Tobacco Workers Union")
    ]
