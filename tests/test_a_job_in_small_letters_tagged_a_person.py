"""`“…,” the earl said`, the tagger tagging `earl` alone a person (`Earl` is a given name too): one
word in small letters that is a job's noun, tagged a person by itself after a determiner, is the
description's noun and no name, so `the earl` is read as a description and stands for the Earl of
Harewood named before; `Earl` in capitals stays a given name. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Earl of Harewood opened the new wing of the infirmary on Saturday. "I know of no town which
# has done more for its sick poor," the earl said.
_EARL = """
The DET DT det 1 O the
Earl PROPN NNP nsubj 4 O Earl
of ADP IN prep 1 O of
Harewood PROPN NNP pobj 2 B-PERSON Harewood
opened VERB VBD ROOT 4 O open
the DET DT det 7 O the
new ADJ JJ amod 7 O new
wing NOUN NN dobj 4 O wing
of ADP IN prep 7 O of
the DET DT det 10 O the
infirmary NOUN NN pobj 8 O infirmary
on ADP IN prep 4 O on
Saturday PROPN NNP pobj 11 B-DATE Saturday _
. PUNCT . punct 4 O .
" PUNCT `` punct 16 O " _
I PRON PRP nsubj 16 O I
know VERB VBP ccomp 32 O know
of ADP IN prep 16 O of
no DET DT det 19 O no
town NOUN NN pobj 17 O town
which PRON WDT nsubj 22 O which
has AUX VBZ aux 22 O have
done VERB VBN relcl 19 O do
more ADJ JJR dobj 22 O more
for ADP IN prep 22 O for
its PRON PRP$ poss 27 O its
sick ADJ JJ amod 27 O sick
poor NOUN NN pobj 24 O poor _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
the DET DT det 31 O the
earl PROPN NNP nsubj 32 B-PERSON earl
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

# Earl Mason, the club captain, said the side was ready. "We have trained hard all winter," Earl
# said.
_GIVEN_NAME = """
Earl PROPN NNP compound 1 B-PERSON Earl
Mason PROPN NNP nsubj 7 I-PERSON Mason _
, PUNCT , punct 1 O ,
the DET DT det 5 O the
club NOUN NN compound 5 O club
captain NOUN NN appos 1 O captain _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
side NOUN NN nsubj 10 O side
was AUX VBD ccomp 7 O be
ready ADJ JJ acomp 10 O ready _
. PUNCT . punct 7 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 16 O we
have AUX VBP aux 16 O have
trained VERB VBN ccomp 23 O train
hard ADV RB advmod 16 O hard
all DET DT det 19 B-DATE all
winter NOUN NN npadvmod 16 I-DATE winter _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Earl PROPN NNP nsubj 23 B-PERSON Earl
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_the_earl_tagged_a_person_is_the_earl_of_harewood() -> None:
    rows = Extractor().rows(frozen(_EARL))
    assert [(r.speaker, r.role) for r in rows] == [("The Earl of Harewood", "Earl of Harewood")]


def test_earl_in_capitals_stays_a_given_name() -> None:
    rows = Extractor().rows(frozen(_GIVEN_NAME))
    assert [(r.speaker, r.role) for r in rows] == [("Earl Mason", "club captain")]
