"""`A mother of three named Aisha Bello said …. "…," she said`: a noun for a person with a
participle of naming after it (`named`, `called`) and a name as what it names them is that
person, no one unnamed apart from the name, so the later `she` is Aisha Bello (it was *A
mother*, a woman's noun agreeing with `she` better than the name did). Frozen parse of a text
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A mother of three named Aisha Bello said the water reached her roof. "We lost everything,"
# she said.
_NAMED_MOTHER = """
A DET DT det 1 O a
mother NOUN NN nsubj 7 O mother
of ADP IN prep 1 O of
three NUM CD pobj 2 B-CARDINAL three
named VERB VBN acl 1 O name
Aisha PROPN NNP compound 6 B-PERSON Aisha
Bello PROPN NNP oprd 4 I-PERSON Bello
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
water NOUN NN nsubj 10 O water
reached VERB VBD ccomp 7 O reach
her PRON PRP$ poss 12 O her
roof NOUN NN dobj 10 O roof _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 16 O we
lost VERB VBD ccomp 21 O lose
everything PRON NN dobj 16 O everything _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
she PRON PRP nsubj 21 O she
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_noun_named_by_a_participle_is_the_named_person() -> None:
    rows = Extractor().rows(frozen(_NAMED_MOTHER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Aisha Bello", "", "")]
