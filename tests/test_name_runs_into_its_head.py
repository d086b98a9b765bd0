"""A name the tagger tagged up to its last word (`Cllr Kgomotso` a person, `Moloantoa` nothing),
with a given name the word lists lack, runs on into the word the parse joins it to as one noun's
compounds; its surname alone later, tagged a place, is that person, not a body. A frozen parse of
a sentence written for this file (see tests/frozen.py; the tags set by hand to the shape the
tagger gives), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# According to the committee member for housing, Cllr Kgomotso Moloantoa, the city has set aside
# money. “The work has started,” Moloantoa said.
_COUNCILLOR = """
According VERB VBG prep 15 O accord
to ADP IN prep 0 O to
the DET DT det 4 O the
committee NOUN NN compound 4 O committee
member NOUN NN pobj 1 O member
for ADP IN prep 4 O for
housing NOUN NN pobj 5 O housing _
, PUNCT , punct 15 O ,
Cllr PROPN NNP compound 10 B-PERSON Cllr
Kgomotso PROPN NNP compound 10 I-PERSON Kgomotso
Moloantoa PROPN NNP nsubj 15 O Moloantoa _
, PUNCT , punct 10 O ,
the DET DT det 13 O the
city NOUN NN nsubj 15 O city
has AUX VBZ aux 15 O have
set VERB VBN ROOT 15 O set
aside ADP RP prt 15 O aside
money NOUN NN dobj 15 O money _
. PUNCT . punct 15 O .
“ PUNCT `` punct 27 O " _
The DET DT det 21 O the
work NOUN NN nsubj 23 O work
has AUX VBZ aux 23 O have
started VERB VBN ccomp 27 O start _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
Moloantoa PROPN NNP nsubj 27 B-GPE Moloantoa
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_a_name_runs_on_into_the_word_its_words_are_compounds_of() -> None:
    rows = Extractor().rows(frozen(_COUNCILLOR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Kgomotso Moloantoa", "committee member for housing", "")
    ]
