"""A people's one-person noun after a region's word (`the Northern Irishman`, `the New
Zealander`) stands for the person just named, as `the Englishman` does. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Celtic manager Brendan Rodgers praised his rivals. "They are a very good side," the Northern Irishman said.
_NORTHERN_IRISHMAN = """
Celtic ADJ JJ amod 1 B-ORG celtic
manager NOUN NN compound 3 O manager
Brendan PROPN NNP compound 3 B-PERSON Brendan
Rodgers PROPN NNP nsubj 4 I-PERSON Rodgers
praised VERB VBD ROOT 4 O praise
his PRON PRP$ poss 6 O his
rivals NOUN NNS dobj 4 O rival _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
They PRON PRP nsubj 10 O they
are AUX VBP ccomp 20 O be
a DET DT det 14 O a
very ADV RB advmod 13 O very
good ADJ JJ amod 14 O good
side NOUN NN attr 10 O side _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
the DET DT det 19 O the
Northern PROPN NNP compound 19 O Northern
Irishman PROPN NNP nsubj 20 O Irishman
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# Coach Ian Foster praised his rivals. "They are a very good side," the New Zealander said.
_NEW_ZEALANDER = """
Coach PROPN NNP compound 2 O Coach
Ian PROPN NNP compound 2 B-PERSON Ian
Foster PROPN NNP nsubj 3 I-PERSON Foster
praised VERB VBD ROOT 3 O praise
his PRON PRP$ poss 5 O his
rivals NOUN NNS dobj 3 O rival _
. PUNCT . punct 3 O .
" PUNCT `` punct 19 O " _
They PRON PRP nsubj 9 O they
are AUX VBP ccomp 19 O be
a DET DT det 13 O a
very ADV RB advmod 12 O very
good ADJ JJ amod 13 O good
side NOUN NN attr 9 O side _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
the DET DT det 18 B-WORK_OF_ART the
New PROPN NNP compound 18 I-WORK_OF_ART New
Zealander PROPN NNP nsubj 19 I-WORK_OF_ART Zealander
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def speakers(spec: str) -> list[str]:
    return [r.speaker for r in Extractor().rows(frozen(spec))]


def test_the_northern_irishman_is_the_manager_named() -> None:
    assert speakers(_NORTHERN_IRISHMAN) == ["Brendan Rodgers"]


def test_the_new_zealander_is_the_coach_named() -> None:
    assert speakers(_NEW_ZEALANDER) == ["Ian Foster"]
