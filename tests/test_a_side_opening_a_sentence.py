"""A side named for its players (`Rangers`, `Senators`) opening a sentence before a job, read as
the plural of a job (`ranger`), is the side when the article writes it in capitals inside a
sentence too; a word in capitals after a dateline that the tagger leaves untagged (`GLASGOW —
Celtic manager`) is the body the article tags it elsewhere. `Farmers leader`, with nothing
more, stays the job. Frozen parses of stories written for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from tests.frozen import frozen

# Rangers manager Jan Kowalski has defended his players after the defeat. The loss left Rangers
# fourth in the table. "They gave everything," Kowalski said.
_RANGERS = """
Rangers NOUN NNS compound 1 B-ORG ranger
manager NOUN NN compound 3 O manager
Jan PROPN NNP compound 3 B-PERSON Jan
Kowalski PROPN NNP nsubj 5 I-PERSON Kowalski
has AUX VBZ aux 5 O have
defended VERB VBN ROOT 5 O defend
his PRON PRP$ poss 7 O his
players NOUN NNS dobj 5 O player
after ADP IN prep 5 O after
the DET DT det 10 O the
defeat NOUN NN pobj 8 O defeat _
. PUNCT . punct 5 O .
The DET DT det 13 O the
loss NOUN NN nsubj 14 O loss
left VERB VBD ROOT 14 O leave
Rangers PROPN NNPS dobj 14 B-ORG Rangers
fourth ADV RB oprd 14 B-ORDINAL fourth
in ADP IN prep 14 O in
the DET DT det 19 O the
table NOUN NN pobj 17 O table _
. PUNCT . punct 14 O .
" PUNCT `` punct 28 O " _
They PRON PRP nsubj 23 O they
gave VERB VBD ccomp 28 O give
everything PRON NN dobj 23 O everything _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
Kowalski PROPN NNP nsubj 28 B-PERSON Kowalski
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# GLASGOW — Celtic manager Ewan Murray has defended his players. The defeat left Celtic second
# in the table. "They gave everything," Murray said.
_CELTIC = """
GLASGOW PROPN NNP ROOT 0 O GLASGOW
— PUNCT : punct 0 O —
Celtic ADJ JJ amod 3 O celtic
manager NOUN NN compound 5 O manager
Ewan PROPN NNP compound 5 B-PERSON Ewan
Murray PROPN NNP nsubj 7 I-PERSON Murray
has AUX VBZ aux 7 O have
defended VERB VBN ROOT 7 O defend
his PRON PRP$ poss 9 O his
players NOUN NNS dobj 7 O player _
. PUNCT . punct 7 O .
The DET DT det 12 O the
defeat NOUN NN nsubj 13 O defeat
left VERB VBD ROOT 13 O leave
Celtic ADJ JJ dobj 13 B-ORG celtic
second ADV RB advmod 13 B-ORDINAL second
in ADP IN prep 13 O in
the DET DT det 18 O the
table NOUN NN pobj 16 O table _
. PUNCT . punct 13 O .
" PUNCT `` punct 27 O " _
They PRON PRP nsubj 22 O they
gave VERB VBD ccomp 27 O give
everything PRON NN dobj 22 O everything _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Murray PROPN NNP nsubj 27 B-PERSON Murray
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# Farmers leader Mario Rossi said prices were too low. "We will starve," he said.
_FARMERS = """
Farmers NOUN NNS compound 1 B-ORG farmer
leader NOUN NN compound 3 O leader
Mario PROPN NNP compound 3 B-PERSON Mario
Rossi PROPN NNP nsubj 4 I-PERSON Rossi
said VERB VBD ROOT 4 O say
prices NOUN NNS nsubj 6 O price
were AUX VBD ccomp 4 O be
too ADV RB advmod 8 O too
low ADJ JJ acomp 6 O low _
. PUNCT . punct 4 O .
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 13 O we
will AUX MD aux 13 O will
starve VERB VB ccomp 17 O starve _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
he PRON PRP nsubj 17 O he
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


@pytest.mark.parametrize(
    ("spec", "who"),
    [
        (_RANGERS, ("Jan Kowalski", "manager", "Rangers")),
        (_CELTIC, ("Ewan Murray", "manager", "Celtic")),
        (_FARMERS, ("Mario Rossi", "Farmers leader", "")),
    ],
    ids=["rangers", "celtic", "farmers"],
)
def test_a_side_opening_the_sentence_before_a_job(spec: str, who: tuple[str, str, str]) -> None:
    rows = Extractor().rows(frozen(spec))
    assert {(r.speaker, r.role, r.organization) for r in rows} == {who}
