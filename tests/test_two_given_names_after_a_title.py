"""`His Excellency Dr Hamdan Yousef Al Marri, Minister of State for Maritime Affairs, said` (Gulf
house style, issue 10), from a frozen parse of a sentence written for this file, with `Hamdan`
hand-set untagged and hung on `Excellency` as the tagger and parser read such a name in a longer
story: two given names after a title open one name, whatever the parse made of the first."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_GIVEN_NAME_HUNG_ON_THE_STYLE = """
Ports NOUN NNS nsubj 2 O port
must AUX MD aux 2 O must
grow VERB VB ccomp 20 O grow
faster ADV RBR advmod 2 O fast _
, PUNCT , punct 20 O ,
His PRON PRP$ poss 6 O his
Excellency PROPN NNP nsubj 20 O Excellency
Dr PROPN NNP compound 8 O Dr
Hamdan PROPN NNP appos 6 O Hamdan
Yousef PROPN NNP compound 11 B-PERSON Yousef
Al PROPN NNP compound 11 I-PERSON Al
Marri PROPN NNP appos 6 I-PERSON Marri _
, PUNCT , punct 11 O ,
Minister PROPN NNP appos 11 O Minister
of ADP IN prep 13 O of
State PROPN NNP pobj 14 O State
for ADP IN prep 13 O for
Maritime PROPN NNP compound 18 B-ORG Maritime
Affairs PROPN NNPS pobj 16 I-ORG Affairs _
, PUNCT , punct 6 O ,
said VERB VBD ROOT 20 O say
on ADP IN prep 20 O on
Monday PROPN NNP pobj 21 B-DATE Monday _
. PUNCT . punct 20 O .
" PUNCT `` punct 31 O " _
Every DET DT det 26 O every
ship NOUN NN nsubj 27 O ship
counts VERB VBZ ccomp 31 O count _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_two_given_names_after_a_title_open_the_name_whatever_the_parse() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_GIVEN_NAME_HUNG_ON_THE_STYLE))]
    assert rows == [("Hamdan Yousef Al Marri", "Minister of State for Maritime Affairs")]
