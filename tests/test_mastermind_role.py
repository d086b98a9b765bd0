"""A campaign's hired craftsman named by a word of praise for the craft is a role noun
(models/role_nouns.txt, since who98), from a frozen parse of sentences written for this file:
`His digital mastermind, Rhys Pryce, helms the team. "We will win Cardiff," Pryce said.` gives
*digital mastermind* (was no role).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# His digital mastermind, Rhys Pryce, helms the team. "We will win Cardiff," Pryce said.
_SPEC = """
His PRON PRP$ poss 2 O his
digital ADJ JJ amod 2 O digital
mastermind NOUN NN nsubj 7 O mastermind _
, PUNCT , punct 2 O ,
Rhys PROPN NNP compound 5 B-PERSON Rhys
Pryce PROPN NNP appos 2 I-PERSON Pryce _
, PUNCT , punct 2 O ,
helms VERB VBZ ROOT 7 O helm
the DET DT det 9 O the
team NOUN NN dobj 7 O team _
. PUNCT . punct 7 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 14 O we
will AUX MD aux 14 O will
win VERB VB ccomp 19 O win
Cardiff PROPN NNP dobj 14 O Cardiff _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Pryce PROPN NNP nsubj 19 O Pryce
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def test_a_mastermind_before_the_name_is_a_role() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_SPEC))]
    assert rows == [("Rhys Pryce", "digital mastermind")]
