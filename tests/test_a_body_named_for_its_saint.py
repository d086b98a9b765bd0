"""`Father Tom Kelly, of St. Patrick's,`: a saint's name in the possessive with no noun after it is
a church, school or hospital named for the saint, the speaker's organisation; a town written
with no apostrophe (`of St Helens`) says where he lives. Frozen parses of sentences written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Father Tom Kelly, of St. Patrick's, said that three hundred children were being fed by the
# parish. "They come to school hungry," he said.
_PARISH = """
Father PROPN NNP compound 2 O Father
Tom PROPN NNP compound 2 B-PERSON Tom
Kelly PROPN NNP nsubj 9 I-PERSON Kelly _
, PUNCT , punct 2 O ,
of ADP IN prep 2 O of
St. PROPN NNP compound 6 B-GPE St.
Patrick PROPN NNP pobj 4 I-GPE Patrick _
's PART POS case 6 I-GPE 's _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 9 O say
that SCONJ IN mark 16 O that
three NUM CD compound 12 B-CARDINAL three
hundred NUM CD nummod 13 I-CARDINAL hundred
children NOUN NNS nsubjpass 16 O child
were AUX VBD aux 16 O be
being AUX VBG auxpass 16 O be
fed VERB VBN ccomp 9 O feed
by ADP IN agent 16 O by
the DET DT det 19 O the
parish PROPN NNP pobj 17 O parish _
. PUNCT . punct 9 O .
" PUNCT `` punct 30 O " _
They PRON PRP nsubj 23 O they
come VERB VBP ccomp 30 O come
to ADP IN prep 23 O to
school NOUN NN pobj 24 O school
hungry ADJ JJ acomp 23 O hungry _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
he PRON PRP nsubj 30 O he
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# Tom Kelly, of St Helens, said the club had been let down. "They come to every game," he said.
_TOWN = """
Tom PROPN NNP compound 1 B-PERSON Tom
Kelly PROPN NNP nsubj 7 I-PERSON Kelly _
, PUNCT , punct 1 O ,
of ADP IN prep 1 O of
St PROPN NNP compound 5 B-PERSON St
Helens PROPN NNP pobj 3 I-PERSON Helens _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 7 O say
the DET DT det 9 O the
club NOUN NN nsubjpass 12 O club
had AUX VBD aux 12 O have
been AUX VBN auxpass 12 O be
let VERB VBN ccomp 7 O let
down ADP RP prt 12 O down _
. PUNCT . punct 7 O .
" PUNCT `` punct 24 O " _
They PRON PRP nsubj 17 O they
come VERB VBP ccomp 24 O come
to ADP IN prep 17 O to
every DET DT det 20 O every
game NOUN NN pobj 18 O game _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
he PRON PRP nsubj 24 O he
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_saints_name_in_the_possessive_is_the_speakers_body() -> None:
    rows = Extractor().rows(frozen(_PARISH))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Kelly", "St. Patrick's")]


def test_a_town_named_for_a_saint_is_where_he_lives() -> None:
    rows = Extractor().rows(frozen(_TOWN))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Kelly", "")]
