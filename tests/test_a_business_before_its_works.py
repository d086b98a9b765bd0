"""`a welder at the Volvo plant`: the business whose name stands before the works it runs
(models/works_nouns.txt: plant, mine, mill, brewery …), after `the`, is the body the worker works
for, when the tagger or the article makes the name a body's; a place's name there says where the
works are (`a miner at the Marikana mine`: no organisation). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "It is a shock," said Omar Nasser, a welder at the Volvo plant in Gothenburg.
_PLANT = """
" PUNCT `` punct 7 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 7 O be
a DET DT det 4 O a
shock NOUN NN attr 2 O shock _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Omar PROPN NNP compound 9 B-PERSON Omar
Nasser PROPN NNP nsubj 7 I-PERSON Nasser _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
welder NOUN NN appos 9 O welder
at ADP IN prep 12 O at
the DET DT det 16 O the
Volvo PROPN NNP compound 16 B-ORG Volvo
plant NOUN NN pobj 13 O plant
in ADP IN prep 16 O in
Gothenburg PROPN NNP pobj 17 B-GPE Gothenburg _
. PUNCT . punct 7 O . _
"""


# "It is dangerous work," said Thabo Nkosi, a miner at the Marikana mine.
_MINE = """
" PUNCT `` punct 7 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 7 O be
dangerous ADJ JJ amod 4 O dangerous
work NOUN NN attr 2 O work _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Thabo PROPN NNP compound 9 B-ORG Thabo
Nkosi PROPN NNP nsubj 7 I-ORG Nkosi _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
miner NOUN NN appos 9 O miner
at ADP IN prep 12 O at
the DET DT det 16 O the
Marikana PROPN NNP compound 16 B-GPE Marikana
mine NOUN NN pobj 13 O mine _
. PUNCT . punct 7 O . _
"""


def test_the_business_before_its_works_is_the_workers_body() -> None:
    rows = Extractor().rows(frozen(_PLANT))
    assert [(r.speaker, r.organization) for r in rows] == [("Omar Nasser", "Volvo")]


def test_a_place_before_the_works_is_no_body() -> None:
    rows = Extractor().rows(frozen(_MINE))
    assert [(r.speaker, r.organization) for r in rows] == [("Thabo Nkosi", "")]
