"""`“…,” said the Rev. gentleman`: archive reports (council and court reports, parliamentary
sketches) put `the gentleman`, with a style or not, in place of the man they have just named; the
speaker is that man (models/epithet_nouns.txt), not an unnamed `gentleman`. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Rev. T. Jones said he had received many complaints. "The poor of the parish suffer most,"
# said the Rev. gentleman.
_REV = """
The DET DT det 3 O the
Rev. PROPN NNP compound 3 O Rev.
T. PROPN NNP compound 3 B-PERSON T.
Jones PROPN NNP nsubj 4 I-PERSON Jones
said VERB VBD ROOT 4 O say
he PRON PRP nsubj 7 O he
had AUX VBD aux 7 O have
received VERB VBN ccomp 4 O receive
many ADJ JJ amod 9 O many
complaints NOUN NNS dobj 7 O complaint _
. PUNCT . punct 4 O .
" PUNCT `` punct 21 O " _
The DET DT det 13 O the
poor ADJ JJ nsubj 17 O poor
of ADP IN prep 13 O of
the DET DT det 16 O the
parish PROPN NNP pobj 14 O parish
suffer VERB VBP ccomp 21 O suffer
most ADJ JJS advmod 17 O most _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
said VERB VBD ROOT 21 O say
the DET DT det 24 O the
Rev. PROPN NNP compound 24 O Rev.
gentleman NOUN NN nsubj 21 O gentleman _
. PUNCT . punct 21 O . _
"""

# Mr. W. Smith said the bridge was unsafe. "It will fall in the next flood," said the gentleman.
_PLAIN = """
Mr. PROPN NNP compound 2 O Mr.
W. PROPN NNP compound 2 B-PERSON W.
Smith PROPN NNP nsubj 3 I-PERSON Smith
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
bridge NOUN NN nsubj 6 O bridge
was AUX VBD ccomp 3 O be
unsafe ADJ JJ acomp 6 O unsafe _
. PUNCT . punct 3 O .
" PUNCT `` punct 19 O " _
It PRON PRP nsubj 12 O it
will AUX MD aux 12 O will
fall VERB VB ccomp 19 O fall
in ADP IN prep 12 O in
the DET DT det 16 O the
next ADJ JJ amod 16 O next
flood NOUN NN pobj 13 O flood _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
said VERB VBD ROOT 19 O say
the DET DT det 21 O the
gentleman NOUN NN nsubj 19 O gentleman _
. PUNCT . punct 19 O . _
"""


def test_the_rev_gentleman_is_the_clergyman_just_named() -> None:
    rows = Extractor().rows(frozen(_REV))
    assert [r.speaker for r in rows] == ["T. Jones"]


def test_the_gentleman_is_the_man_just_named() -> None:
    rows = Extractor().rows(frozen(_PLAIN))
    assert [r.speaker for r in rows] == ["W. Smith"]
