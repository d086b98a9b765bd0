"""`Finance Minister II Amir Hamzah Azizan said`, `said Deputy Finance Minister II Lim Hui Ying`: a
Roman numeral right after an office's title in capitals numbers the office (Malaysia has a Finance
Minister and a Finance Minister II), and the tagger takes it into the name after it; it is the
role's last word (*Finance Minister II*), no word of the name or its mention. After a name it is
the name's (`King Charles III`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We are looking at every option," Finance Minister II Amir Hamzah Azizan said.
_FINANCE_MINISTER_II = """
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
looking VERB VBG ccomp 15 O look
at ADP IN prep 3 O at
every DET DT det 6 O every
option NOUN NN pobj 4 O option _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Finance PROPN NNP compound 10 O Finance
Minister PROPN NNP compound 11 O Minister
II PROPN NNP compound 14 B-PERSON II
Amir PROPN NNP compound 13 I-PERSON Amir
Hamzah PROPN NNP compound 14 I-PERSON Hamzah
Azizan PROPN NNP nsubj 15 I-PERSON Azizan
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""

# "Yes, the levy stays," said Deputy Finance Minister II Lim Hui Ying.
_DEPUTY_MINISTER_II = """
" PUNCT `` punct 5 O " _
Yes INTJ UH intj 5 O yes _
, PUNCT , punct 5 O ,
the DET DT det 4 O the
levy NOUN NN nsubj 5 O levy
stays VERB VBZ ccomp 8 O stay _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Deputy PROPN NNP compound 11 O Deputy
Finance PROPN NNP compound 11 B-ORG Finance
Minister PROPN NNP compound 12 O Minister
II PROPN NNP compound 15 B-PERSON II
Lim PROPN NNP compound 15 I-PERSON Lim
Hui PROPN NNP compound 15 I-PERSON Hui
Ying PROPN NNP nsubj 8 I-PERSON Ying _
. PUNCT . punct 8 O . _
"""

# "It was a fine harvest," said King Charles III.
_KING_CHARLES_III = """
" PUNCT `` punct 8 O " _
It PRON PRP nsubj 2 O it
was AUX VBD ccomp 8 O be
a DET DT det 5 O a
fine ADJ JJ amod 5 O fine
harvest NOUN NN attr 2 O harvest _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
King PROPN NNP compound 11 B-PERSON King
Charles PROPN NNP compound 11 I-PERSON Charles
III PROPN NNP nsubj 8 I-PERSON III _
. PUNCT . punct 8 O . _
"""


def test_the_number_after_a_ministers_title_is_the_roles() -> None:
    rows = Extractor().rows(frozen(_FINANCE_MINISTER_II))
    assert [(r.speaker, r.role, r.mention) for r in rows] == [
        ("Amir Hamzah Azizan", "Finance Minister II", "Amir Hamzah Azizan")
    ]


def test_a_deputy_ministers_number_after_the_verb() -> None:
    rows = Extractor().rows(frozen(_DEPUTY_MINISTER_II))
    assert [(r.speaker, r.role) for r in rows] == [("Lim Hui Ying", "Deputy Finance Minister II")]


def test_the_number_after_a_name_stays_the_names() -> None:
    rows = Extractor().rows(frozen(_KING_CHARLES_III))
    assert [(r.speaker, r.role) for r in rows] == [("Charles III", "King")]
