"""Evaluative adjectives opening a role (ROLES.md 4: `popular commentator` becomes
`commentator`), each from a frozen parse of a sentence written for this file:

- `said Ama Boateng, one of the paper's best-known columnists.`: *columnist* (was
  `best-known columnist`);
- `Veteran columnist Ama Boateng said`: *columnist*, the praise in capitals opening the sentence;
- `Leading Seaman Tom Reed said`: a rank in capitals is no praise and stays whole.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# "Readers trust us," said Ama Boateng, one of the paper's best-known columnists.
_BEST_KNOWN = """
" PUNCT `` punct 6 O " _
Readers NOUN NNS nsubj 2 O reader
trust VERB VBP ccomp 6 O trust
us PRON PRP dobj 2 O we _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Ama PROPN NNP compound 8 B-PERSON Ama
Boateng PROPN NNP nsubj 6 I-PERSON Boateng _
, PUNCT , punct 8 O ,
one NUM CD appos 8 O one
of ADP IN prep 10 O of
the DET DT det 13 O the
paper NOUN NN poss 18 O paper _
's PART POS case 13 O 's
best ADV RBS advmod 17 O well _
- PUNCT HYPH punct 17 O - _
known VERB VBN amod 18 O know
columnists NOUN NNS pobj 11 O columnist _
. PUNCT . punct 6 O . _
"""
# Veteran columnist Ama Boateng said: "Readers trust us."
_VETERAN = """
Veteran NOUN NN compound 1 O veteran
columnist NOUN NN compound 3 O columnist
Ama PROPN NNP compound 3 B-PERSON Ama
Boateng PROPN NNP nsubj 4 I-PERSON Boateng
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
Readers NOUN NNS nsubj 8 O reader
trust VERB VBP ccomp 4 O trust
us PRON PRP dobj 8 O we _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""
# Leading Seaman Tom Reed said: "We sailed at dawn."
_RANK = """
Leading VERB VBG amod 1 O lead
Seaman PROPN NNP compound 3 O Seaman
Tom PROPN NNP compound 3 B-PERSON Tom
Reed PROPN NNP nsubj 4 I-PERSON Reed
said VERB VBD ROOT 4 O say _
: PUNCT : punct 4 O :
" PUNCT `` punct 4 O " _
We PRON PRP nsubj 8 O we
sailed VERB VBD ccomp 4 O sail
at ADP IN prep 8 O at
dawn NOUN NN pobj 9 O dawn _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""


def test_a_hyphened_praise_is_no_part_of_the_role() -> None:
    assert who(_BEST_KNOWN) == [("Ama Boateng", "columnist", "")]


def test_praise_opening_a_sentence_is_dropped() -> None:
    assert who(_VETERAN) == [("Ama Boateng", "columnist", "")]


def test_a_rank_in_capitals_stays() -> None:
    assert who(_RANK) == [("Tom Reed", "Leading Seaman", "")]
