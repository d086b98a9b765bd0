"""A street after a name (`Mrs Joan Petrie, of Thompson Street,`) says where the person lives,
not whom they work for, whatever the tagger called it (models/place_words.txt, kind `street`).
A frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mrs Joan Petrie, of Thompson Street, said the water reached her front step by midnight. "I have
# never seen anything like it," she said.
_STREET = """
Mrs PROPN NNP compound 2 B-PERSON Mrs
Joan PROPN NNP compound 2 I-PERSON Joan
Petrie PROPN NNP nsubj 8 I-PERSON Petrie _
, PUNCT , punct 2 O ,
of ADP IN prep 2 O of
Thompson PROPN NNP compound 6 B-ORG Thompson
Street PROPN NNP pobj 4 I-ORG Street _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
water NOUN NN nsubj 11 O water
reached VERB VBD ccomp 8 O reach
her PRON PRP$ poss 14 O her
front ADJ JJ amod 14 O front
step NOUN NN dobj 11 O step
by ADP IN prep 14 O by
midnight NOUN NN pobj 15 B-TIME midnight _
. PUNCT . punct 8 O .
" PUNCT `` punct 22 O " _
I PRON PRP nsubj 22 O I
have AUX VBP aux 22 O have
never ADV RB neg 22 O never
seen VERB VBN ccomp 29 O see
anything PRON NN dobj 22 O anything
like ADP IN prep 23 O like
it PRON PRP pobj 24 O it _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
she PRON PRP nsubj 29 O she
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


def test_a_street_set_off_after_a_name_is_no_organisation() -> None:
    rows = Extractor().rows(frozen(_STREET))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Joan Petrie", "", "")]
