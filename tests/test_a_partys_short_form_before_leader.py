"""`Former Prime Minister Tom Okello said …. "…," the ODM leader said`: a party's short form in
capitals before `leader`, where nobody in the story is given that job, is an epithet for the
person the story last made a subject, as `the Labour leader` is (the tagger calls Labour a people
and ODM a body); the one person the story does make the ODM leader stays the holder. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Former Prime Minister Tom Okello said the deal was unfair to farmers. "It is a bad deal for this
# country," the ODM leader said.
_EPITHET = """
Former ADJ JJ amod 2 O former
Prime PROPN NNP compound 2 O Prime
Minister PROPN NNP compound 4 O Minister
Tom PROPN NNP compound 4 B-PERSON Tom
Okello PROPN NNP nsubj 5 I-PERSON Okello
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
deal NOUN NN nsubj 8 O deal
was AUX VBD ccomp 5 O be
unfair ADJ JJ acomp 8 O unfair
to ADP IN prep 9 O to
farmers NOUN NNS pobj 10 O farmer _
. PUNCT . punct 5 O .
" PUNCT `` punct 27 O " _
It PRON PRP nsubj 15 O it
is AUX VBZ ccomp 27 O be
a DET DT det 18 O a
bad ADJ JJ amod 18 O bad
deal NOUN NN attr 15 O deal
for ADP IN prep 18 O for
this DET DT det 21 O this
country NOUN NN pobj 19 O country _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
the DET DT det 26 O the
ODM PROPN NNP compound 26 B-ORG ODM
leader NOUN NN nsubj 27 O leader
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# Grace Wanjiru, the ODM leader, attacked the deal. Peter Otieno defended it. "It is a good deal,"
# the ODM leader said.
_HOLDER = """
Grace PROPN NNP compound 1 B-PERSON Grace
Wanjiru PROPN NNP nsubj 7 I-PERSON Wanjiru _
, PUNCT , punct 1 O ,
the DET DT det 5 O the
ODM PROPN NNP compound 5 B-ORG ODM
leader NOUN NN appos 1 O leader _
, PUNCT , punct 1 O ,
attacked VERB VBD ROOT 7 O attack
the DET DT det 9 O the
deal NOUN NN dobj 7 O deal _
. PUNCT . punct 7 O .
Peter PROPN NNP compound 12 B-PERSON Peter
Otieno PROPN NNP nsubj 13 I-PERSON Otieno
defended VERB VBD ROOT 13 O defend
it PRON PRP dobj 13 O it _
. PUNCT . punct 13 O .
" PUNCT `` punct 27 O " _
It PRON PRP nsubj 18 O it
is AUX VBZ ccomp 27 O be
a DET DT det 21 O a
good ADJ JJ amod 21 O good
deal NOUN NN attr 18 O deal _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
the DET DT det 26 O the
ODM PROPN NNP compound 26 B-ORG ODM
leader NOUN NN nsubj 27 O leader
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def _speaker(spec: str) -> str:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker


def test_a_partys_leader_is_the_person_just_named() -> None:
    assert _speaker(_EPITHET) == "Tom Okello"


def test_the_one_leader_the_story_names_stays_the_holder() -> None:
    assert _speaker(_HOLDER) == "Grace Wanjiru"
