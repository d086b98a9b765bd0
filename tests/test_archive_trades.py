"""Trades that archive court and inquest reports give their witnesses (`said John Pritchard, a
fireman`, `Thomas Webb, a navvy, said`) are roles, as any job in apposition is (models/role_nouns.txt).
Frozen parse of sentences written for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "I examined the workings at five and found no gas," said John Pritchard, a fireman. Thomas Webb,
# a navvy, said: "I saw nothing."
_A_FIREMAN = """
" PUNCT `` punct 13 O " _
I PRON PRP nsubj 2 O I
examined VERB VBD ccomp 13 O examine
the DET DT det 4 O the
workings NOUN NNS dobj 2 O working
at ADP IN prep 2 O at
five NUM CD pobj 5 B-CARDINAL five
and CCONJ CC cc 2 O and
found VERB VBD conj 2 O find
no DET DT det 10 O no
gas NOUN NN dobj 8 O gas _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
said VERB VBD ROOT 13 O say
John PROPN NNP compound 15 B-PERSON John
Pritchard PROPN NNP nsubj 13 I-PERSON Pritchard _
, PUNCT , punct 15 O ,
a DET DT det 18 O a
fireman NOUN NN appos 15 O fireman _
. PUNCT . punct 13 O .
Thomas PROPN NNP compound 21 B-PERSON Thomas
Webb PROPN NNP nsubj 26 I-PERSON Webb _
, PUNCT , punct 21 O ,
a DET DT det 24 O a
navvy NOUN NN appos 21 O navvy _
, PUNCT , punct 21 O ,
said VERB VBD ROOT 26 O say _
: PUNCT : punct 26 O :
" PUNCT `` punct 26 O " _
I PRON PRP nsubj 30 O I
saw VERB VBD ccomp 26 O see
nothing PRON NN dobj 30 O nothing _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _
"""


def test_an_archive_trade_is_a_role() -> None:
    rows = Extractor().rows(frozen(_A_FIREMAN))
    assert [(r.speaker, r.role) for r in rows] == [("John Pritchard", "fireman"), ("Thomas Webb", "navvy")]
