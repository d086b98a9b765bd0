"""`Cardinal Manning said …`: the clergy's offices before a name (cardinal, archbishop, bishop,
canon, monsignor; apostle, prophet, evangelist and primate of West African churches; mufti,
maulana, swami, abbot) are a role and no part of the name, as pastor, imam and rabbi are
(models/titles.txt); a surname that is such a word is still a name (`Anne Bishop`). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Cardinal Manning said the strike was "a grave misfortune for the city".
_CARDINAL = """
Cardinal PROPN NNP compound 1 O Cardinal
Manning PROPN NNP nsubj 2 O Manning
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
strike NOUN NN nsubj 5 O strike
was AUX VBD ccomp 2 O be
" PUNCT `` punct 5 O " _
a DET DT det 9 O a
grave ADJ JJ amod 9 O grave
misfortune NOUN NN attr 5 O misfortune
for ADP IN prep 9 O for
the DET DT det 12 O the
city NOUN NN pobj 10 O city _
" PUNCT '' punct 5 O " _
. PUNCT . punct 2 O . _
"""

# Foreign Minister Anne Bishop said the talks had been "useful". "We will meet again," Bishop
# said.
_MINISTER = """
Foreign PROPN NNP compound 1 O Foreign
Minister PROPN NNP compound 3 O Minister
Anne PROPN NNP compound 3 B-PERSON Anne
Bishop PROPN NNP nsubj 4 I-PERSON Bishop
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
talks NOUN NNS nsubj 8 O talk
had AUX VBD aux 8 O have
been AUX VBN ccomp 4 O be
" PUNCT `` punct 8 O " _
useful ADJ JJ acomp 8 O useful _
" PUNCT '' punct 8 O " _
. PUNCT . punct 4 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
meet VERB VB ccomp 21 O meet
again ADV RB advmod 16 O again _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Bishop PROPN NNP nsubj 21 B-ORG Bishop
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# Primate Elijah Adeyemi said the election would be "bloody".
_PRIMATE = """
Primate PROPN NNP compound 2 O Primate
Elijah PROPN NNP compound 2 B-PERSON Elijah
Adeyemi PROPN NNP nsubj 3 I-PERSON Adeyemi
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
election NOUN NN nsubj 7 O election
would AUX MD aux 7 O would
be AUX VB ccomp 3 O be
" PUNCT `` punct 7 O " _
bloody ADJ JJ acomp 7 O bloody _
" PUNCT '' punct 7 O " _
. PUNCT . punct 3 O . _
"""


def test_a_cardinal_before_a_surname_is_his_role() -> None:
    rows = Extractor().rows(frozen(_CARDINAL))
    assert [(r.speaker, r.role) for r in rows] == [("Manning", "Cardinal")]


def test_a_surname_that_is_a_clergy_office_stays_a_name() -> None:
    rows = Extractor().rows(frozen(_MINISTER))
    assert [(r.speaker, r.role) for r in rows] == [("Anne Bishop", "Foreign Minister")] * 2


def test_a_primate_before_a_name_is_his_role() -> None:
    rows = Extractor().rows(frozen(_PRIMATE))
    assert [(r.speaker, r.role) for r in rows] == [("Elijah Adeyemi", "Primate")]
