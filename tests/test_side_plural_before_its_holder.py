"""A plural in capitals opening the sentence before a job only a side has, whose holder is
named at once, is the side (`Kestrels captain Mere Tuilagi`, the tagger making the name a plural
common noun), unless its singular names a kind of people (`Veterans coach`). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Kestrels captain Mere Tuilagi said the side was ready. "We have trained hard," Tuilagi said.
_KESTRELS = """
Kestrels NOUN NNS compound 1 O kestrel
captain NOUN NN compound 3 O captain
Mere PROPN NNP compound 3 B-PERSON Mere
Tuilagi PROPN NNP nsubj 4 I-PERSON Tuilagi
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
side NOUN NN nsubj 7 O side
was AUX VBD ccomp 4 O be
ready ADJ JJ acomp 7 O ready _
. PUNCT . punct 4 O .
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 13 O we
have AUX VBP aux 13 O have
trained VERB VBN ccomp 18 O train
hard ADV RB advmod 13 O hard _
, PUNCT , punct 18 O , _
" PUNCT '' punct 18 O "
Tuilagi PROPN NNP nsubj 18 B-ORG Tuilagi
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""

# Veterans coach Ana Lotu said the old boys would play on. "We love the game," Lotu said.
_VETERANS = """
Veterans NOUN NNS compound 1 B-ORG veteran
coach NOUN NN compound 3 O coach
Ana PROPN NNP compound 3 B-PERSON Ana
Lotu PROPN NNP nsubj 4 I-PERSON Lotu
said VERB VBD ROOT 4 O say
the DET DT det 7 O the
old ADJ JJ amod 7 O old
boys NOUN NNS nsubj 9 O boy
would AUX MD aux 9 O would
play VERB VB ccomp 4 O play
on ADP RP prt 9 O on _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
love VERB VBP ccomp 20 O love
the DET DT det 16 O the
game NOUN NN dobj 14 O game _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Lotu PROPN NNP nsubj 20 B-PERSON Lotu
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_a_plural_opening_the_sentence_before_a_side_job_and_its_holder_is_the_side() -> None:
    assert who(_KESTRELS) == [("Mere Tuilagi", "captain", "Kestrels")]


def test_a_kind_of_people_before_a_side_job_stays_in_the_role() -> None:
    assert who(_VETERANS) == [("Ana Lotu", "Veterans coach", "")]
