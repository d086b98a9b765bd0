"""`who heads the branch`, after `the Harbour Workers' Union branch`: the unit the story named
before by that noun, with a tagged body's name right before it, is that body's. Frozen parse of
a sentence written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Harbour Workers' Union branch at the Lenton shipyard called the ruling long overdue. "We
# want every penny returned," said Ana Ruiz, who heads the branch.
_THE_BRANCH = """
The DET DT det 2 B-ORG the
Harbour PROPN NNP compound 2 I-ORG Harbour
Workers PROPN NNPS poss 5 I-ORG Workers _
' PART POS case 2 I-ORG '
Union PROPN NNP compound 5 I-ORG Union
branch NOUN NN nsubj 10 O branch
at ADP IN prep 5 O at
the DET DT det 9 O the
Lenton PROPN NNP compound 9 B-PERSON Lenton
shipyard NOUN NN pobj 6 O shipyard
called VERB VBD ROOT 10 O call
the DET DT det 12 O the
ruling VERB VBG dobj 10 O rule
long ADV RB advmod 14 O long
overdue ADJ JJ oprd 10 O overdue _
. PUNCT . punct 10 O .
" PUNCT `` punct 24 O " _
We PRON PRP nsubj 18 O we
want VERB VBP ccomp 24 O want
every DET DT det 20 O every
penny NOUN NN nsubj 21 O penny
returned VERB VBD ccomp 18 O return _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
said VERB VBD ROOT 24 O say
Ana PROPN NNP compound 26 O Ana
Ruiz PROPN NNP nsubj 24 O Ruiz _
, PUNCT , punct 26 O ,
who PRON WP nsubj 29 O who
heads VERB VBZ relcl 26 O head
the DET DT det 31 O the
branch NOUN NN dobj 29 O branch _
. PUNCT . punct 24 O . _
"""


def test_the_branch_named_before_is_its_bodys() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_THE_BRANCH))]
    assert rows == [("Ana Ruiz", "", "Harbour Workers' Union")]
