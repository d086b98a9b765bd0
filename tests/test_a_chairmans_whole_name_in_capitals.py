"""`Alderman THOMAS PRICE presiding`, the tagger calling `Alderman THOMAS` a building: minutes
print the chairman's whole name in capitals before the words that seat him, and the name found
inside the building's words (*THOMAS*) gives way to the whole run (*Thomas Price*); the chair's
later turns (`The CHAIRMAN: "…"`, `The CHAIRMAN said … he said`) are his, read past his surname
to the `presiding` after it. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# A meeting of the Borough Council was held on Tuesday, Alderman THOMAS PRICE presiding.  The
# CHAIRMAN: "The gas lamps in Market Street must be mended."
_A = """
A DET DT det 1 O a
meeting NOUN NN nsubjpass 7 O meeting
of ADP IN prep 1 O of
the DET DT det 5 B-ORG the
Borough PROPN NNP compound 5 I-ORG Borough
Council PROPN NNP pobj 2 I-ORG Council
was AUX VBD auxpass 7 O be
held VERB VBN ROOT 7 O hold
on ADP IN prep 7 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday _
, PUNCT , punct 7 O ,
Alderman PROPN NNP compound 14 B-FAC Alderman
THOMAS PROPN NNP compound 14 I-FAC THOMAS
PRICE NOUN NN compound 14 O price
presiding NOUN NN appos 1 O presiding _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 15 O <paragraph> _
The DET DT det 18 O the
CHAIRMAN NOUN NN ROOT 18 O chairman _
: PUNCT : punct 18 O :
" PUNCT `` punct 29 O " _
The DET DT det 23 O the
gas NOUN NN compound 23 O gas
lamps NOUN NNS nsubjpass 29 O lamp
in ADP IN prep 23 O in
Market PROPN NNP compound 26 B-FAC Market
Street PROPN NNP pobj 24 I-FAC Street
must AUX MD aux 29 O must
be AUX VB auxpass 29 O be
mended VERB VBN acl 18 O mend _
. PUNCT . punct 29 O . _
" PUNCT '' punct 29 O " _
"""

# The Finance Committee met on Friday, Alderman THOMAS PRICE presiding.  The CHAIRMAN said the
# loan must be repaid. "We cannot borrow again," he said.
_B = """
The DET DT det 2 B-ORG the
Finance PROPN NNP compound 2 I-ORG Finance
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Friday PROPN NNP pobj 4 B-DATE Friday _
, PUNCT , punct 3 O ,
Alderman PROPN NNP compound 10 B-FAC Alderman
THOMAS PROPN NNP compound 10 I-FAC THOMAS
PRICE NOUN NN compound 10 O price
presiding NOUN NN npadvmod 3 O presiding _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
The DET DT det 14 O the
CHAIRMAN PROPN NNP nsubj 15 B-ORG CHAIRMAN
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
loan NOUN NN nsubjpass 20 O loan
must AUX MD aux 20 O must
be AUX VB auxpass 20 O be
repaid VERB VBN ccomp 15 O repay _
. PUNCT . punct 15 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubj 26 O we
can AUX MD aux 26 O can _
not PART RB neg 26 O not
borrow VERB VB ccomp 31 O borrow
again ADV RB advmod 26 O again _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def _rows(spec: str) -> list[tuple[str, str]]:
    return [(r.speaker, r.role) for r in Extractor().rows(frozen(spec))]


def test_the_chairmans_turn_is_the_whole_name_seated() -> None:
    assert _rows(_A) == [("Thomas Price", "Alderman")]


def test_the_chairman_who_said_is_the_whole_name_seated() -> None:
    assert _rows(_B) == [("Thomas Price", "Alderman")]
