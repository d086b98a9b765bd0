"""`Speaker of the National Assembly Moses Wetang'ula said`: the tagger runs the body's name on
over the given name after it and leaves out the surname written with an apostrophe (Kenyan
names); a known given name closing the body right after its noun, before a word in capitals the
tagger left out, opens the person's name of the two, so the title before holds the body and the
role is read. Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The motion is out of order," Speaker of the National Assembly Moses Wetang'ula said.
_WETANGULA = """
" PUNCT `` punct 16 O " _
The DET DT det 2 O the
motion NOUN NN nsubj 3 O motion
is AUX VBZ ccomp 16 O be
out ADP IN prep 3 O out
of ADP IN prep 4 O of
order NOUN NN pobj 5 O order _
, PUNCT , punct 16 O , _
" PUNCT '' punct 16 O "
Speaker PROPN NNP nmod 15 O Speaker
of ADP IN prep 9 O of
the DET DT det 13 B-ORG the
National PROPN NNP compound 13 I-ORG National
Assembly PROPN NNP pobj 10 I-ORG Assembly
Moses PROPN NNP compound 15 I-ORG Moses
Wetang'ula PROPN NNP nsubj 16 O Wetang'ula
said VERB VBD ROOT 16 O say _
. PUNCT . punct 16 O . _
"""

# "No," said Speaker of the National Assembly Moses Wetang'ula.
_AFTER_THE_VERB = """
" PUNCT `` punct 4 O " _
No INTJ UH intj 4 O no _
, PUNCT , punct 4 O , _
" PUNCT '' punct 4 O "
said VERB VBD ROOT 4 O say
Speaker PROPN NNP nmod 11 O Speaker
of ADP IN prep 5 O of
the DET DT det 9 B-ORG the
National PROPN NNP compound 9 I-ORG National
Assembly PROPN NNP pobj 6 I-ORG Assembly
Moses PROPN NNP compound 11 I-ORG Moses
Wetang'ula PROPN NNP nsubj 4 O Wetang'ula _
. PUNCT . punct 4 O . _
"""


def test_a_given_name_closing_a_body_opens_the_name_after() -> None:
    rows = Extractor().rows(frozen(_WETANGULA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Moses Wetang'ula", "Speaker of the National Assembly", "National Assembly")
    ]


def test_the_same_after_the_verb() -> None:
    rows = Extractor().rows(frozen(_AFTER_THE_VERB))
    assert [(r.speaker, r.role) for r in rows] == [("Moses Wetang'ula", "Speaker of the National Assembly")]
