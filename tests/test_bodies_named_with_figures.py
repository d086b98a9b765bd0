"""A body's name with figures in it (`Fullers360`, `Studio54 Media`), which the tagger takes for a
number or a common noun, is still a name: after `for` or `of` (`a spokesperson for Fullers360`,
`Meera Pillai of Fullers360 Capital`: not *Capital* alone) and before a job (`Fullers360
spokesperson Kiri Tane`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Ferry fares will rise. "Costs have gone up," said Ana Ruiz, a spokesperson for Fullers360.
_FOR = """
Ferry NOUN NN compound 1 O ferry
fares NOUN NNS nsubj 3 O fare
will AUX MD aux 3 O will
rise VERB VB ROOT 3 O rise _
. PUNCT . punct 3 O .
" PUNCT `` punct 12 O " _
Costs NOUN NNS nsubj 8 O cost
have AUX VBP aux 8 O have
gone VERB VBN ccomp 12 O go
up ADP RP advmod 8 O up _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
said VERB VBD ROOT 12 O say
Ana PROPN NNP compound 14 O Ana
Ruiz PROPN NNP nsubj 12 O Ruiz _
, PUNCT , punct 14 O ,
a DET DT det 17 O a
spokesperson NOUN NN appos 14 O spokesperson
for ADP IN prep 17 O for
Fullers360 NUM CD pobj 18 O fullers360 _
. PUNCT . punct 12 O . _
"""

# Ferry fares will rise. Fullers360 spokesperson Kiri Tane said the company had no choice. "We
# held prices," she said.
_BEFORE_A_JOB = """
Ferry NOUN NN compound 1 O ferry
fares NOUN NNS nsubj 3 O fare
will AUX MD aux 3 O will
rise VERB VB ROOT 3 O rise _
. PUNCT . punct 3 O .
Fullers360 NUM CD nummod 6 O fullers360
spokesperson NOUN NN compound 8 O spokesperson
Kiri PROPN NNP compound 8 B-PERSON Kiri
Tane PROPN NNP nsubj 9 I-PERSON Tane
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
company NOUN NN nsubj 12 O company
had VERB VBD ccomp 9 O have
no DET DT det 14 O no
choice NOUN NN dobj 12 O choice _
. PUNCT . punct 9 O .
" PUNCT `` punct 23 O " _
We PRON PRP nsubj 18 O we
held VERB VBD ccomp 23 O hold
prices NOUN NNS dobj 18 O price _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
she PRON PRP nsubj 23 O she
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""

# Ferry fares will rise. "Nobody asked us," said Meera Pillai of Fullers360 Capital.
_OF = """
Ferry NOUN NN compound 1 O ferry
fares NOUN NNS nsubj 3 O fare
will AUX MD aux 3 O will
rise VERB VB ROOT 3 O rise _
. PUNCT . punct 3 O .
" PUNCT `` punct 11 O " _
Nobody PRON NN nsubj 7 O nobody
asked VERB VBD ccomp 11 O ask
us PRON PRP dobj 7 O we _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Meera PROPN NNP compound 13 B-PERSON Meera
Pillai PROPN NNP nsubj 11 I-PERSON Pillai
of ADP IN prep 13 O of
Fullers360 NOUN NN compound 16 O fullers360
Capital PROPN NNP pobj 14 O Capital _
. PUNCT . punct 11 O . _
"""


def test_a_name_with_figures_after_for() -> None:
    assert who(_FOR) == [("Ana Ruiz", "spokesperson for Fullers360", "Fullers360")]


def test_a_name_with_figures_before_a_job() -> None:
    assert who(_BEFORE_A_JOB) == [("Kiri Tane", "spokesperson", "Fullers360")]


def test_a_name_with_figures_opening_a_longer_one_after_of() -> None:
    assert who(_OF) == [("Meera Pillai", "", "Fullers360 Capital")]
