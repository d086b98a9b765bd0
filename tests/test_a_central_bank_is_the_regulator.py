"""`The Reserve Bank of Malawi held its rate … the regulator said`: a country's central bank (a
bank its name calls `central` or `reserve`) is what news calls `the regulator`, so the bare noun
spoken after it, or a spokesperson `for the regulator`, is that bank, though its name holds a
business's noun (`bank`). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Reserve Bank of Malawi held its policy rate at 26 per cent on Thursday.  "Inflation is still
# well above our target," the regulator said in a statement.
_RESERVE_BANK = """
The DET DT det 2 B-ORG the
Reserve PROPN NNP compound 2 I-ORG Reserve
Bank PROPN NNP nsubj 5 I-ORG Bank
of ADP IN prep 2 I-ORG of
Malawi PROPN NNP pobj 3 I-ORG Malawi
held VERB VBD ROOT 5 O hold
its PRON PRP$ poss 8 O its
policy NOUN NN compound 8 O policy
rate NOUN NN dobj 5 O rate
at ADP IN prep 5 O at
26 NUM CD nummod 12 B-MONEY 26
per NOUN NN compound 12 I-MONEY per
cent NOUN NN pobj 9 I-MONEY cent
on ADP IN prep 5 O on
Thursday PROPN NNP pobj 13 B-DATE Thursday _
. PUNCT . punct 5 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
" PUNCT `` punct 29 O " _
Inflation NOUN NN nsubj 19 O inflation
is AUX VBZ ccomp 29 O be
still ADV RB advmod 19 O still
well ADV RB advmod 22 O well
above ADP IN prep 19 O above
our PRON PRP$ poss 24 O our
target NOUN NN pobj 22 O target _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
the DET DT det 28 O the
regulator NOUN NN nsubj 29 O regulator
said VERB VBD ROOT 29 O say
in ADP IN prep 29 O in
a DET DT det 32 O a
statement NOUN NN pobj 30 O statement _
. PUNCT . punct 29 O . _
"""

# The Central Bank of Nigeria raised its lending rate on Wednesday.  Shares in local lenders fell.
# "We will act again if prices keep rising," a spokesperson for the regulator, Hadiza Bello, told
# reporters.
_CENTRAL_BANK = """
The DET DT det 2 B-ORG the
Central PROPN NNP compound 2 I-ORG Central
Bank PROPN NNP nsubj 5 I-ORG Bank
of ADP IN prep 2 I-ORG of
Nigeria PROPN NNP pobj 3 I-ORG Nigeria
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
regulator NOUN NN pobj 32 O regulator _
, PUNCT , punct 31 O ,
Hadiza PROPN NNP compound 37 B-PERSON Hadiza
Bello PROPN NNP appos 31 I-PERSON Bello _
, PUNCT , punct 31 O ,
told VERB VBD ROOT 39 O tell
reporters NOUN NNS dobj 39 O reporter _
. PUNCT . punct 39 O . _
"""


def test_the_regulator_after_a_reserve_bank_is_the_bank() -> None:
    rows = Extractor().rows(frozen(_RESERVE_BANK))
    bank = "Reserve Bank of Malawi"
    assert [(r.speaker, r.organization) for r in rows] == [(bank, bank)]


def test_a_spokesperson_for_the_regulator_speaks_for_the_central_bank() -> None:
    rows = Extractor().rows(frozen(_CENTRAL_BANK))
    assert [(r.speaker, r.organization) for r in rows] == [("Hadiza Bello", "Central Bank of Nigeria")]
