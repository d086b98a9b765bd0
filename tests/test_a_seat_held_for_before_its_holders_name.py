"""`MP for Bankstown Karen Walsh said`: a seat's holder in capitals, its `for` and one to three
words in capitals closing right where the tagger opens a person's name, is the title held for the
seat, the role whole (as `Kilifi North MP X` keeps the seat in the role; a seat is no employer),
not nothing. A seat the tagger ran into the name (`MP for Bankstown Jihad Dib`, one body) is
read elsewhere. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The state government has approved a new hospital for the city's south-west. "This is a great day
# for western Sydney," MP for Bankstown Karen Walsh said on Tuesday.
_SYDNEY = """
The DET DT det 2 O the
state NOUN NN compound 2 O state
government NOUN NN nsubj 4 O government
has AUX VBZ aux 4 O have
approved VERB VBN ROOT 4 O approve
a DET DT det 7 O a
new ADJ JJ amod 7 O new
hospital NOUN NN dobj 4 O hospital
for ADP IN prep 7 O for
the DET DT det 10 O the
city NOUN NN poss 14 O city _
's PART POS case 10 O 's
south NOUN NN amod 14 O south _
- PUNCT HYPH punct 14 O - _
west NOUN NN pobj 8 O west _
. PUNCT . punct 4 O .
" PUNCT `` punct 32 O " _
This PRON DT nsubj 18 O this
is AUX VBZ ccomp 32 O be
a DET DT det 21 O a
great ADJ JJ amod 21 O great
day NOUN NN attr 18 O day
for ADP IN prep 21 O for
western ADJ JJ amod 24 O western
Sydney PROPN NNP pobj 22 B-GPE Sydney _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
MP PROPN NNP nsubj 32 O MP
for ADP IN prep 27 O for
Bankstown PROPN NNP compound 31 O Bankstown
Karen PROPN NNP compound 31 B-PERSON Karen
Walsh PROPN NNP pobj 28 I-PERSON Walsh
said VERB VBD ROOT 32 O say
on ADP IN prep 32 O on
Tuesday PROPN NNP pobj 33 B-DATE Tuesday _
. PUNCT . punct 32 O . _
"""

# The county has been without piped water for a month. "Our people are suffering," MP for Kisumu
# East Grace Achieng said on Sunday.
_KISUMU = """
The DET DT det 1 O the
county NOUN NN nsubj 3 O county
has AUX VBZ aux 3 O have
been AUX VBN ROOT 3 O be
without ADP IN prep 3 O without
piped ADJ JJ amod 6 O piped
water NOUN NN pobj 4 O water
for ADP IN prep 3 O for
a DET DT det 9 B-DATE a
month NOUN NN pobj 7 I-DATE month _
. PUNCT . punct 3 O .
" PUNCT `` punct 24 O " _
Our PRON PRP$ poss 13 O our
people NOUN NNS nsubj 15 O people
are AUX VBP aux 15 O be
suffering VERB VBG ccomp 24 O suffer _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
MP PROPN NNP dobj 15 O MP
for ADP IN prep 18 O for
Kisumu PROPN NNP compound 22 B-ORG Kisumu
East PROPN NNP compound 22 I-ORG East
Grace PROPN NNP pobj 19 B-PERSON Grace
Achieng PROPN NNP nsubj 24 I-PERSON Achieng
said VERB VBD ROOT 24 O say
on ADP IN prep 24 O on
Sunday PROPN NNP pobj 25 B-DATE Sunday _
. PUNCT . punct 24 O . _
"""


def test_a_seat_after_the_members_for_is_in_the_role() -> None:
    rows = Extractor().rows(frozen(_SYDNEY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Karen Walsh", "MP for Bankstown", "")]


def test_a_seat_of_two_words_tagged_a_body_is_in_the_role() -> None:
    rows = Extractor().rows(frozen(_KISUMU))
    expected = [("Grace Achieng", "MP for Kisumu East", "")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
