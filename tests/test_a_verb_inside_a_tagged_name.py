"""`said Wong Yiu-ming, chairman of the Hong Kong Scheduled Public Light Bus Operators
Association.`: a word in capitals the tagger puts inside a name after its first word is the
name's, though the parser reads it as a verb in the past tense (`Scheduled`); it opens no clause
that ends the apposition, so the role and the body are read. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# “We have 400 vehicles parked because no one will drive them,” said Wong Yiu-ming, chairman of
# the Hong Kong Scheduled Public Light Bus Operators Association.
_MINIBUS = """
“ PUNCT `` punct 14 O " _
We PRON PRP nsubj 2 O we
have VERB VBP ccomp 14 O have
400 NUM CD nummod 4 B-CARDINAL 400
vehicles NOUN NNS dobj 2 O vehicle
parked VERB VBN acl 4 O park
because SCONJ IN mark 10 O because
no DET DT det 8 O no
one NOUN NN nsubj 10 O one
will AUX MD aux 10 O will
drive VERB VB advcl 2 O drive
them PRON PRP dobj 10 O they _
, PUNCT , punct 14 O , _
” PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Wong PROPN NNP compound 18 B-PERSON Wong
Yiu PROPN NNP compound 18 I-PERSON Yiu _
- PUNCT HYPH punct 18 I-PERSON - _
ming PROPN NNP nsubj 14 I-PERSON ming _
, PUNCT , punct 18 O ,
chairman NOUN NN appos 18 O chairman
of ADP IN prep 20 O of
the DET DT det 24 B-GPE the
Hong PROPN NNP compound 24 I-GPE Hong
Kong PROPN NNP pobj 21 I-GPE Kong
Scheduled VERB VBD amod 30 I-GPE schedule
Public PROPN NNP compound 27 I-GPE Public
Light PROPN NNP compound 29 I-GPE Light
Bus PROPN NNP compound 29 I-GPE Bus
Operators PROPN NNP compound 30 I-GPE Operators
Association PROPN NNP nsubj 14 I-GPE Association _
. PUNCT . punct 14 O . _
"""


def test_a_verb_inside_the_bodys_tagged_name_keeps_the_apposition() -> None:
    rows = Extractor().rows(frozen(_MINIBUS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        (
            "Wong Yiu-ming",
            "chairman of the Hong Kong Scheduled Public Light Bus Operators Association",
            "Hong Kong Scheduled Public Light Bus Operators Association",
        )
    ]
