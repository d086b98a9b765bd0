"""What `its` stands for when the sentence right before it has for its subject a body's noun
(`The company said sales had slipped. "…," its chief executive, X, said`): the body that noun
stands for, not the body named last (`Analysts at Crestline Bank`). Frozen parse of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Harbour Foods said on Monday it had swung to a loss. Shares in Harbour Foods fell. Analysts at
# Crestline Bank had expected a profit. The company said sales had slipped. "We are cutting
# costs," its chief executive, Mara Lindqvist, said.
_THE_COMPANY_SAID = """
Harbour PROPN NNP compound 1 B-ORG Harbour
Foods PROPN NNPS nsubj 2 I-ORG Foods
said VERB VBD ROOT 2 O say
on ADP IN prep 7 O on
Monday PROPN NNP pobj 3 B-DATE Monday
it PRON PRP nsubj 7 O it
had AUX VBD aux 7 O have
swung VERB VBN ccomp 2 O swing
to ADP IN prep 7 O to
a DET DT det 10 O a
loss NOUN NN pobj 8 O loss _
. PUNCT . punct 2 O .
Shares NOUN NNS nsubj 16 O share
in ADP IN prep 12 O in
Harbour PROPN NNP compound 15 B-ORG Harbour
Foods PROPN NNPS pobj 13 I-ORG Foods
fell VERB VBD ROOT 16 O fall _
. PUNCT . punct 16 O .
Analysts NOUN NNS nsubj 23 O analyst
at ADP IN prep 18 O at
Crestline PROPN NNP compound 21 B-ORG Crestline
Bank PROPN NNP pobj 19 I-ORG Bank
had AUX VBD aux 23 O have
expected VERB VBN ROOT 23 O expect
a DET DT det 25 O a
profit NOUN NN dobj 23 O profit _
. PUNCT . punct 23 O .
The DET DT det 28 O the
company NOUN NN nsubj 29 O company
said VERB VBD ROOT 29 O say
sales NOUN NNS nsubj 32 O sale
had AUX VBD aux 32 O have
slipped VERB VBN ccomp 29 O slip _
. PUNCT . punct 29 O .
" PUNCT `` punct 48 O " _
We PRON PRP nsubj 37 O we
are AUX VBP aux 37 O be
cutting VERB VBG ccomp 48 O cut
costs NOUN NNS dobj 37 O cost _
, PUNCT , punct 48 O , _
" PUNCT '' punct 48 O "
its PRON PRP$ poss 43 O its
chief ADJ JJ amod 43 O chief
executive NOUN NN nsubj 48 O executive _
, PUNCT , punct 43 O ,
Mara PROPN NNP compound 46 B-PERSON Mara
Lindqvist PROPN NNP appos 43 I-PERSON Lindqvist _
, PUNCT , punct 43 O ,
said VERB VBD ROOT 48 O say _
. PUNCT . punct 48 O . _
"""


def test_its_after_the_company_said_is_that_company() -> None:
    assert who(_THE_COMPANY_SAID) == [("Mara Lindqvist", "chief executive", "Harbour Foods")]
