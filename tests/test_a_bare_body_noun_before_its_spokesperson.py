"""`Ministry spokesperson X said`: a body's bare noun in capitals, untagged, before a job of
speaking for a body is the body spoken for, not a word of the job (ROLES.md 4: the organisation
is stripped from the role; `a ministry spokesperson` gives *spokesperson* too); the body the story
names by that noun, or the noun alone when it names none. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The border stays open," said Ministry spokesperson Lerato Dube.
_ALONE = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
border NOUN NN nsubj 3 O border
stays VERB VBZ ccomp 7 O stay
open ADJ JJ acomp 3 O open _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Ministry PROPN NNP compound 9 O Ministry
spokesperson NOUN NN compound 11 O spokesperson
Lerato PROPN NNP compound 11 O Lerato
Dube PROPN NNP nsubj 7 O Dube _
. PUNCT . punct 7 O . _
"""

# The Foreign Ministry summoned the envoy on Monday. "We are ready," said Ministry spokesperson
# Tomas Lind.
_NAMED = """
The DET DT det 2 B-ORG the
Foreign PROPN NNP compound 2 I-ORG Foreign
Ministry PROPN NNP nsubj 3 I-ORG Ministry
summoned VERB VBD ROOT 3 O summon
the DET DT det 5 O the
envoy NOUN NN dobj 3 O envoy
on ADP IN prep 3 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 3 O .
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 11 O we
are AUX VBP ccomp 15 O be
ready ADJ JJ acomp 11 O ready _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
said VERB VBD ROOT 15 O say
Ministry PROPN NNP compound 17 O Ministry
spokesperson NOUN NN compound 19 O spokesperson
Tomas PROPN NNP compound 19 B-PERSON Tomas
Lind PROPN NNP nsubj 15 I-PERSON Lind _
. PUNCT . punct 15 O . _
"""


def test_a_bare_body_noun_before_its_spokesperson() -> None:
    rows = Extractor().rows(frozen(_ALONE))
    assert [(r.role, r.organization) for r in rows] == [("spokesperson", "Ministry")]


def test_a_bare_body_noun_the_story_names_in_full() -> None:
    rows = Extractor().rows(frozen(_NAMED))
    assert [(r.role, r.organization) for r in rows] == [("spokesperson", "Foreign Ministry")]
