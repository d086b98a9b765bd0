"""`"…," veteran broadcaster Linus Kaikai said`, the name tagged a body: a broadcaster's trade is
a company's too, so the name after it stayed a body (speaker a body, its own organisation). A job
that a person's noun qualifies (models/person_nouns.txt: `veteran`, `woman`, `citizen`) is a
person's, as no body is a veteran: the name after it is its holder's, the job the role (the
praise dropped). A broadcaster with no such word before it keeps a body's name (`rival broadcaster
Citizen Digital`). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We will not back down," veteran broadcaster Linus Kaikai said on Tuesday.
_VETERAN = """
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
back VERB VB ccomp 12 O back
down ADP RP prt 4 O down _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
veteran NOUN NN compound 9 O veteran
broadcaster NOUN NN compound 11 O broadcaster
Linus PROPN NNP compound 11 B-ORG Linus
Kaikai PROPN NNP nsubj 12 I-ORG Kaikai
said VERB VBD ROOT 12 O say
on ADP IN prep 12 O on
Tuesday PROPN NNP pobj 13 B-DATE Tuesday _
. PUNCT . punct 12 O . _
"""

# Veteran broadcaster Linus Kaikai said the station would "fight on".
_OPENING = """
Veteran NOUN NN compound 1 O veteran
broadcaster NOUN NN compound 3 O broadcaster
Linus PROPN NNP compound 3 B-ORG Linus
Kaikai PROPN NNP nsubj 4 I-ORG Kaikai
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
station NOUN NN nsubj 9 O station
would AUX MD aux 9 O would
" PUNCT `` punct 9 O " _
fight VERB VB ccomp 4 O fight
on ADP IN prep 9 O on _
" PUNCT `` punct 9 O " _
. PUNCT . punct 4 O . _
"""

# "We will not back down," rival broadcaster Citizen Digital said.
_RIVAL = """
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 4 O we
will AUX MD aux 4 O will
not PART RB neg 4 O not
back VERB VB ccomp 12 O back
down ADP RP prt 4 O down _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
rival ADJ JJ amod 9 O rival
broadcaster NOUN NN compound 11 O broadcaster
Citizen PROPN NNP compound 11 O Citizen
Digital PROPN NNP nsubj 12 B-ORG Digital
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""


def test_a_veteran_broadcaster_is_a_person() -> None:
    rows = Extractor().rows(frozen(_VETERAN))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Linus Kaikai", "broadcaster", "")]


def test_a_veteran_broadcaster_opening_the_sentence() -> None:
    rows = Extractor().rows(frozen(_OPENING))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Linus Kaikai", "broadcaster", "")]


def test_a_rival_broadcaster_stays_a_body() -> None:
    rows = Extractor().rows(frozen(_RIVAL))
    assert [(r.speaker, r.organization) for r in rows] == [("Citizen Digital", "Citizen Digital")]
