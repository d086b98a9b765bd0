"""Ranks of two words written short before a name (`Staff Sgt.`, `Chief Supt.`): neither word is
the speaker's name, and the first (`Chief`, `Staff`) is no role alone. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Staff Sgt. Jodi Gauthier of the Calgary Police Service said the break-ins were linked. "We are
# looking at video from all three sites," she said.
_STAFF_SGT = """
Staff PROPN NNP compound 1 O Staff
Sgt. PROPN NNP compound 3 O Sgt.
Jodi PROPN NNP compound 3 O Jodi
Gauthier PROPN NNP nsubj 9 O Gauthier
of ADP IN prep 3 O of
the DET DT det 8 B-ORG the
Calgary PROPN NNP compound 8 I-ORG Calgary
Police PROPN NNP compound 8 I-ORG Police
Service PROPN NNP pobj 4 I-ORG Service
said VERB VBD ROOT 9 O say
the DET DT det 13 O the
break NOUN NN compound 13 O break _
- PUNCT HYPH punct 13 O - _
ins NOUN NNS nsubjpass 15 O in
were AUX VBD auxpass 15 O be
linked VERB VBN ccomp 9 O link _
. PUNCT . punct 9 O .
" PUNCT `` punct 30 O " _
We PRON PRP nsubj 20 O we
are AUX VBP aux 20 O be
looking VERB VBG ccomp 30 O look
at ADP IN prep 20 O at
video NOUN NN pobj 21 O video
from ADP IN prep 20 O from
all DET DT det 26 O all
three NUM CD nummod 26 B-CARDINAL three
sites NOUN NNS pobj 23 O site _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
she PRON PRP nsubj 30 O she
said VERB VBD ROOT 30 O say _
. PUNCT . punct 30 O . _
"""

# Chief Supt. Mark Howell said the roads would stay closed. "Please stay away from the coast," he
# said.
_CHIEF_SUPT = """
Chief PROPN NNP compound 1 O Chief
Supt. PROPN NNP compound 3 O Supt.
Mark PROPN NNP compound 3 B-PERSON Mark
Howell PROPN NNP nsubj 4 I-PERSON Howell
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
roads NOUN NNS nsubj 8 O road
would AUX MD aux 8 O would
stay VERB VB ccomp 4 O stay
closed ADJ JJ acomp 8 O closed _
. PUNCT . punct 4 O .
" PUNCT `` punct 21 O " _
Please INTJ UH intj 13 O please
stay VERB VB ccomp 21 O stay
away ADV RB advmod 13 O away
from ADP IN prep 14 O from
the DET DT det 17 O the
coast NOUN NN pobj 15 O coast _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_two_word_rank_written_short_is_no_part_of_the_name() -> None:
    rows = Extractor().rows(frozen(_STAFF_SGT))
    assert [(r.speaker, r.role) for r in rows] == [("Jodi Gauthier", "")]


def test_the_first_word_of_a_rank_written_short_is_no_role() -> None:
    rows = Extractor().rows(frozen(_CHIEF_SUPT))
    assert [(r.speaker, r.role) for r in rows] == [("Mark Howell", "")]
