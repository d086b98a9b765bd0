"""A document cited after a quote cut off by a comma speaks (ROLES.md 3) even when the tagger
read the document's noun as an adjective (`“…,” the editorial read.`) or as a participle
(`“…,” the ruling states.`): the word before the cue, if it is a document noun, heads the
mention. Frozen parses of sentences written for this file (see tests/frozen.py)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The paper has long opposed the bypass. /  / "We cannot stand by while the council spends our money
# on vanity projects," the editorial read.
_EDITORIAL = """
The DET DT det 1 O the
paper NOUN NN nsubj 4 O paper
has AUX VBZ aux 4 O have
long ADV RB advmod 4 O long
opposed VERB VBN ROOT 4 O oppose
the DET DT det 6 O the
bypass NOUN NN dobj 4 O bypass _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
" PUNCT `` punct 28 O " _
We PRON PRP nsubj 13 O we
can AUX MD aux 13 O can _
not PART RB neg 13 O not
stand VERB VB ccomp 28 O stand
by ADP IN advmod 13 O by
while SCONJ IN mark 18 O while
the DET DT det 17 O the
council NOUN NN nsubj 18 O council
spends VERB VBZ advcl 13 O spend
our PRON PRP$ poss 20 O our
money NOUN NN dobj 18 O money
on ADP IN prep 18 O on
vanity NOUN NN compound 23 O vanity
projects NOUN NNS pobj 21 O project _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
the DET DT det 28 O the
editorial ADJ JJ amod 28 O editorial
read NOUN NN ROOT 28 O read _
. PUNCT . punct 28 O . _
"""
# Judge Mary Allen found for the landlords on Tuesday. /  / "The tenants had no standing to bring
# the claim," the ruling states.
_RULING = """
Judge PROPN NNP compound 2 O Judge
Mary PROPN NNP compound 2 B-PERSON Mary
Allen PROPN NNP nsubj 3 I-PERSON Allen
found VERB VBD ROOT 3 O find
for ADP IN prep 3 O for
the DET DT det 6 O the
landlords NOUN NNS pobj 4 O landlord
on ADP IN prep 3 O on
Tuesday PROPN NNP pobj 7 B-DATE Tuesday _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
" PUNCT `` punct 14 O " _
The DET DT det 13 O the
tenants NOUN NNS nsubj 14 O tenant
had VERB VBD ROOT 14 O have
no DET DT det 16 O no
standing NOUN NN dobj 14 O standing
to PART TO aux 18 O to
bring VERB VB acl 16 O bring
the DET DT det 20 O the
claim NOUN NN dobj 18 O claim _
, PUNCT , punct 14 O , _
" PUNCT '' punct 21 O "
the DET DT det 25 O the
ruling VERB VBG amod 25 O rule
states NOUN NNS dobj 14 O state _
. PUNCT . punct 14 O . _
"""


def test_a_document_tagged_an_adjective_speaks() -> None:
    rows = Extractor().rows(frozen(_EDITORIAL))
    assert [(r.speaker, r.cue) for r in rows] == [("the editorial", "read")]


def test_a_document_tagged_a_participle_speaks() -> None:
    rows = Extractor().rows(frozen(_RULING))
    assert [(r.speaker, r.cue) for r in rows] == [("the ruling", "states")]
