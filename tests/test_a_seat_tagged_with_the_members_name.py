"""`said the MP for Pulau Betong Muhamad Hafiz Yusof`: the tagger takes a lawmaker's seat and
his name for one person, so the speaker was *Muhamad Hafiz Yusof* with no role (the mention
*Betong Muhamad Hafiz Yusof*). After a lawmaker's title (any case) and `for`, a person opening
on words in capitals before a given name the lists know is the seat and the member; a person
after any other title's `for` (`a lawyer for Tan Wei Ming Lee`, the client) is left whole.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The jetty has rotted for ten years," said the MP for Pulau Betong Muhamad Hafiz Yusof.
_MP = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
jetty NOUN NN nsubj 4 O jetty
has AUX VBZ aux 4 O have
rotted VERB VBN ccomp 10 O rot
for ADP IN prep 4 O for
ten NUM CD nummod 7 B-DATE ten
years NOUN NNS pobj 5 I-DATE year _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
MP PROPN NNP nsubj 10 O MP
for ADP IN prep 12 O for
Pulau PROPN NNP compound 18 B-PERSON Pulau
Betong PROPN NNP compound 18 I-PERSON Betong
Muhamad PROPN NNP compound 18 I-PERSON Muhamad
Hafiz PROPN NNP compound 18 I-PERSON Hafiz
Yusof PROPN NNP pobj 13 I-PERSON Yusof _
. PUNCT . punct 10 O . _
"""
# "The charge is absurd," said a lawyer for Tan Wei Ming Lee.
_LAWYER = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
charge NOUN NN nsubj 3 O charge
is AUX VBZ ccomp 7 O be
absurd ADJ JJ acomp 3 O absurd _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
a DET DT det 9 O a
lawyer NOUN NN nsubj 7 O lawyer
for ADP IN prep 9 O for
Tan PROPN NNP compound 14 B-PERSON Tan
Wei PROPN NNP compound 14 I-PERSON Wei
Ming PROPN NNP compound 14 I-PERSON Ming
Lee PROPN NNP pobj 10 I-PERSON Lee _
. PUNCT . punct 7 O . _
"""


def test_a_seat_and_the_members_name_tagged_one_person_are_split() -> None:
    rows = Extractor().rows(frozen(_MP))
    got = [(r.speaker, r.role, r.mention) for r in rows]
    assert got == [("Muhamad Hafiz Yusof", "MP for Pulau Betong", "Muhamad Hafiz Yusof")]


def test_a_client_after_a_lawyers_for_is_left_whole() -> None:
    rows = Extractor().rows(frozen(_LAWYER))
    assert [(r.speaker, r.role) for r in rows] == [("a lawyer", "lawyer for Tan Wei Ming Lee")]
