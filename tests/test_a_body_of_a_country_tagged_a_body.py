"""`The Central Bank` + `of` + `Lesotho`: a body's noun in capitals, then `of` and a country the
parser hangs on it, is one body's name also when the tagger took the country for a body of its
own (as it does when it calls it a place, `the Law Society of Kenya`); the spokesperson `for the
bank` speaks for the *Central Bank of Lesotho*, not a *Central Bank*. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Central Bank of Lesotho raised its lending rate on Wednesday.  Shares in local lenders fell.
# "We will act again if prices keep rising," a spokesperson for the bank, Palesa Mokoena, told
# reporters.
_LESOTHO = """
The DET DT det 2 B-ORG the
Central PROPN NNP compound 2 I-ORG Central
Bank PROPN NNP nsubj 5 I-ORG Bank
of ADP IN prep 2 O of
Lesotho PROPN NNP pobj 3 B-ORG Lesotho
raised VERB VBD ROOT 5 O raise
its PRON PRP$ poss 8 O its
lending NOUN NN compound 8 O lending
rate NOUN NN dobj 5 O rate
on ADP IN prep 5 O on
Wednesday PROPN NNP pobj 9 B-DATE Wednesday _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
Shares NOUN NNS nsubj 17 O share
in ADP IN prep 13 O in
local ADJ JJ amod 16 O local
lenders NOUN NNS pobj 14 O lender
fell VERB VBD ROOT 17 O fall _
. PUNCT . punct 17 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 22 O we
will AUX MD aux 22 O will
act VERB VB ccomp 39 O act
again ADV RB advmod 22 O again
if SCONJ IN mark 26 O if
prices NOUN NNS nsubj 26 O price
keep VERB VBP advcl 22 O keep
rising VERB VBG xcomp 26 O rise _
, PUNCT , punct 39 O , _
" PUNCT '' punct 31 O "
a DET DT det 31 O a
spokesperson NOUN NN nsubj 39 O spokesperson
for ADP IN prep 31 O for
the DET DT det 34 O the
bank NOUN NN pobj 32 O bank _
, PUNCT , punct 31 O ,
Palesa PROPN NNP compound 37 B-ORG Palesa
Mokoena PROPN NNP appos 31 I-ORG Mokoena _
, PUNCT , punct 39 O ,
told VERB VBD ROOT 39 O tell
reporters NOUN NNS dobj 39 O reporter _
. PUNCT . punct 39 O . _
"""


def test_a_country_tagged_a_body_after_of_ends_the_bodys_name() -> None:
    rows = Extractor().rows(frozen(_LESOTHO))
    assert [(r.speaker, r.organization) for r in rows] == [("Palesa Mokoena", "Central Bank of Lesotho")]
