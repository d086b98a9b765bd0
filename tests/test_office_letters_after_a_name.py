"""An office's letters in capitals right after a name (`Tony Gregory TD`, `Jo Smith MP for
Leeds North`) are its holder's role; an honour's letters (`CBE`) are none. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We were never consulted," said Tony Gregory TD.
_TD_AFTER_THE_NAME = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubjpass 4 O we
were AUX VBD auxpass 4 O be
never ADV RB neg 4 O never
consulted VERB VBN ccomp 7 O consult _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Tony PROPN NNP compound 10 B-PERSON Tony
Gregory PROPN NNP compound 10 I-PERSON Gregory
TD PROPN NNP nsubj 7 I-PERSON TD _
. PUNCT . punct 7 O . _
"""

# Jo Smith MP for Leeds North said: "It is wrong."
_MP_FOR_A_SEAT = """
Jo PROPN NNP compound 2 B-PERSON Jo
Smith PROPN NNP compound 2 I-PERSON Smith
MP PROPN NNP nsubj 6 O MP
for ADP IN prep 2 O for
Leeds PROPN NNPS compound 5 B-PERSON Leeds
North PROPN NNP pobj 3 I-PERSON North
said VERB VBD ROOT 6 O say _
: PUNCT : punct 6 O :
" PUNCT `` punct 6 O " _
It PRON PRP nsubj 10 O it
is AUX VBZ ccomp 6 O be
wrong ADJ JJ acomp 10 O wrong _
. PUNCT . punct 6 O . _
" PUNCT '' punct 6 O " _
"""

# "We will appeal," said Jo Smith CBE.
_HONOUR_AFTER_THE_NAME = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
appeal VERB VB ccomp 6 O appeal _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Jo PROPN NNP compound 9 B-PERSON Jo
Smith PROPN NNP compound 9 I-PERSON Smith
CBE PROPN NNP nsubj 6 I-PERSON CBE _
. PUNCT . punct 6 O . _
"""


def who(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_a_parliaments_letters_after_the_name_are_the_role() -> None:
    assert who(_TD_AFTER_THE_NAME) == [("Tony Gregory", "TD")]


def test_the_seat_after_the_letters_is_part_of_the_role() -> None:
    assert who(_MP_FOR_A_SEAT) == [("Jo Smith", "MP for Leeds North")]


def test_an_honours_letters_are_no_role() -> None:
    assert who(_HONOUR_AFTER_THE_NAME) == [("Jo Smith", "")]
