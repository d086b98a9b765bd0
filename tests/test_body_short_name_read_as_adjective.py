"""A body's short name the tagger calls a person's and reads as an adjective, before a job in
small letters that a person named at once holds, is that body (`Tubigan president Ramon Cruz`,
after `Tubigan Water Services Inc.`), as when it reads the name as a proper noun. Frozen parse of
sentences written for this file (see tests/frozen.py), with `Tubigan` read as the tagger reads
such names (an adjective tagged a person)."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The regulator fined Tubigan Water Services Inc. on Monday. | Tubigan president Ramon Cruz said:
# “We will appeal.”
_ADJECTIVE = """
The DET DT det 1 O the
regulator NOUN NN nsubj 2 O regulator
fined VERB VBD ROOT 2 O fin
Tubigan PROPN NNP compound 6 B-ORG Tubigan
Water PROPN NNP compound 6 I-ORG Water
Services PROPN NNPS compound 6 I-ORG Services
Inc. PROPN NNP dobj 2 I-ORG Inc.
on ADP IN prep 2 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 9 O <paragraph> _
Tubigan ADJ JJ amod 12 B-PERSON tubigan
president NOUN NN compound 14 O president
Ramon PROPN NNP compound 14 B-PERSON Ramon
Cruz PROPN NNP nsubj 15 I-PERSON Cruz
said VERB VBD ROOT 15 O say _
: PUNCT : punct 15 O :
“ PUNCT `` punct 15 O " _
We PRON PRP nsubj 20 O we
will AUX MD aux 20 O will
appeal VERB VB ccomp 15 O appeal _
. PUNCT . punct 15 O . _
” PUNCT '' punct 15 O " _
"""


def test_a_body_named_short_and_read_as_an_adjective_is_the_body() -> None:
    rows = Extractor().rows(frozen(_ADJECTIVE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ramon Cruz", "president", "Tubigan Water Services Inc.")
    ]
