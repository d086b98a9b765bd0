"""`Farmer Sutrisno, 54, has grown rice …`: Indonesian and Javanese people often have one name
only, and a job only a person holds, in capitals before it at the start of a sentence, is the
person's role, no word of the name. A word that is the surname of a longer name the story gives
(`Paul Farmer` … `Farmer Paul`) stays a name. Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Farmer Sutrisno, 54, has grown rice in Central Java for three decades. "The rain comes late
# now," Sutrisno said.
_FARMER = """
Farmer PROPN NNP compound 1 B-ORG Farmer
Sutrisno PROPN NNP nsubj 6 I-ORG Sutrisno _
, PUNCT , punct 1 O ,
54 NUM CD appos 1 B-DATE 54 _
, PUNCT , punct 1 O ,
has AUX VBZ aux 6 O have
grown VERB VBN ROOT 6 O grow
rice NOUN NN dobj 6 O rice
in ADP IN prep 6 O in
Central PROPN NNP compound 10 O Central
Java PROPN NNP pobj 8 O Java
for ADP IN prep 6 O for
three NUM CD nummod 13 B-DATE three
decades NOUN NNS pobj 11 I-DATE decade _
. PUNCT . punct 6 O .
" PUNCT `` punct 24 O " _
The DET DT det 17 O the
rain NOUN NN nsubj 18 O rain
comes VERB VBZ ccomp 24 O come
late ADV RB advmod 20 O late
now ADV RB advmod 18 O now _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Sutrisno PROPN NNP nsubj 24 B-PERSON Sutrisno
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_farmers_job_before_one_name_is_his_role() -> None:
    rows = Extractor().rows(frozen(_FARMER))
    assert [(r.speaker, r.role) for r in rows] == [("Sutrisno", "Farmer")]
