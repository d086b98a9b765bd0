"""`Adv.` before a name (Indian English: an advocate) is an abbreviated title, no part of the
name and no role, so the title before it reaches the person (`Harbour Bar Association president
Adv. Nitin Rao`: *president* / *Harbour Bar Association*). A frozen parse of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Harbour Bar Association president Adv. Nitin Rao welcomed the move. "Judges decide cases, not
# buildings," he said.
_ADVOCATE = """
Harbour PROPN NNP compound 2 B-ORG Harbour
Bar PROPN NNP compound 2 I-ORG Bar
Association PROPN NNP compound 3 I-ORG Association
president NOUN NN compound 6 O president
Adv. PROPN NNP compound 6 B-PERSON Adv.
Nitin PROPN NNP compound 6 I-PERSON Nitin
Rao PROPN NNP nsubj 7 I-PERSON Rao
welcomed VERB VBD ROOT 7 O welcome
the DET DT det 9 O the
move NOUN NN dobj 7 O move _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
Judges NOUN NNS nsubj 13 O judge
decide VERB VBP ccomp 21 O decide
cases NOUN NNS dobj 13 O case _
, PUNCT , punct 14 O ,
not PART RB neg 14 O not
buildings NOUN NNS dobj 13 O building _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_the_title_before_adv_reaches_the_person() -> None:
    rows = Extractor().rows(frozen(_ADVOCATE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Nitin Rao", "president", "Harbour Bar Association")
    ]
