"""`Its` after a sentence whose subject is a name in capitals set beside a body's noun
(`Surfers Against Sewage, a British charity, has also cut staff. Its director of campaigns,
X,`) stands for that name, though the tagger called it no body. Frozen parse of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Plastic waste on beaches rose again. Surfers Against Sewage, a British charity, has also cut
# staff. Its director of campaigns, Tom Ashdown, said: "Every charity is feeling the squeeze."
_CHARITY = """
Plastic ADJ JJ amod 1 O plastic
waste NOUN NN nsubj 4 O waste
on ADP IN prep 1 O on
beaches NOUN NNS pobj 2 O beach
rose VERB VBD ROOT 4 O rise
again ADV RB advmod 4 O again _
. PUNCT . punct 4 O .
Surfers NOUN NNS compound 9 O surfer
Against PROPN NNP compound 9 O Against
Sewage PROPN NNP nsubj 17 O Sewage _
, PUNCT , punct 9 O ,
a DET DT det 13 O a
British ADJ JJ amod 13 B-NORP british
charity NOUN NN appos 9 O charity _
, PUNCT , punct 9 O ,
has AUX VBZ aux 17 O have
also ADV RB advmod 17 O also
cut VERB VBN ROOT 17 O cut
staff NOUN NN dobj 17 O staff _
. PUNCT . punct 17 O .
Its PRON PRP$ poss 21 O its
director NOUN NN nsubj 28 O director
of ADP IN prep 21 O of
campaigns NOUN NNS pobj 22 O campaign _
, PUNCT , punct 21 O ,
Tom PROPN NNP compound 26 B-PERSON Tom
Ashdown PROPN NNP appos 21 I-PERSON Ashdown _
, PUNCT , punct 21 O ,
said VERB VBD ROOT 28 O say _
: PUNCT : punct 28 O :
" PUNCT `` punct 28 O " _
Every DET DT det 32 O every
charity NOUN NN nsubj 34 O charity
is AUX VBZ aux 34 O be
feeling VERB VBG ccomp 28 O feel
the DET DT det 36 O the
squeeze NOUN NN dobj 34 O squeeze _
. PUNCT . punct 28 O . _
" PUNCT '' punct 28 O " _
"""


def test_its_after_a_name_set_beside_a_bodys_noun() -> None:
    assert who(_CHARITY) == [("Tom Ashdown", "director of campaigns", "Surfers Against Sewage")]
