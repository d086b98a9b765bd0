"""`NAIROBI - Gor Mahia head coach X said`: the words in capitals before a job only a side has
name the side, and the first of them opening the sentence (after a dateline) is dropped only
when it may be in capitals because it opens the sentence (`Veteran Arsenal striker X`: *Arsenal*); a proper
noun no English dictionary has (`Gor`) is a name's word, so the side is *Gor Mahia*, not *Mahia*.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# NAIROBI - Gor Mahia head coach Leonardo Neiva said his side deserved the three points. "We
# controlled the game," Neiva said.
_COACH = """
NAIROBI PROPN NNP ROOT 0 B-GPE NAIROBI
- PUNCT HYPH punct 0 O -
Gor PROPN NNP compound 3 O Gor
Mahia PROPN NNP compound 5 O Mahia
head NOUN NN compound 5 O head
coach NOUN NN compound 7 O coach
Leonardo PROPN NNP compound 7 B-PERSON Leonardo
Neiva PROPN NNP nsubj 8 I-PERSON Neiva
said VERB VBD ROOT 8 O say
his PRON PRP$ poss 10 O his
side NOUN NN nsubj 11 O side
deserved VERB VBD ccomp 8 O deserve
the DET DT det 14 O the
three NUM CD nummod 14 B-CARDINAL three
points NOUN NNS dobj 11 O point _
. PUNCT . punct 8 O .
" PUNCT `` punct 18 O " _
We PRON PRP nsubj 18 O we
controlled VERB VBD ccomp 24 O control
the DET DT det 20 O the
game NOUN NN dobj 18 O game _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Neiva PROPN NNP nsubj 24 B-ORG Neiva
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""

# Veteran Arsenal striker Tom Hale said the side would fight. "We are not finished," Hale said.
_VETERAN = """
Veteran NOUN NN compound 2 B-ORG veteran
Arsenal ADJ JJ compound 2 I-ORG arsenal
striker NOUN NN compound 4 O striker
Tom PROPN NNP compound 4 B-PERSON Tom
Hale PROPN NNP nsubj 5 I-PERSON Hale
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
side NOUN NN nsubj 9 O side
would AUX MD aux 9 O would
fight VERB VB ccomp 5 O fight _
. PUNCT . punct 5 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubjpass 15 O we
are AUX VBP auxpass 15 O be
not PART RB neg 15 O not
finished VERB VBN ccomp 19 O finish _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Hale PROPN NNP nsubj 19 B-PERSON Hale
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def test_a_coined_word_opening_the_sentence_opens_the_sides_name() -> None:
    rows = Extractor().rows(frozen(_COACH))
    expected = [("Leonardo Neiva", "head coach", "Gor Mahia")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected


def test_an_english_word_opening_the_sentence_is_no_word_of_the_side() -> None:
    rows = Extractor().rows(frozen(_VETERAN))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Hale", "Arsenal")]
