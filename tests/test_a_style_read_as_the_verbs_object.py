"""`"…," remarked his Worship.`, `"…," observed his Lordship.`: after a quote, the verb and then a
magistrate's or judge's style after `his` or `her`, which the parser reads as the verb's object
(no subject at all): the style speaks, as it does when parsed as the subject (`said his
Worship`). Before, the possessive stopped the search for a speaker after the verb, so the quote
had none. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Mayor said the contractor had promised to finish by May. "We cannot hurry him," remarked his
# Worship.
_REMARKED = """
The DET DT det 1 O the
Mayor PROPN NNP nsubj 2 O Mayor
said VERB VBD ROOT 2 O say
the DET DT det 4 O the
contractor NOUN NN nsubj 6 O contractor
had AUX VBD aux 6 O have
promised VERB VBN ccomp 2 O promise
to PART TO aux 8 O to
finish VERB VB xcomp 6 O finish
by ADP IN prep 8 O by
May PROPN NNP pobj 9 B-DATE May _
. PUNCT . punct 2 O .
" PUNCT `` punct 16 O " _
We PRON PRP nsubj 16 O we
can AUX MD aux 16 O can _
not PART RB neg 16 O not
hurry VERB VB ccomp 20 O hurry
him PRON PRP dobj 16 O he _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
remarked VERB VBD ROOT 20 O remark
his PRON PRP$ poss 22 O his
Worship NOUN NN dobj 20 B-ORG worship _
. PUNCT . punct 20 O . _
"""

# "The prisoner has been here before," observed his Lordship.
_OBSERVED = """
" PUNCT `` punct 9 O " _
The DET DT det 2 O the
prisoner NOUN NN nsubj 4 O prisoner
has AUX VBZ aux 4 O have
been AUX VBN ccomp 9 O be
here ADV RB advmod 4 O here
before ADV RB advmod 4 O before _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
observed VERB VBD ROOT 9 O observe
his PRON PRP$ poss 11 O his
Lordship PROPN NNP dobj 9 B-FAC Lordship _
. PUNCT . punct 9 O . _
"""


def test_a_style_after_remarked_speaks() -> None:
    rows = Extractor().rows(frozen(_REMARKED))
    assert [(r.quote, r.speaker) for r in rows] == [("We cannot hurry him,", "his Worship")]


def test_a_style_after_observed_speaks() -> None:
    rows = Extractor().rows(frozen(_OBSERVED))
    assert [(r.quote, r.speaker) for r in rows] == [("The prisoner has been here before,", "his Lordship")]
