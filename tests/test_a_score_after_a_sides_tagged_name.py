"""`the Aba side beat Rivers United 3-1 … Rivers United coach X said`: the tagger runs a body's
name over the match's score after it (`Rivers United 3-1` tagged one body), and the article's
fullest name for the side was that; a score of two numbers joined by a hyphen closing a body's
tagged name after a word in capitals is cut off (tokens.end_entities_before_a_full_stop), so
the coach's side is *Rivers United*. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# LAGOS - Enyimba striker Chukwuemeka Obioma scored twice as the Aba side beat Rivers United 3-1.
# "I thank God for the goals," Obioma told reporters. Rivers United coach Finidi George said his
# players had lacked concentration. "We gave away cheap goals," George said.
_SCORE = """
LAGOS NOUN NN ROOT 0 B-ORG lagos
- PUNCT HYPH punct 0 I-ORG -
Enyimba ADJ JJ amod 3 O enyimba
striker NOUN NN compound 5 O striker
Chukwuemeka PROPN NNP compound 5 B-PERSON Chukwuemeka
Obioma PROPN NNP nsubj 6 I-PERSON Obioma
scored VERB VBD ROOT 6 O score
twice ADV RB advmod 6 O twice
as SCONJ IN mark 12 O as
the DET DT det 11 O the
Aba PROPN NNP compound 11 B-PERSON Aba
side NOUN NN nsubj 12 O side
beat VERB VBD advcl 6 O beat
Rivers PROPN NNP compound 14 B-ORG Rivers
United PROPN NNP dobj 12 I-ORG United
3 NUM CD nummod 14 I-ORG 3 _
- SYM SYM punct 17 I-ORG - _
1 NUM CD prep 15 I-ORG 1 _
. PUNCT . punct 6 O .
" PUNCT `` punct 21 O " _
I PRON PRP nsubj 21 O I
thank VERB VBP ccomp 29 O thank
God PROPN NNP dobj 21 O God
for ADP IN prep 21 O for
the DET DT det 25 O the
goals NOUN NNS pobj 23 O goal _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Obioma PROPN NNP nsubj 29 B-PERSON Obioma
told VERB VBD ROOT 29 O tell
reporters NOUN NNS dobj 29 O reporter _
. PUNCT . punct 29 O .
Rivers PROPN NNP compound 33 B-ORG Rivers
United PROPN NNP compound 34 I-ORG United
coach NOUN NN compound 36 O coach
Finidi PROPN NNP compound 36 B-PERSON Finidi
George PROPN NNP nsubj 37 I-PERSON George
said VERB VBD ROOT 37 O say
his PRON PRP$ poss 39 O his
players NOUN NNS nsubj 41 O player
had AUX VBD aux 41 O have
lacked VERB VBN ccomp 37 O lack
concentration NOUN NN dobj 41 O concentration _
. PUNCT . punct 37 O .
" PUNCT `` punct 46 O " _
We PRON PRP nsubj 46 O we
gave VERB VBD ccomp 53 O give
away ADP RP prt 46 O away
cheap ADJ JJ amod 49 O cheap
goals NOUN NNS dobj 46 O goal _
, PUNCT , punct 53 O , _
" PUNCT '' punct 53 O "
George PROPN NNP nsubj 53 B-PERSON George
said VERB VBD ROOT 53 O say _
. PUNCT . punct 53 O . _
"""


def test_a_score_the_tagger_ran_a_sides_name_over_is_no_word_of_it() -> None:
    rows = Extractor().rows(frozen(_SCORE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Chukwuemeka Obioma", "striker", "Enyimba"),
        ("Finidi George", "coach", "Rivers United"),
    ]
