"""`Munster's winger X`, `Canterbury's flanker X`: a province or region the lists know as a place
(models/places.txt) that owns a position on a team (models/sports_positions.txt) is a side, as
any name in capitals owning one is (a place has no winger), so the article's places that do
(``places_owning_a_position``) stay in the organisation column that keeps other places out; the
same place before an office is still no body (`Munster TD X`). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Munster's winger Liam Coughlan said the side had learned from the defeat in Limerick. "We know
# we have to be better at the breakdown," Coughlan said.
_WINGER = """
Munster PROPN NNP poss 2 B-PERSON Munster _
's PART POS case 0 O 's
winger NOUN NN compound 4 O winger
Liam PROPN NNP compound 4 B-PERSON Liam
Coughlan PROPN NNP nsubj 5 I-PERSON Coughlan
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
side NOUN NN nsubj 9 O side
had AUX VBD aux 9 O have
learned VERB VBN ccomp 5 O learn
from ADP IN prep 9 O from
the DET DT det 12 O the
defeat NOUN NN pobj 10 O defeat
in ADP IN prep 12 O in
Limerick PROPN NNP pobj 13 B-GPE Limerick _
. PUNCT . punct 5 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 18 O we
know VERB VBP ccomp 30 O know
we PRON PRP nsubj 20 O we
have VERB VBP ccomp 18 O have
to PART TO aux 22 O to
be AUX VB xcomp 20 O be
better ADJ JJR acomp 22 O well
at ADP IN prep 22 O at
the DET DT det 26 O the
breakdown NOUN NN pobj 24 O breakdown _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
Coughlan PROPN NNP nsubj 30 B-PERSON Coughlan
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# Leinster's out-half Conor Brady was pleased. "We stuck to the plan," Brady said.
_OUT_HALF = """
Leinster PROPN NNP poss 6 B-PERSON Leinster _
's PART POS case 0 O 's
out ADJ JJ amod 4 O out _
- PUNCT HYPH punct 4 O - _
half NOUN NN compound 6 O half
Conor PROPN NNP compound 6 B-PERSON Conor
Brady PROPN NNP nsubj 7 I-PERSON Brady
was AUX VBD ROOT 7 O be
pleased ADJ JJ acomp 7 O pleased _
. PUNCT . punct 7 O .
" PUNCT `` punct 19 O " _
We PRON PRP nsubj 12 O we
stuck VERB VBD ccomp 19 O stick
to ADP IN prep 12 O to
the DET DT det 15 O the
plan NOUN NN pobj 13 O plan _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
Brady PROPN NNP nsubj 19 B-PERSON Brady
said VERB VBD ROOT 19 O say _
. PUNCT . punct 19 O . _
"""

# Canterbury's flanker Sam Tipene said the pack had fronted up. "It was a tough night," Tipene
# said.
_FLANKER = """
Canterbury PROPN NNP poss 2 B-GPE Canterbury _
's PART POS case 0 O 's
flanker NOUN NN compound 4 O flanker
Sam PROPN NNP compound 4 B-PERSON Sam
Tipene PROPN NNP nsubj 5 I-PERSON Tipene
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
pack NOUN NN nsubj 9 O pack
had AUX VBD aux 9 O have
fronted VERB VBN ccomp 5 O front
up ADP RP prt 9 O up _
. PUNCT . punct 5 O .
" PUNCT `` punct 21 O " _
It PRON PRP nsubj 14 O it
was AUX VBD ccomp 21 O be
a DET DT det 17 B-TIME a
tough ADJ JJ amod 17 I-TIME tough
night NOUN NN attr 14 I-TIME night _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Tipene PROPN NNP nsubj 21 B-PERSON Tipene
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""

# Munster TD Mary Kiely said the hospital needed more beds. "The people of Limerick deserve
# better," Kiely said.
_TD = """
Munster PROPN NNP compound 1 B-PERSON Munster
TD PROPN NNP compound 2 I-PERSON TD
Mary PROPN NNP nsubj 4 I-PERSON Mary
Kiely PROPN NNP advmod 4 I-PERSON Kiely
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
hospital NOUN NN nsubj 7 O hospital
needed VERB VBD ccomp 4 O need
more ADJ JJR amod 9 O more
beds NOUN NNS dobj 7 O bed _
. PUNCT . punct 4 O .
" PUNCT `` punct 21 O " _
The DET DT det 13 O the
people NOUN NNS nsubj 16 O people
of ADP IN prep 13 O of
Limerick PROPN NNP pobj 14 B-ORG Limerick
deserve VERB VBP ccomp 21 O deserve
better ADV RBR advmod 16 O well _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Kiely ADV RB advmod 21 O kiely
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_province_owning_a_position_is_the_players_side() -> None:
    rows = Extractor().rows(frozen(_WINGER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Liam Coughlan", "winger", "Munster")]


def test_a_province_owning_a_hyphenated_position_is_the_players_side() -> None:
    rows = Extractor().rows(frozen(_OUT_HALF))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Conor Brady", "out-half", "Leinster")]


def test_a_region_owning_a_position_is_the_players_side() -> None:
    rows = Extractor().rows(frozen(_FLANKER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Sam Tipene", "flanker", "Canterbury")]


def test_a_province_before_an_office_is_no_body() -> None:
    rows = Extractor().rows(frozen(_TD))
    assert [(r.speaker, r.organization) for r in rows] == [("Mary Kiely", "")]
