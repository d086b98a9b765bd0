"""A body's noun with a name in capitals and a field in small letters before it (`the EVG rail
union`, `the RMT transport union`) names that body, not the one the noun alone would stand for
(`the GDL union` named before). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Trains stopped on Monday. "We are tired," said Lena Brandt, head of the EVG rail union.
_FIELD = """
Trains NOUN NNS nsubj 1 O train
stopped VERB VBD ROOT 1 O stop
on ADP IN prep 1 O on
Monday PROPN NNP pobj 2 B-DATE Monday _
. PUNCT . punct 1 O .
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 7 O we
are AUX VBP ccomp 11 O be
tired ADJ JJ acomp 7 O tired _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Lena PROPN NNP compound 13 B-PERSON Lena
Brandt PROPN NNP nsubj 11 I-PERSON Brandt _
, PUNCT , punct 13 O ,
head NOUN NN appos 13 O head
of ADP IN prep 15 O of
the DET DT det 20 O the
EVG PROPN NNP compound 20 B-ORG EVG
rail NOUN NN compound 20 O rail
union NOUN NN pobj 16 O union _
. PUNCT . punct 11 O . _
"""

# Trains stopped on Monday. "We are angry," said Ana Ruiz, head of the GDL union. "We are sad,"
# said Tom Hale, a spokesman for the RMT transport union.
_ANOTHER_UNION = """
Trains NOUN NNS nsubj 1 O train
stopped VERB VBD ROOT 1 O stop
on ADP IN prep 1 O on
Monday PROPN NNP pobj 2 B-DATE Monday _
. PUNCT . punct 1 O .
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 7 O we
are AUX VBP ccomp 11 O be
angry ADJ JJ acomp 7 O angry _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Ana PROPN NNP compound 13 O Ana
Ruiz PROPN NNP nsubj 11 O Ruiz _
, PUNCT , punct 13 O ,
head NOUN NN appos 13 O head
of ADP IN prep 15 O of
the DET DT det 19 O the
GDL PROPN NNP compound 19 B-ORG GDL
union NOUN NN pobj 16 O union _
. PUNCT . punct 11 O .
" PUNCT `` punct 27 O " _
We PRON PRP nsubj 23 O we
are AUX VBP ccomp 27 O be
sad ADJ JJ acomp 23 O sad _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
said VERB VBD ROOT 27 O say
Tom PROPN NNP compound 29 B-PERSON Tom
Hale PROPN NNP nsubj 27 I-PERSON Hale _
, PUNCT , punct 29 O ,
a DET DT det 32 O a
spokesman NOUN NN appos 29 O spokesman
for ADP IN prep 32 O for
the DET DT det 37 O the
RMT PROPN NNP compound 36 B-ORG RMT
transport NOUN NN compound 37 O transport
union NOUN NN pobj 33 O union _
. PUNCT . punct 27 O . _
"""


def test_a_field_between_a_bodys_name_and_its_noun() -> None:
    assert who(_FIELD) == [("Lena Brandt", "head of the EVG rail union", "EVG rail union")]


def test_a_name_before_the_noun_is_not_the_body_named_before() -> None:
    assert who(_ANOTHER_UNION) == [
        ("Ana Ruiz", "head of the GDL union", "GDL"),
        ("Tom Hale", "spokesman for the RMT transport union", "RMT transport union"),
    ]
