"""A bare title of one word before the name gives way to the office an apposition names as long
(issue 10), from a frozen parse of sentences written for this file: `Professor Amina Diallo, the
vice-chancellor,` gives *vice-chancellor* (was *Professor*), `Councillor Joan Price, the Mayor,`
gives *Mayor* (was *Councillor*); a longer apposition already won, and a title with a body
(`United manager X, …`) still does."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Professor Amina Diallo, the vice-chancellor, told staff: "We have no choice." Councillor Joan Price,
# the Mayor, said: "We will rebuild the pier."
_BARE = """
Professor PROPN NNP compound 2 O Professor
Amina PROPN NNP compound 2 B-PERSON Amina
Diallo PROPN NNP nsubj 9 I-PERSON Diallo _
, PUNCT , punct 2 O ,
the DET DT det 5 O the
vice NOUN NN appos 2 O vice _
- NOUN NN appos 2 O - _
chancellor NOUN NN appos 2 O chancellor _
, PUNCT , punct 2 O ,
told VERB VBD ROOT 9 O tell
staff NOUN NN dobj 9 O staff _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 14 O we
have VERB VBP ccomp 9 O have
no DET DT det 16 O no
choice NOUN NN dobj 14 O choice _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O "
Councillor PROPN NNP compound 21 B-WORK_OF_ART Councillor
Joan PROPN NNP compound 21 I-WORK_OF_ART Joan
Price PROPN NNP nsubj 26 I-WORK_OF_ART Price _
, PUNCT , punct 21 O ,
the DET DT det 24 O the
Mayor PROPN NNP appos 21 O Mayor _
, PUNCT , punct 21 O ,
said VERB VBD ROOT 26 O say _
: PUNCT : punct 26 O :
" PUNCT `` punct 26 O " _
We PRON PRP nsubj 31 O we
will AUX MD aux 31 O will
rebuild VERB VB ccomp 26 O rebuild
the DET DT det 33 O the
pier NOUN NN dobj 31 O pier _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _
"""


def test_a_bare_title_gives_way_to_the_office_in_apposition() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_BARE))]
    assert rows == [("Amina Diallo", "vice-chancellor"), ("Joan Price", "Mayor")]
