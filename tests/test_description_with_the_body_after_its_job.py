"""A description that stands for a person keeps the body a job is held at, from or with when the
tagger tags it, however long its name (`the glaciologist from Kerrow University's Nordfjell
Research Station recorded …`: *Nordfjell Research Station*), as an apposition does. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Ingrid Berg has measured the Lenton glacier for 40 years. / This spring, the glaciologist from
# Kerrow University's Nordfjell Research Station recorded its biggest loss. / "The ice is
# thinning," she says.
_FROM_A_STATION = """
Ingrid PROPN NNP compound 1 B-PERSON Ingrid
Berg PROPN NNP nsubj 3 I-PERSON Berg
has AUX VBZ aux 3 O have
measured VERB VBN ROOT 3 O measure
the DET DT det 6 O the
Lenton PROPN NNP compound 6 B-PERSON Lenton
glacier NOUN NN dobj 3 O glacier
for ADP IN prep 3 O for
40 NUM CD nummod 9 B-DATE 40
years NOUN NNS pobj 7 I-DATE year _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
This DET DT det 13 B-DATE this
spring NOUN NN npadvmod 24 I-DATE spring _
, PUNCT , punct 24 O ,
the DET DT det 16 O the
glaciologist NOUN NN nsubj 24 O glaciologist
from ADP IN prep 16 O from
Kerrow PROPN NNP compound 19 B-ORG Kerrow
University PROPN NNP poss 23 I-ORG University _
's PART POS case 19 I-ORG 's
Nordfjell PROPN NNP compound 23 B-ORG Nordfjell
Research PROPN NNP compound 23 I-ORG Research
Station PROPN NNP pobj 17 I-ORG Station
recorded VERB VBD ROOT 24 O record
its PRON PRP$ poss 27 O its
biggest ADJ JJS amod 27 O big
loss NOUN NN dobj 24 O loss _
. PUNCT . punct 24 O . _
<paragraph> SPACE _SP dep 28 O <paragraph> _
" PUNCT `` punct 38 O " _
The DET DT det 32 O the
ice NOUN NN nsubj 33 O ice
is AUX VBZ ccomp 38 O be
thinning VERB VBG attr 33 O thin _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
she PRON PRP nsubj 38 O she
says VERB VBZ ROOT 38 O say _
. PUNCT . punct 38 O . _
"""


def test_description_keeps_the_body_its_job_is_from() -> None:
    assert who(_FROM_A_STATION) == [("Ingrid Berg", "glaciologist", "Nordfjell Research Station")]
