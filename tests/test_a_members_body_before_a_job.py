"""A plural of its members owning a body's noun in small letters before a job (`Traders'
association chairwoman Mercy Adjei`) describes the body the person holds the job at: *Traders'
association* / *chairwoman*, not the role *association chairwoman*. Frozen parse of a story written
for this file (see tests/frozen.py).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Traders' association chairwoman Mercy Adjei said the market would close. "We have no choice,"
# Adjei said.
_TRADERS = """
Traders NOUN NNS poss 3 O trader _
' PART POS case 0 O '
association NOUN NN compound 3 O association
chairwoman NOUN NN compound 5 O chairwoman
Mercy PROPN NNP compound 5 B-PERSON Mercy
Adjei PROPN NNP nsubj 6 I-PERSON Adjei
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
market NOUN NN nsubj 10 O market
would AUX MD aux 10 O would
close VERB VB ccomp 6 O close _
. PUNCT . punct 6 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
have VERB VBP ccomp 20 O have
no DET DT det 16 O no
choice NOUN NN dobj 14 O choice _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Adjei PROPN NNP nsubj 20 B-PRODUCT Adjei
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_members_body_before_a_job() -> None:
    rows = Extractor().rows(frozen(_TRADERS))
    who = {(r.speaker, r.role, r.organization) for r in rows}
    assert who == {("Mercy Adjei", "chairwoman", "Traders' association")}
