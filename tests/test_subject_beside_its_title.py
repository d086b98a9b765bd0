"""`The`, a place and a party's member (`the Oregon Democrat told reporters`) stand for the person
the story last made a subject, also a name the parser set beside the title that is the subject
(`Senate Majority Leader Ana Ruiz on Tuesday accused …`, the name an apposition of `Leader`).
Frozen parse of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Senate Majority Leader Ana Ruiz on Tuesday accused her rivals of stalling. "We will not be held
# hostage," the Oregon Democrat told reporters. (The name hand-set as an apposition of `Leader`.)
_DEMOCRAT = """
Senate PROPN NNP compound 2 B-ORG Senate
Majority PROPN NNP compound 2 O Majority
Leader PROPN NNP nsubj 7 O Leader
Ana PROPN NNP compound 4 B-PERSON Ana
Ruiz PROPN NNP appos 2 I-PERSON Ruiz
on ADP IN prep 7 O on
Tuesday PROPN NNP pobj 5 B-DATE Tuesday
accused VERB VBD ROOT 7 O accuse
her PRON PRP$ poss 9 O her
rivals NOUN NNS dobj 7 O rival
of ADP IN prep 7 O of
stalling VERB VBG pcomp 10 O stall _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 12 O <paragraph> _
" PUNCT `` punct 26 O " _
We PRON PRP nsubjpass 19 O we
will AUX MD aux 19 O will
not PART RB neg 19 O not
be AUX VB auxpass 19 O be
held VERB VBN ccomp 26 O hold
hostage NOUN NN oprd 19 O hostage _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
the DET DT det 25 O the
Oregon PROPN NNP compound 25 B-GPE Oregon
Democrat PROPN NNP nsubj 26 B-NORP Democrat
told VERB VBD ROOT 26 O tell
reporters NOUN NNS dobj 26 O reporter _
. PUNCT . punct 26 O . _"""


def test_a_party_member_stands_for_a_subject_set_beside_its_title() -> None:
    rows = Extractor().rows(frozen(_DEMOCRAT))
    assert [(r.speaker, r.mention) for r in rows] == [("Ana Ruiz", "the Oregon Democrat")]
