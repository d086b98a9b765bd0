"""`Kiwis coach Tom Rangi said`, `“…,” the Aarhus coach said`: a name the tagger calls a people
that is no people's word (models/demonyms.txt, models/places.txt) right before a job only a side
has is the side, the speaker's organisation (as a plural in capitals there is); `Kenyan coach`
stays a people's. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Kiwis coach Tom Rangi said his side had shown real character. "The boys never gave up," Rangi
# said.
_KIWIS = """
Kiwis ADJ JJ amod 1 B-NORP kiwis
coach NOUN NN compound 3 O coach
Tom PROPN NNP compound 3 B-PERSON Tom
Rangi PROPN NNP nsubj 4 I-PERSON Rangi
said VERB VBD ROOT 4 O say
his PRON PRP$ poss 6 O his
side NOUN NN nsubj 8 O side
had AUX VBD aux 8 O have
shown VERB VBN ccomp 4 O show
real ADJ JJ amod 10 O real
character NOUN NN dobj 8 O character _
. PUNCT . punct 4 O .
" PUNCT `` punct 21 O " _
The DET DT det 14 O the
boys NOUN NNS nsubj 16 O boy
never ADV RB neg 16 O never
gave VERB VBD ccomp 21 O give
up ADP RP prt 16 O up _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Rangi PROPN NNP nsubj 21 B-PERSON Rangi
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# "We were poor," the Aarhus coach said.
_AARHUS = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 2 O we
were AUX VBD ccomp 9 O be
poor ADJ JJ acomp 2 O poor _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
the DET DT det 8 O the
Aarhus PROPN NNP compound 8 B-NORP Aarhus
coach NOUN NN nsubj 9 O coach
said VERB VBD ROOT 9 O say _
. PUNCT . punct 9 O . _
"""


def _row(spec: str) -> tuple[str, str, str]:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker, row.role, row.organization


def test_a_side_named_for_its_people() -> None:
    assert _row(_KIWIS) == ("Tom Rangi", "coach", "Kiwis")


def test_a_side_the_tagger_calls_a_people() -> None:
    assert _row(_AARHUS) == ("the Aarhus coach", "coach", "Aarhus")
