"""`said Professor of Medicine Lo Chung-mau`: the tagger takes the field of a chair into the
holder's name (one person, *Medicine Lo Chung-mau*). After a title and `of`, the words of the
dictionary opening the person that are no given name are the title's field, the name the words
after them. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The wards will cope," said Professor of Medicine Lo Chung-mau. "We have planned for this
# winter," he added.
_CHAIR = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
wards NOUN NNS nsubj 4 O ward
will AUX MD aux 4 O will
cope VERB VB ccomp 7 O cope _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Professor PROPN NNP nsubj 7 O Professor
of ADP IN prep 8 O of
Medicine PROPN NNP pobj 9 B-PERSON Medicine
Lo PROPN NNP compound 14 I-PERSON Lo
Chung PROPN NNP compound 14 I-PERSON Chung _
- PUNCT HYPH punct 14 I-PERSON - _
mau PROPN NNP appos 8 I-PERSON mau _
. PUNCT . punct 7 O .
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 19 O we
have AUX VBP aux 19 O have
planned VERB VBN ccomp 26 O plan
for ADP IN prep 19 O for
this DET DT det 22 B-DATE this
winter NOUN NN pobj 20 I-DATE winter _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
added VERB VBD ROOT 26 O add _
. PUNCT . punct 26 O . _
"""

# "Births are falling," said Professor of Obstetrics and Gynaecology Ann Wong.
_AND = """
" PUNCT `` punct 6 O " _
Births NOUN NNS nsubj 3 O birth
are AUX VBP aux 3 O be
falling VERB VBG ccomp 6 O fall _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Professor PROPN NNP nsubj 6 O Professor
of ADP IN prep 7 O of
Obstetrics PROPN NNP pobj 8 O Obstetrics
and CCONJ CC cc 9 O and
Gynaecology PROPN NNP compound 13 B-PERSON Gynaecology
Ann PROPN NNP compound 13 I-PERSON Ann
Wong PROPN NNP conj 9 I-PERSON Wong _
. PUNCT . punct 6 O . _
"""


def test_the_field_of_a_chair_is_no_word_of_the_name() -> None:
    rows = Extractor().rows(frozen(_CHAIR))
    got = [(r.speaker, r.role) for r in rows]
    assert got == [("Lo Chung-mau", "Professor of Medicine")] * 2


def test_a_field_of_two_words_joined_by_and() -> None:
    rows = Extractor().rows(frozen(_AND))
    assert [r.speaker for r in rows] == ["Ann Wong"]
