"""`Interior Minister Prince Khalid bin Saud`: a royal style (`Prince`, `Princess`) right after an
office and before the name is the holder's rank by birth, as `Sheikh` is a form of address, and
no part of the role (*Interior Minister*, not *Interior Minister Prince*); alone before a name it
is still the role (`Princess Anne`: *Princess*). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The talks will go on next week," said Interior Minister Prince Khalid bin Saud.
_MINISTER = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
talks NOUN NNS nsubj 4 O talk
will AUX MD aux 4 O will
go VERB VB ccomp 10 O go
on ADP RP prt 4 O on
next ADJ JJ amod 7 B-DATE next
week NOUN NN npadvmod 4 I-DATE week _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Interior PROPN NNP compound 12 B-ORG Interior
Minister PROPN NNP compound 16 O Minister
Prince PROPN NNP compound 16 B-PERSON Prince
Khalid PROPN NNP compound 16 I-PERSON Khalid
bin PROPN NNP compound 16 I-PERSON bin
Saud PROPN NNP nsubj 10 I-PERSON Saud _
. PUNCT . punct 10 O . _
"""

# "It was a wonderful day for the children," said Princess Anne.
_PRINCESS = """
" PUNCT `` punct 11 O " _
It PRON PRP nsubj 2 O it
was AUX VBD ccomp 11 O be
a DET DT det 5 O a
wonderful ADJ JJ amod 5 O wonderful
day NOUN NN attr 2 O day
for ADP IN prep 5 O for
the DET DT det 8 O the
children NOUN NNS pobj 6 O child _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Princess PROPN NNP compound 13 B-PERSON Princess
Anne PROPN NNP nsubj 11 I-PERSON Anne _
. PUNCT . punct 11 O . _
"""


def test_a_royal_style_after_an_office_is_no_part_of_the_role() -> None:
    rows = Extractor().rows(frozen(_MINISTER))
    assert [(r.speaker, r.role) for r in rows] == [("Khalid bin Saud", "Interior Minister")]


def test_a_royal_style_alone_before_the_name_is_the_role() -> None:
    rows = Extractor().rows(frozen(_PRINCESS))
    assert [(r.speaker, r.role) for r in rows] == [("Anne", "Princess")]
