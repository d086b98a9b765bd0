"""`ruler` is an office (issue 10, ROLES.md 4): a monarch's or a traditional chief's, as English
news in Africa and the Gulf writes it (`X, the traditional ruler of Ejisu,`, `Ilorin's traditional
ruler, X,`, `The ruler of Dubai, Sheikh X,`), and the place after its `of` is no employer, as
after `mayor`. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The rains came late this year," said Kofi Boateng, the traditional ruler of Ejisu.
_RULER_AFTER = """
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
Kofi PROPN NNP compound 11 B-PERSON Kofi
Boateng PROPN NNP nsubj 9 I-PERSON Boateng _
, PUNCT , punct 11 O ,
the DET DT det 15 O the
traditional ADJ JJ amod 15 O traditional
ruler NOUN NN appos 11 O ruler
of ADP IN prep 15 O of
Ejisu PROPN NNP pobj 16 B-PERSON Ejisu _
. PUNCT . punct 9 O . _
"""


# Ilorin's traditional ruler, Kofi Boateng, said: "The rains came late this year."
_RULER_BEFORE = """
Ilorin PROPN NNP poss 3 B-GPE Ilorin _
's PART POS case 0 O 's
traditional ADJ JJ amod 3 O traditional
ruler NOUN NN nsubj 8 O ruler _
, PUNCT , punct 3 O ,
Kofi PROPN NNP compound 6 B-PERSON Kofi
Boateng PROPN NNP appos 3 I-PERSON Boateng _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
The DET DT det 12 O the
rains NOUN NNS nsubj 13 O rain
came VERB VBD ccomp 8 O come
late ADV RB advmod 16 B-DATE late
this DET DT det 16 I-DATE this
year NOUN NN npadvmod 13 I-DATE year _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""


# The ruler of Dubai, Sheikh Rashid Al Maktoum, said: "The port will grow."
_RULER_OF_A_CITY = """
The DET DT det 1 O the
ruler NOUN NN nsubj 10 O ruler
of ADP IN prep 1 O of
Dubai PROPN NNP pobj 2 B-GPE Dubai _
, PUNCT , punct 1 O ,
Sheikh PROPN NNP compound 8 O Sheikh
Rashid PROPN NNP compound 8 B-PERSON Rashid
Al PROPN NNP compound 8 I-PERSON Al
Maktoum PROPN NNP appos 1 I-PERSON Maktoum _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
The DET DT det 14 O the
port NOUN NN nsubj 16 O port
will AUX MD aux 16 O will
grow VERB VB ccomp 10 O grow _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""




def test_a_traditional_ruler_after_the_name() -> None:
    assert who_of(_RULER_AFTER) == [("Kofi Boateng", "traditional ruler of Ejisu", "")]


def test_a_traditional_ruler_a_place_owns_before_the_name() -> None:
    assert who_of(_RULER_BEFORE) == [("Kofi Boateng", "traditional ruler", "")]


def test_the_ruler_of_a_city_names_no_employer() -> None:
    assert who_of(_RULER_OF_A_CITY) == [("Rashid Al Maktoum", "ruler of Dubai", "")]
