"""`said Detective-Sergeant Ward`, as older British court reports write a police rank (joined to
the word before it by a hyphen) before a surname alone: the tagger calls the whole a body, but
the surname is the officer's and the rank the role (not the body *Detective-Sergeant Ward*).
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "I found the prisoner hiding in a coal cellar," said Detective-Sergeant Ward, giving evidence at
# the Old Bailey.
_CELLAR = """
" PUNCT `` punct 12 O " _
I PRON PRP nsubj 2 O I
found VERB VBD ccomp 12 O find
the DET DT det 4 O the
prisoner NOUN NN nsubj 5 O prisoner
hiding VERB VBG ccomp 2 O hide
in ADP IN prep 5 O in
a DET DT det 9 O a
coal NOUN NN compound 9 O coal
cellar NOUN NN pobj 6 O cellar _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
said VERB VBD ROOT 12 O say
Detective PROPN NNP compound 15 B-ORG Detective _
- PUNCT HYPH punct 15 I-ORG - _
Sergeant PROPN NNP compound 16 I-ORG Sergeant
Ward PROPN NNP nsubj 12 I-ORG Ward _
, PUNCT , punct 12 O ,
giving VERB VBG advcl 12 O give
evidence NOUN NN dobj 18 O evidence
at ADP IN prep 18 O at
the DET DT det 23 O the
Old PROPN NNP compound 23 O Old
Bailey PROPN NNP pobj 20 O Bailey _
. PUNCT . punct 12 O . _
"""

# "He ran off towards the docks," said Detective-Inspector Hale of Scotland Yard.
_DOCKS = """
" PUNCT `` punct 9 O " _
He PRON PRP nsubj 2 O he
ran VERB VBD ccomp 9 O run
off ADP RP prt 2 O off
towards ADP IN prep 2 O towards
the DET DT det 6 O the
docks NOUN NNS pobj 4 O dock _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Detective PROPN NNP compound 12 B-ORG Detective _
- PUNCT HYPH punct 12 I-ORG - _
Inspector PROPN NNP compound 13 I-ORG Inspector
Hale PROPN NNP nsubj 9 I-ORG Hale
of ADP IN prep 13 O of
Scotland PROPN NNP compound 16 B-ORG Scotland
Yard PROPN NNP pobj 14 I-ORG Yard _
. PUNCT . punct 9 O . _
"""


def test_the_surname_after_a_hyphened_rank_is_the_officers() -> None:
    rows = Extractor().rows(frozen(_CELLAR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Ward", "Detective-Sergeant", "")]


def test_the_force_after_the_officer_is_the_organisation() -> None:
    rows = Extractor().rows(frozen(_DOCKS))
    expected = [("Hale", "Detective-Inspector", "Scotland Yard")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
