"""`State-owned utility Eskom's spokesman, Daphne Mokwena, said`, parsed as two subjects of
`said` (`utility` and `spokesman`): a subject whose words run straight on into a second subject
of the same verb opens one noun phrase the parser split, so the second is the speaker's mention,
here the spokesman named beside it, not the utility. Frozen parse of a sentence written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# State-owned utility Eskom's spokesman, Daphne Mokwena, said the cuts were "necessary".
_UTILITY = """
State NOUN NN npadvmod 2 O state _
- PUNCT HYPH punct 2 O - _
owned VERB VBN amod 3 O own
utility NOUN NN nsubj 11 O utility
Eskom PROPN NNP poss 6 B-ORG Eskom _
's PART POS case 4 O 's
spokesman NOUN NN nsubj 11 O spokesman _
, PUNCT , punct 6 O ,
Daphne PROPN NNP compound 9 B-ORG Daphne
Mokwena PROPN NNP appos 6 I-ORG Mokwena _
, PUNCT , punct 6 O ,
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
cuts NOUN NNS nsubj 14 O cut
were AUX VBD ccomp 11 O be
" PUNCT `` punct 14 O " _
necessary ADJ JJ acomp 14 O necessary _
" PUNCT '' punct 14 O " _
. PUNCT . punct 11 O . _
"""


def test_the_subject_nearer_the_verb_holds_the_phrases_head() -> None:
    rows = Extractor().rows(frozen(_UTILITY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Daphne Mokwena", "spokesman", "Eskom")]
