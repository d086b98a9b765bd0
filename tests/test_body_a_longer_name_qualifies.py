"""`the university` is the body its noun heads (`Kivuli University`), not a longer body's name
that only opens with it (`Kivuli University Lecturers Association`): the shorter name, ending in
a body's noun the longer one only qualifies, is a body of its own. A frozen parse of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lecturers at Kivuli University walked out on Monday. Kivuli University Lecturers Association
# chairman Tom Odhiambo backed the strike. The university's spokesperson, Ann Wanjiru, said
# talks would resume. "We are listening," Wanjiru said.
_KIVULI = """
Lecturers NOUN NNS nsubj 4 O lecturer
at ADP IN prep 0 O at
Kivuli PROPN NNP compound 3 B-ORG Kivuli
University PROPN NNP pobj 1 I-ORG University
walked VERB VBD ROOT 4 O walk
out ADV RB advmod 4 O out
on ADP IN prep 4 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 4 O .
Kivuli PROPN NNP compound 12 B-ORG Kivuli
University PROPN NNP compound 12 I-ORG University
Lecturers PROPN NNP compound 12 I-ORG Lecturers
Association PROPN NNP compound 13 I-ORG Association
chairman NOUN NN compound 15 O chairman
Tom PROPN NNP compound 15 B-PERSON Tom
Odhiambo PROPN NNP nsubj 16 I-PERSON Odhiambo
backed VERB VBD ROOT 16 O back
the DET DT det 18 O the
strike NOUN NN dobj 16 O strike _
. PUNCT . punct 16 O .
The DET DT det 21 O the
university NOUN NN poss 23 O university _
's PART POS case 21 O 's
spokesperson NOUN NN nsubj 28 O spokesperson _
, PUNCT , punct 23 O ,
Ann PROPN NNP compound 26 B-PERSON Ann
Wanjiru PROPN NNP appos 23 I-PERSON Wanjiru _
, PUNCT , punct 23 O ,
said VERB VBD ROOT 28 O say
talks NOUN NNS nsubj 31 O talk
would AUX MD aux 31 O would
resume VERB VB ccomp 28 O resume _
. PUNCT . punct 28 O .
" PUNCT `` punct 40 O " _
We PRON PRP nsubj 36 O we
are AUX VBP aux 36 O be
listening VERB VBG ccomp 40 O listen _
, PUNCT , punct 40 O , _
" PUNCT '' punct 40 O "
Wanjiru PROPN NNP nsubj 40 B-PERSON Wanjiru
said VERB VBD ROOT 40 O say _
. PUNCT . punct 40 O . _
"""


def test_the_university_is_the_body_its_noun_heads() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_KIVULI))]
    assert rows == [("Ann Wanjiru", "spokesperson", "Kivuli University")]
