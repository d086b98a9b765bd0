"""A short form and the country of its branch before a possessive (`ERA Singapore's key executive
officer`, the tagger tagging `Singapore` alone a place and leaving `ERA` untagged) are one body's
name, as they are in a title with no possessive: the speaker's organisation. Frozen parse of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# ERA Singapore's key executive officer Eugene Lim said the cooling measures had slowed the pace. /
# / "We expect prices to rise," Mr Lim added.
_A_SHORT_FORM_AND_ITS_BRANCH_OWNING = """
ERA PROPN NNP compound 1 O ERA
Singapore PROPN NNP poss 5 B-GPE Singapore _
's PART POS case 1 O 's
key ADJ JJ amod 5 O key
executive ADJ JJ amod 5 O executive
officer NOUN NN nsubj 8 O officer
Eugene PROPN NNP compound 7 B-PERSON Eugene
Lim PROPN NNP appos 5 I-PERSON Lim
said VERB VBD ROOT 8 O say
the DET DT det 11 O the
cooling VERB VBG amod 11 O cool
measures NOUN NNS nsubj 13 O measure
had AUX VBD aux 13 O have
slowed VERB VBN ccomp 8 O slow
the DET DT det 15 O the
pace NOUN NN dobj 13 O pace _
. PUNCT . punct 8 O . _
<paragraph> SPACE _SP dep 16 O <paragraph> _
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 20 O we
expect VERB VBP ccomp 28 O expect
prices NOUN NNS nsubj 23 O price
to PART TO aux 23 O to
rise VERB VB ccomp 20 O rise _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
Mr PROPN NNP compound 27 O Mr
Lim PROPN NNP nsubj 28 B-PERSON Lim
added VERB VBD ROOT 28 O add _
. PUNCT . punct 28 O . _
"""


def test_a_short_form_and_its_branch_owning_a_job_is_the_body() -> None:
    rows = Extractor().rows(frozen(_A_SHORT_FORM_AND_ITS_BRANCH_OWNING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Eugene Lim", "key executive officer", "ERA Singapore")
    ]
