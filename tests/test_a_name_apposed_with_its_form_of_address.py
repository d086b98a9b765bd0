"""A description set beside a name with a form of address (`Tan's lawyer, Mr Ravi Chandran of Eldan
Law,`) is that person: the name starts after `Mr`. Frozen parse of sentences written for this file
(see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tan Ah Kow pleaded guilty to 12 charges of cheating. /
# Tan's lawyer, Mr Ravi Chandran of Eldan Law, said his client had "lost everything".
_A_LAWYER_ADDRESSED_AS_MR = """
Tan PROPN NNP compound 2 B-PERSON Tan
Ah INTJ UH compound 2 I-PERSON ah
Kow PROPN NNP nsubj 3 I-PERSON Kow
pleaded VERB VBD ROOT 3 O plead
guilty ADJ JJ acomp 3 O guilty
to ADP IN prep 4 O to
12 NUM CD nummod 7 B-CARDINAL 12
charges NOUN NNS pobj 5 O charge
of ADP IN prep 7 O of
cheating VERB VBG pobj 8 O cheat _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
Tan PROPN NNP poss 14 B-PERSON Tan _
's PART POS case 12 O 's
lawyer NOUN NN nsubj 23 O lawyer _
, PUNCT , punct 14 O ,
Mr PROPN NNP compound 18 O Mr
Ravi PROPN NNP compound 18 O Ravi
Chandran PROPN NNP appos 14 O Chandran
of ADP IN prep 18 O of
Eldan PROPN NNP compound 21 O Eldan
Law PROPN NNP pobj 19 O Law _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 23 O say
his PRON PRP$ poss 25 O his
client NOUN NN nsubj 28 O client
had AUX VBD aux 28 O have
" PUNCT `` punct 28 O " _
lost VERB VBN ccomp 23 O lose
everything PRON NN dobj 28 O everything _
" PUNCT '' punct 28 O " _
. PUNCT . punct 23 O . _
"""


def test_a_description_beside_a_name_with_its_form_of_address_is_that_person() -> None:
    rows = Extractor().rows(frozen(_A_LAWYER_ADDRESSED_AS_MR))
    assert [(r.speaker, r.role) for r in rows] == [("Ravi Chandran", "lawyer")]
