"""`“…,” the left-hander said`: the hands a sports report calls a player by stand for the player
named just before (models/epithet_nouns.txt), though the tokenizer splits them at the hyphen. A
frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Tom Hale, 27, who was dropped twice, said he had simply backed his instincts. "I just watch the
# ball and react," the left-hander said.
_THE_LEFT_HANDER = """
Tom PROPN NNP compound 1 B-PERSON Tom
Hale PROPN NNP nsubj 10 I-PERSON Hale _
, PUNCT , punct 1 O ,
27 NUM CD appos 1 B-DATE 27 _
, PUNCT , punct 1 O ,
who PRON WP nsubjpass 7 O who
was AUX VBD auxpass 7 O be
dropped VERB VBN relcl 1 O drop
twice ADV RB advmod 7 O twice _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say
he PRON PRP nsubj 14 O he
had AUX VBD aux 14 O have
simply ADV RB advmod 14 O simply
backed VERB VBN ccomp 10 O back
his PRON PRP$ poss 16 O his
instincts NOUN NNS dobj 14 O instinct _
. PUNCT . punct 10 O .
" PUNCT `` punct 21 O " _
I PRON PRP nsubj 21 O I
just ADV RB advmod 21 O just
watch VERB VBP ccomp 32 O watch
the DET DT det 23 O the
ball NOUN NN dobj 21 O ball
and CCONJ CC cc 23 O and
react VERB VB conj 23 O react _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
the DET DT det 31 O the
left ADJ JJ amod 31 O left _
- PUNCT HYPH punct 31 O - _
hander NOUN NN nsubj 32 O hander
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""



def test_the_left_hander_is_the_player_named_before() -> None:
    rows = Extractor().rows(frozen(_THE_LEFT_HANDER))
    assert [(r.speaker, r.mention) for r in rows] == [("Tom Hale", "the left-hander")]
