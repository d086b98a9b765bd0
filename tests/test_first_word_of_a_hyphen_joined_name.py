"""`Former captain Shahid-ul-Haq said … "…," Shahid said.` (Pakistani house style, issue 10), from
a frozen parse of a sentence written for this file: a person's name the Arabic article joins with
hyphens is called by its first word alone, so the later `Shahid` is the captain, no new person."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_JOINED_NAME = """
Former ADJ JJ amod 1 O former
captain NOUN NN nsubj 7 O captain
Shahid PROPN NNP appos 1 B-PERSON Shahid _
- PUNCT HYPH punct 2 I-PERSON - _
ul PROPN NNP appos 2 I-PERSON ul _
- PUNCT HYPH punct 2 I-PERSON - _
Haq PROPN NNP nummod 2 I-PERSON Haq
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
team NOUN NN nsubj 10 O team
lacked VERB VBD ccomp 7 O lack
spirit NOUN NN dobj 10 O spirit _
. PUNCT . punct 7 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 16 O we
must AUX MD aux 16 O must
fight VERB VB ccomp 20 O fight _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Shahid PROPN NNP nsubj 20 B-PERSON Shahid
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_the_first_word_of_a_hyphen_joined_name_is_the_person() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_JOINED_NAME))]
    assert rows == [("Shahid-ul-Haq", "Former captain")]
