"""A trust's or a board's `chair` is a person's job, as chairman is: a name right after it is a
person's whatever the tagger called it (`Eastbay Block Settlement Trust chair Hine Te Paa`,
tagged a body), with the job for role and the body before it for organisation."""

from __future__ import annotations

# A sentence written for this file, parsed by en_core_web_sm 3.8, with `Hine Te Paa` tagged a
# body by hand, as the tagger tagged a trust chair's name so in a longer story.
NAME_AFTER_A_CHAIR_TAGGED_A_BODY = """
Eastbay PROPN NNP compound 3 O Eastbay
Block PROPN NNP compound 3 O Block
Settlement PROPN NNP compound 3 O Settlement
Trust PROPN NNP compound 4 O Trust
chair NOUN NN compound 7 O chair
Hine PROPN NNP compound 7 B-ORG Hine
Te PROPN NNP compound 7 I-ORG Te
Paa PROPN NNP nsubj 8 I-ORG Paa
told VERB VBD ROOT 8 O tell
RNZ PROPN NNP dobj 8 B-ORG RNZ
the DET DT det 11 O the
hapū NOUN NN nsubjpass 14 O hapū
had AUX VBD aux 14 O have
been AUX VBN auxpass 14 O be
consulted VERB VBN ccomp 8 O consult
from ADP IN prep 14 O from
the DET DT det 17 O the
start NOUN NN pobj 15 O start _
. PUNCT . punct 8 O .
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 23 O we
will AUX MD aux 23 O will
be AUX VB aux 23 O be
watching VERB VBG ccomp 29 O watch _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Ms PROPN NNP compound 28 B-WORK_OF_ART Ms
Te PROPN NNP compound 28 I-WORK_OF_ART Te
Paa PROPN NNP nsubj 29 I-WORK_OF_ART Paa
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""


def test_a_name_after_chair_tagged_a_body_is_the_chairs() -> None:
    from quotes.extractor import Extractor
    from tests.frozen import frozen

    (row,) = Extractor().rows(frozen(NAME_AFTER_A_CHAIR_TAGGED_A_BODY))
    assert (row.speaker, row.role) == ("Hine Te Paa", "chair")
    assert row.organization == "Eastbay Block Settlement Trust"
