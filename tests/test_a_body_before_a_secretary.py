"""The words before a secretary or a minister name a body, not the title's portfolio, when they
close on a country's or a province's name after other words (`Cosatu Western Cape secretary
Malvern Petersen`: the body's branch). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Cosatu Western Cape secretary Malvern Petersen said workers would march on Friday. "We cannot
# continue like this," he said.
_BRANCH = """
Cosatu PROPN NNP compound 2 B-ORG Cosatu
Western PROPN NNP compound 2 I-ORG Western
Cape PROPN NNP compound 3 I-ORG Cape
secretary NOUN NN compound 5 O secretary
Malvern PROPN NNP compound 5 B-PERSON Malvern
Petersen PROPN NNP nsubj 6 I-PERSON Petersen
said VERB VBD ROOT 6 O say
workers NOUN NNS nsubj 9 O worker
would AUX MD aux 9 O would
march VERB VB ccomp 6 O march
on ADP IN prep 9 O on
Friday PROPN NNP pobj 10 B-DATE Friday _
. PUNCT . punct 6 O .
" PUNCT `` punct 17 O " _
We PRON PRP nsubj 17 O we
can AUX MD aux 17 O can _
not PART RB neg 17 O not
continue VERB VB ccomp 23 O continue
like ADP IN prep 17 O like
this PRON DT pobj 18 O this _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_bodys_branch_before_a_secretary_is_no_portfolio() -> None:
    rows = Extractor().rows(frozen(_BRANCH))
    assert [(r.role, r.organization) for r in rows] == [("secretary", "Cosatu Western Cape")]

