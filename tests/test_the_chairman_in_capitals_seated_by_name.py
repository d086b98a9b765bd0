"""`Mr. JOHN BURNS presiding. …. The CHAIRMAN said, "…"`: the chair's office in capitals in prose,
which the parser reads as a proper noun (and so as a title, not a description to weigh), is the
one person the story seated in the chair before it, with the role *Chairman*, though another member
spoke between; before, it was someone unnamed, *The CHAIRMAN*. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Finance Committee met on Thursday, Mr. JOHN BURNS presiding.  Mr. ROBERTS asked what the new
# baths would cost.  The CHAIRMAN said, "The matter will stand over."
_IN_CAPITALS = """
The DET DT det 2 B-ORG the
Finance PROPN NNP compound 2 I-ORG Finance
Committee PROPN NNP nsubj 3 I-ORG Committee
met VERB VBD ROOT 3 O meet
on ADP IN prep 3 O on
Thursday PROPN NNP pobj 4 B-DATE Thursday _
, PUNCT , punct 3 O ,
Mr. PROPN NNP compound 9 O Mr.
JOHN PROPN NNP compound 9 B-PERSON JOHN
BURNS PROPN NNP compound 10 I-PERSON BURNS
presiding VERB VBG conj 3 O preside _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 11 O <paragraph> _
Mr. PROPN NNP compound 14 O Mr.
ROBERTS PROPN NNP nsubj 15 B-PERSON ROBERTS
asked VERB VBD ROOT 15 O ask
what PRON WP dobj 21 O what
the DET DT det 19 O the
new ADJ JJ amod 19 O new
baths NOUN NNS nsubj 21 O bath
would AUX MD aux 21 O would
cost VERB VB ccomp 15 O cost _
. PUNCT . punct 15 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
The DET DT det 25 O the
CHAIRMAN PROPN NNP nsubj 26 B-ORG CHAIRMAN
said VERB VBD ROOT 26 O say _
, PUNCT , punct 26 O ,
" PUNCT `` punct 26 O " _
The DET DT det 30 O the
matter NOUN NN nsubj 32 O matter
will AUX MD aux 32 O will
stand VERB VB ccomp 26 O stand
over ADP RP prt 32 O over _
. PUNCT . punct 26 O . _
" PUNCT '' punct 26 O " _
"""


def test_the_chairman_in_capitals_is_the_one_seated() -> None:
    rows = Extractor().rows(frozen(_IN_CAPITALS))
    assert [(r.speaker, r.role) for r in rows] == [("John Burns", "Chairman")]
