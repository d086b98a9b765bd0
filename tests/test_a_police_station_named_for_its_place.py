"""`Inspector Ravi Kumar of Tughlak Road police station`: a place's name before `police` and a
body's noun in small letters names the station the officer serves at, as Indian and Pakistani news
write it (the police force's word between the name and the noun is the name's, as a field's is in
`the RMT transport union`); `of the police station`, with no name, names none. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The case is closed," said Inspector Ravi Kumar of Tughlak Road police station.
_A_NAMED_STATION = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
case NOUN NN nsubj 3 O case
is AUX VBZ ccomp 7 O be
closed VERB VBN acomp 3 O close _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Inspector PROPN NNP compound 10 O Inspector
Ravi PROPN NNP compound 10 B-PERSON Ravi
Kumar PROPN NNP nsubj 7 I-PERSON Kumar
of ADP IN prep 10 O of
Tughlak PROPN NNP compound 13 B-LOC Tughlak
Road PROPN NNP compound 15 I-LOC Road
police NOUN NN compound 15 O police
station NOUN NN pobj 11 O station _
. PUNCT . punct 7 O . _
"""

# "The case is closed," said Inspector Ravi Kumar of the police station.
_AN_UNNAMED_STATION = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
case NOUN NN nsubj 3 O case
is AUX VBZ ccomp 7 O be
closed VERB VBN acomp 3 O close _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Inspector PROPN NNP compound 10 O Inspector
Ravi PROPN NNP compound 10 B-PERSON Ravi
Kumar PROPN NNP nsubj 7 I-PERSON Kumar
of ADP IN prep 10 O of
the DET DT det 14 O the
police NOUN NN compound 14 O police
station NOUN NN pobj 11 O station _
. PUNCT . punct 7 O . _
"""




def test_a_station_named_for_its_place_is_the_officers_body() -> None:
    assert who_of(_A_NAMED_STATION) == [("Ravi Kumar", "Inspector", "Tughlak Road police station")]


def test_the_police_station_with_no_name_is_no_body() -> None:
    assert who_of(_AN_UNNAMED_STATION) == [("Ravi Kumar", "Inspector", "")]
