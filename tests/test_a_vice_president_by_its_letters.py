"""`said VP Ana Ruiz`, `Maria Lopez, the bank's VP for operations,`: `VP`, a vice-president written
by its letters, is a post as `MP` is (models/role_nouns.txt; tokens.is_post_by_its_letters): the
role, and no part of the name. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We are ready," said VP Ana Ruiz.
_VP_BEFORE = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 6 O be
ready ADJ JJ acomp 2 O ready _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
VP PROPN NNP compound 9 B-PERSON VP
Ana PROPN NNP compound 9 I-PERSON Ana
Ruiz PROPN NNP nsubj 6 O Ruiz _
. PUNCT . punct 6 O . _
"""

# Maria Lopez, the bank's VP for operations, said the branches would stay open. "No one will lose
# a job," she said.
_VP_APPOSED = """
Maria PROPN NNP compound 1 B-PERSON Maria
Lopez PROPN NNP nsubj 10 I-PERSON Lopez _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
bank NOUN NN poss 6 O bank _
's PART POS case 4 O 's
VP NOUN NN appos 1 O vp
for ADP IN prep 6 O for
operations NOUN NNS pobj 7 O operation _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
branches NOUN NNS nsubj 14 O branch
would AUX MD aux 14 O would
stay VERB VB ccomp 10 O stay
open ADJ JJ acomp 14 O open _
. PUNCT . punct 10 O .
" PUNCT `` punct 27 O " _
No DET DT det 19 O no
one NOUN NN nsubj 21 O one
will AUX MD aux 21 O will
lose VERB VB ccomp 27 O lose
a DET DT det 23 O a
job NOUN NN dobj 21 O job _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
she PRON PRP nsubj 27 O she
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_vp_before_a_name_is_the_role_not_the_name() -> None:
    rows = Extractor().rows(frozen(_VP_BEFORE))
    assert [(r.speaker, r.role) for r in rows] == [("Ana Ruiz", "VP")]


def test_vp_in_an_apposition_is_the_role() -> None:
    rows = Extractor().rows(frozen(_VP_APPOSED))
    assert [(r.speaker, r.role) for r in rows] == [("Maria Lopez", "VP for operations")]
