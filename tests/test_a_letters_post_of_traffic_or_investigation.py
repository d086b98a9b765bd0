"""`SSP Investigation Asad Rehman said`, `SSP Traffic X told`, `DIG Traffic X said`: a post written by
its letters, then the branch of the police it heads (investigation, traffic) in capitals before the
name, is one post, as `DIG Operations X` is (test_a_letters_post_and_its_branch.py): the role is
*SSP Investigation*, and the branch is no word of the name (it was *Investigation Asad Rehman* / *SSP*,
or no role). Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# LAHORE: Two suspects were arrested on Friday, SSP Investigation Asad Rehman said. "They will be
# produced before the court," he said.
_SUSPECTS = """
LAHORE NOUN NNS ROOT 0 O LAHORE _
: PUNCT : punct 0 O :
Two NUM CD nummod 3 B-CARDINAL two
suspects NOUN NNS nsubjpass 5 O suspect
were AUX VBD auxpass 5 O be
arrested VERB VBN ccomp 13 O arrest
on ADP IN prep 5 O on
Friday PROPN NNP pobj 6 B-DATE Friday _
, PUNCT , punct 13 O ,
SSP PROPN NNP compound 10 B-ORG SSP
Investigation PROPN NNP compound 12 I-ORG Investigation
Asad PROPN NNP compound 12 I-ORG Asad
Rehman PROPN NNP nsubj 13 I-ORG Rehman
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O .
" PUNCT `` punct 19 O " _
They PRON PRP nsubjpass 19 O they
will AUX MD aux 19 O will
be AUX VB auxpass 19 O be
produced VERB VBN ccomp 26 O produce
before ADP IN prep 19 O before
the DET DT det 22 O the
court NOUN NN pobj 20 O court _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

# "Wardens will be posted at every junction," SSP Traffic Kamran Ali told reporters.
_WARDENS = """
" PUNCT `` punct 14 O " _
Wardens NOUN NNS nsubjpass 4 B-PRODUCT warden
will AUX MD aux 4 O will
be AUX VB auxpass 4 O be
posted VERB VBN ccomp 14 O post
at ADP IN prep 4 O at
every DET DT det 7 O every
junction NOUN NN pobj 5 O junction _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
SSP PROPN NNP compound 11 B-WORK_OF_ART SSP
Traffic PROPN NNP compound 12 I-WORK_OF_ART Traffic
Kamran PROPN NNP compound 13 B-PERSON Kamran
Ali PROPN NNP nsubj 14 I-PERSON Ali
told VERB VBD ROOT 14 O tell
reporters NOUN NNS dobj 14 O reporter _
. PUNCT . punct 14 O . _
"""

# "We have sealed the area," DIG Traffic Imran Shah said.
_SEALED = """
" PUNCT `` punct 12 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
sealed VERB VBN ccomp 12 O seal
the DET DT det 5 O the
area NOUN NN dobj 3 O area _
, PUNCT , punct 12 O , _
" PUNCT '' punct 12 O "
DIG PROPN NNP compound 10 B-WORK_OF_ART DIG
Traffic PROPN NNP compound 10 I-WORK_OF_ART Traffic
Imran PROPN NNP compound 11 I-WORK_OF_ART Imran
Shah PROPN NNP nsubj 12 I-WORK_OF_ART Shah
said VERB VBD ROOT 12 O say _
. PUNCT . punct 12 O . _
"""


def test_the_investigation_branch_is_the_posts() -> None:
    rows = Extractor().rows(frozen(_SUSPECTS))
    assert [(r.speaker, r.role) for r in rows] == [("Asad Rehman", "SSP Investigation")]


def test_the_traffic_branch_is_the_posts() -> None:
    rows = Extractor().rows(frozen(_WARDENS))
    assert [(r.speaker, r.role) for r in rows] == [("Kamran Ali", "SSP Traffic")]


def test_a_dig_of_traffic() -> None:
    rows = Extractor().rows(frozen(_SEALED))
    assert [(r.speaker, r.role) for r in rows] == [("Imran Shah", "DIG Traffic")]
