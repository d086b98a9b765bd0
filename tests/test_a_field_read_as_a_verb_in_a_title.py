"""A field in small letters ending in -ing after a role noun's `of`, right before a name, which
the tagger makes a verb (`Lenton County Council's head of planning Sarah Jones said`, `planning`
a gerund): it is the title's last word, so the title is the role and the body before it the
organisation (the row had no role). Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_FIELD_READ_AS_A_VERB = """
Lenton PROPN NNP compound 2 B-ORG Lenton
County PROPN NNP compound 2 I-ORG County
Council PROPN NNP poss 4 I-ORG Council _
's PART POS case 2 I-ORG 's
head NOUN NN nsubj 9 O head
of ADP IN prep 4 O of
planning VERB VBG pcomp 5 O plan
Sarah PROPN NNP compound 8 B-PERSON Sarah
Jones PROPN NNP appos 4 I-PERSON Jones
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 13 O we
need VERB VBP ccomp 9 O need
the DET DT det 15 O the
bridge NOUN NN dobj 13 O bridge _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""


def test_a_field_read_as_a_verb_ends_the_title() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_A_FIELD_READ_AS_A_VERB))]
    assert rows == [("Sarah Jones", "head of planning", "Lenton County Council")]
