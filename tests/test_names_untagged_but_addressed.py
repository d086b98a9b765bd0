"""A name the tagger tagged nowhere: a surname the story writes after a form of address (`Mr
Singh told reporters`) closes, where it stands untagged after given names or words no
dictionary has, the person's full name (`Minister for Sugar Charan Jeath Singh defended the
bill`: *Charan Jeath Singh*, *Minister for Sugar*; `Sugar` is an English word and opens no
name). Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Minister for Sugar Charan Jeath Singh defended the bill on Wednesday.
#
# “We consulted widely, in every cane district,” Mr Singh told reporters.
_UNTAGGED = """
Minister PROPN NNP nsubj 6 O Minister
for ADP IN prep 0 O for
Sugar PROPN NNP compound 3 O Sugar
Charan PROPN NNP compound 5 O Charan
Jeath PROPN NNP compound 5 O Jeath
Singh PROPN NNP pobj 1 O Singh
defended VERB VBD ROOT 6 O defend
the DET DT det 8 O the
bill NOUN NN dobj 6 O bill
on ADP IN prep 6 O on
Wednesday PROPN NNP pobj 9 B-DATE Wednesday _
. PUNCT . punct 6 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
“ PUNCT `` punct 15 O " _
We PRON PRP nsubj 15 O we
consulted VERB VBD ccomp 26 O consult
widely ADV RB advmod 15 O widely _
, PUNCT , punct 15 O ,
in ADP IN prep 15 O in
every DET DT det 21 O every
cane NOUN NN compound 21 O cane
district NOUN NN pobj 18 O district _
, PUNCT , punct 26 O , _
” PUNCT '' punct 26 O "
Mr PROPN NNP compound 25 O Mr
Singh PROPN NNP nsubj 26 B-PERSON Singh
told VERB VBD ROOT 26 O tell
reporters NOUN NNS dobj 26 O reporter _
. PUNCT . punct 26 O . _
"""


def test_a_surname_addressed_closes_an_untagged_full_name() -> None:
    rows = Extractor().rows(frozen(_UNTAGGED))
    assert [(r.speaker, r.role) for r in rows] == [("Charan Jeath Singh", "Minister for Sugar")]
