"""`said Can Van Luc, chief economist at BIDV`: a Vietnamese family name that is also an English
word (`Can`, which the tagger reads as a modal; `Do`, a verb) right before a middle name (`Van`,
`Thi`) and a given name is the name's first word: the person's name is whole and the role and
organisation after it are read, also where the tagger leaves the family name out of the person
(`Can` + `Van Luc`) or tags the three words a work. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Credit growth will slow to around 12 percent," said Can Van Luc, chief economist at BIDV.
_SAID_AFTER = """
" PUNCT `` punct 11 O " _
Credit NOUN NN compound 2 O credit
growth NOUN NN nsubj 4 O growth
will AUX MD aux 4 O will
slow VERB VB ccomp 11 O slow
to ADP IN prep 4 O to
around ADV RB advmod 7 B-PERCENT around
12 NUM CD nummod 8 I-PERCENT 12
percent NOUN NN pobj 5 I-PERCENT percent _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Can AUX MD aux 14 B-PERSON can
Van PROPN NNP compound 14 I-PERSON Van
Luc PROPN NNP nsubj 11 I-PERSON Luc _
, PUNCT , punct 14 O ,
chief ADJ JJ amod 17 O chief
economist NOUN NN appos 14 O economist
at ADP IN prep 17 O at
BIDV PROPN NNP pobj 18 B-ORG BIDV _
. PUNCT . punct 11 O . _
"""

# Can Van Luc, chief economist at BIDV, said credit would slow. "It is hard," Luc said.
_OPENING = """
Can AUX MD aux 9 O can
Van PROPN NNP compound 2 B-PERSON Van
Luc PROPN NNP nsubj 9 I-PERSON Luc _
, PUNCT , punct 2 O ,
chief ADJ JJ amod 5 O chief
economist NOUN NN appos 2 O economist
at ADP IN prep 5 O at
BIDV PROPN NNP pobj 6 B-ORG BIDV _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 9 O say
credit NOUN NN nsubj 12 O credit
would AUX MD aux 12 O would
slow VERB VB ccomp 9 O slow _
. PUNCT . punct 9 O .
" PUNCT `` punct 21 O " _
It PRON PRP nsubj 16 O it
is AUX VBZ ccomp 21 O be
hard ADJ JJ acomp 16 O hard _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Luc PROPN NNP nsubj 21 B-PERSON Luc
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# "Credit growth will slow," Can Van Luc, chief economist at the bank, said.
_TAGGED_A_WORK = """
" PUNCT `` punct 17 O " _
Credit NOUN NN compound 2 O credit
growth NOUN NN nsubj 4 O growth
will AUX MD aux 4 O will
slow VERB VB ccomp 17 O slow _
, PUNCT , punct 4 O , _
" PUNCT '' punct 4 O "
Can AUX MD aux 9 B-WORK_OF_ART can
Van PROPN NNP compound 9 I-WORK_OF_ART Van
Luc PROPN NNP nsubj 17 I-WORK_OF_ART Luc _
, PUNCT , punct 9 O ,
chief ADJ JJ amod 12 O chief
economist NOUN NN appos 9 O economist
at ADP IN prep 12 O at
the DET DT det 15 O the
bank NOUN NN pobj 13 O bank _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


def test_a_family_name_read_as_a_modal_keeps_the_role_after_the_name() -> None:
    rows = Extractor().rows(frozen(_SAID_AFTER))
    assert [(r.speaker, r.organization) for r in rows] == [("Can Van Luc", "BIDV")]


def test_a_family_name_left_out_of_the_person_opens_the_name() -> None:
    rows = Extractor().rows(frozen(_OPENING))
    assert [(r.speaker, r.organization) for r in rows] == [("Can Van Luc", "BIDV")]


def test_a_vietnamese_name_tagged_a_work_is_a_persons() -> None:
    rows = Extractor().rows(frozen(_TAGGED_A_WORK))
    assert [(r.speaker, r.role) for r in rows] == [("Can Van Luc", "chief economist at the bank")]
