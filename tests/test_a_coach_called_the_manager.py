"""A side's coach is the one a later `the Lenton manager` stands for, as British pages call the
job by either noun (models/job_families.txt kind `near`); one the article gives the manager's own
job still goes first. Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We ran out of legs in the second half," Coach Ana Ruiz said after the match.
# "The players gave everything," the Lenton manager added.
_COACH = """
" PUNCT `` punct 15 O " _
We PRON PRP nsubj 2 O we
ran VERB VBD ccomp 15 O run
out ADP IN prep 2 O out
of ADP IN prep 3 O of
legs NOUN NNS pobj 4 O leg
in ADP IN prep 2 O in
the DET DT det 9 B-DATE the
second ADJ JJ amod 9 I-DATE second
half NOUN NN pobj 6 I-DATE half _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Coach PROPN NNP compound 14 O Coach
Ana PROPN NNP compound 14 O Ana
Ruiz PROPN NNP nsubj 15 O Ruiz
said VERB VBD ROOT 15 O say
after ADP IN prep 15 O after
the DET DT det 18 O the
match NOUN NN pobj 16 O match _
. PUNCT . punct 15 O .
" PUNCT `` punct 30 O " _
The DET DT det 22 O the
players NOUN NNS nsubj 23 O player
gave VERB VBD ccomp 30 O give
everything PRON NN dobj 23 O everything _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
the DET DT det 29 O the
Lenton PROPN NNP compound 29 B-ORG Lenton
manager NOUN NN nsubj 30 O manager
added VERB VBD ROOT 30 O add _
. PUNCT . punct 30 O . _
"""

# Team manager Rahul Mehta said the squad had landed in Perth. Head coach Ravi Shastri was upbeat.
# "We are ready for the pace," Shastri said. "The nets are booked," the manager added.
_STAFF = """
Team NOUN NN compound 1 O team
manager NOUN NN compound 3 O manager
Rahul PROPN NNP compound 3 B-PERSON Rahul
Mehta PROPN NNP nsubj 4 I-PERSON Mehta
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
squad NOUN NN nsubj 8 O squad
had AUX VBD aux 8 O have
landed VERB VBN ccomp 4 O land
in ADP IN prep 8 O in
Perth PROPN NNP pobj 9 B-GPE Perth _
. PUNCT . punct 4 O .
Head PROPN NNP compound 13 O Head
coach NOUN NN compound 15 O coach
Ravi PROPN NNP compound 15 B-PERSON Ravi
Shastri PROPN NNP nsubj 16 I-PERSON Shastri
was AUX VBD ROOT 16 O be
upbeat ADJ JJ acomp 16 O upbeat _
. PUNCT . punct 16 O .
" PUNCT `` punct 29 O " _
We PRON PRP nsubj 21 O we
are AUX VBP ccomp 29 O be
ready ADJ JJ acomp 21 O ready
for ADP IN prep 22 O for
the DET DT det 25 O the
pace NOUN NN pobj 23 O pace _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Shastri PROPN NNP nsubj 29 B-PERSON Shastri
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O .
" PUNCT `` punct 40 O " _
The DET DT det 33 O the
nets NOUN NNS nsubjpass 35 O net
are AUX VBP auxpass 35 O be
booked VERB VBN ccomp 40 O book _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
the DET DT det 39 O the
manager NOUN NN nsubj 40 O manager
added VERB VBD ROOT 40 O add _
. PUNCT . punct 40 O . _
"""


def test_the_sides_manager_is_its_coach() -> None:
    rows = Extractor().rows(frozen(_COACH))
    assert [r.speaker for r in rows] == ["Ana Ruiz", "Ana Ruiz"]


def test_the_managers_own_holder_goes_first() -> None:
    rows = Extractor().rows(frozen(_STAFF))
    assert [r.speaker for r in rows] == ["Ravi Shastri", "Rahul Mehta"]
