"""`said Sukarno, a village head.`: Indonesian and Javanese people often have one name only, and
the tagger may call the one word a body's; a person's job or a person's noun set off after it as
its apposition makes it a person's name (no organisation of its own), not a body's. A club with
`the champions` after it stays a body. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will not give up our land," said Sukarno, a village head.
_VILLAGE_HEAD = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
give VERB VB ccomp 10 O give
up ADP RP prt 4 O up
our PRON PRP$ poss 7 O our
land NOUN NN dobj 4 O land _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Sukarno PROPN NNP nsubj 10 B-ORG Sukarno _
, PUNCT , punct 11 O ,
a DET DT det 15 O a
village NOUN NN compound 15 O village
head NOUN NN appos 11 O head _
. PUNCT . punct 10 O . _
"""

# Sutrisno, a farmer, said the rains came late this year. "We planted twice," he said.
_FARMER = """
Sutrisno PROPN NNP nsubj 5 B-GPE Sutrisno _
, PUNCT , punct 0 O ,
a DET DT det 3 O a
farmer NOUN NN appos 0 O farmer _
, PUNCT , punct 0 O ,
said VERB VBD ROOT 5 O say
the DET DT det 7 O the
rains NOUN NNS nsubj 8 O rain
came VERB VBD ccomp 5 O come
late ADV RB advmod 11 B-DATE late
this DET DT det 11 I-DATE this
year NOUN NN npadvmod 8 I-DATE year _
. PUNCT . punct 5 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 15 O we
planted VERB VBD ccomp 20 O plant
twice ADV RB advmod 15 O twice _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
he PRON PRP nsubj 20 O he
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

# "We will win on Sunday," said Barcelona, the champions.
_CLUB = """
" PUNCT `` punct 8 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
win VERB VB ccomp 8 O win
on ADP IN prep 3 O on
Sunday PROPN NNP pobj 4 B-DATE Sunday _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Barcelona PROPN NNP nsubj 8 B-GPE Barcelona _
, PUNCT , punct 9 O ,
the DET DT det 12 O the
champions NOUN NNS appos 9 O champion _
. PUNCT . punct 8 O . _
"""


def test_one_name_before_a_village_heads_job_is_a_persons() -> None:
    rows = Extractor().rows(frozen(_VILLAGE_HEAD))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Sukarno", "village head", "")]


def test_one_name_before_a_farmer_is_the_person_a_later_he_means() -> None:
    rows = Extractor().rows(frozen(_FARMER))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Sutrisno", "farmer", "")]


def test_a_club_before_the_champions_stays_a_body() -> None:
    rows = Extractor().rows(frozen(_CLUB))
    assert [(r.speaker, r.organization) for r in rows] == [("Barcelona", "Barcelona")]
