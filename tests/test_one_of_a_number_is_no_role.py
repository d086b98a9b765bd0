"""`said Obinna Eze, 41, the elder of the two`: one of a number of people is no role (it gave
*elder of the*, the number cut off), though a body counted by its members is a body (`chair of the
12-member panel`). Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The ovens never go cold," said Obinna Eze, 41, the elder of the two.
_ELDER = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
ovens NOUN NNS nsubj 4 O oven
never ADV RB neg 4 O never
go VERB VBP ccomp 8 O go
cold ADJ JJ acomp 4 O cold _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Obinna PROPN NNP compound 10 B-PERSON Obinna
Eze PROPN NNP nsubj 8 I-PERSON Eze _
, PUNCT , punct 10 O ,
41 NUM CD appos 10 B-DATE 41 _
, PUNCT , punct 10 O ,
the DET DT det 15 O the
elder NOUN NN appos 10 O elder
of ADP IN prep 15 O of
the DET DT det 18 O the
two NUM CD pobj 16 B-CARDINAL two _
. PUNCT . punct 8 O . _
"""

# "We will rule before Christmas," said Jane Mwangi, chair of the 12-member panel.
_PANEL = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
rule VERB VB ccomp 8 O rule
before ADP IN prep 3 O before
Christmas PROPN NNP pobj 4 B-DATE Christmas _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Jane PROPN NNP compound 10 B-PERSON Jane
Mwangi PROPN NNP nsubj 8 I-PERSON Mwangi _
, PUNCT , punct 10 O ,
chair NOUN NN appos 10 O chair
of ADP IN prep 12 O of
the DET DT det 18 O the
12 NUM CD nummod 17 B-CARDINAL 12 _
- PUNCT HYPH punct 17 O - _
member NOUN NN compound 18 O member
panel NOUN NN pobj 13 O panel _
. PUNCT . punct 8 O . _
"""


def _row(spec: str) -> tuple[str, str]:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker, row.role


def test_one_of_two_is_no_role() -> None:
    assert _row(_ELDER) == ("Obinna Eze", "")


def test_a_panel_counted_by_its_members_keeps_its_chair() -> None:
    assert _row(_PANEL) == ("Jane Mwangi", "chair of the 12-member panel")
