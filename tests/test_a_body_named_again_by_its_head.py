"""One word in capitals naming a body again (`the Speaker of the House` after `the Ekiti State
House of Assembly`) is the body the word heads before its `of`, not a longer one it only opens as a
modifier of another body's noun (`the House Committee on Works`). Frozen parse of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Ekiti State House of Assembly passed the water bill on Tuesday. The Speaker of the House,
# Adeoye Aribasoye, said the law would end scarcity. "Every home will have water," Aribasoye said.
# The House Committee on Works had reviewed the bill.
_HOUSE = """
The DET DT det 3 B-ORG the
Ekiti PROPN NNP compound 2 I-ORG Ekiti
State PROPN NNP compound 3 I-ORG State
House PROPN NNP nsubj 6 I-ORG House
of ADP IN prep 3 I-ORG of
Assembly PROPN NNP pobj 4 I-ORG Assembly
passed VERB VBD ROOT 6 O pass
the DET DT det 9 O the
water NOUN NN compound 9 O water
bill NOUN NN dobj 6 O bill
on ADP IN prep 6 O on
Tuesday PROPN NNP pobj 10 B-DATE Tuesday _
. PUNCT . punct 6 O .
The DET DT det 14 O the
Speaker PROPN NNP nsubj 22 O Speaker
of ADP IN prep 14 O of
the DET DT det 17 O the
House PROPN NNP pobj 15 B-ORG House _
, PUNCT , punct 14 O ,
Adeoye PROPN NNP compound 20 B-PERSON Adeoye
Aribasoye PROPN NNP appos 14 I-PERSON Aribasoye _
, PUNCT , punct 14 O ,
said VERB VBD ROOT 22 O say
the DET DT det 24 O the
law NOUN NN nsubj 26 O law
would AUX MD aux 26 O would
end VERB VB ccomp 22 O end
scarcity NOUN NN dobj 26 O scarcity _
. PUNCT . punct 22 O .
" PUNCT `` punct 38 O " _
Every DET DT det 31 O every
home NOUN NN nsubj 33 O home
will AUX MD aux 33 O will
have VERB VB ccomp 38 O have
water NOUN NN dobj 33 O water _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
Aribasoye PROPN NNP nsubj 38 B-PERSON Aribasoye
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O .
The DET DT det 42 B-ORG the
House PROPN NNP compound 42 I-ORG House
Committee PROPN NNP nsubj 46 I-ORG Committee
on ADP IN prep 42 I-ORG on
Works PROPN NNP pobj 43 I-ORG Works
had AUX VBD aux 46 O have
reviewed VERB VBN ROOT 46 O review
the DET DT det 48 O the
bill NOUN NN dobj 46 O bill _
. PUNCT . punct 46 O . _
"""


def test_the_house_is_the_body_it_heads_not_its_committee() -> None:
    rows = Extractor().rows(frozen(_HOUSE))
    who = [(r.speaker, r.organization) for r in rows]
    assert who == [("Adeoye Aribasoye", "Ekiti State House of Assembly")]
