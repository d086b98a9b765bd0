"""`Speaking to The Citizen, a resident said …. "…," the paper said`, `A rickshaw driver, talking to
Dawn, said …`: a title a participle of speaking or talking is spoken to, its speaker the subject
of the clause the participle opens or the noun it qualifies, is the outlet the story's `the paper`
stands for, as one the clause's own subject tells things to is (tests/
test_an_outlet_told_before_the_paper.py); as a listener it is still nobody's organisation and no
`he`. Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Families in Orlando East face eviction this week. Speaking to The Citizen, a resident said the
# families had nowhere to go. "We have lived here for thirty years," she said. "The municipality
# never consulted anyone," the paper said.
_CITIZEN = """
Families NOUN NNS nsubj 4 O family
in ADP IN prep 0 O in
Orlando PROPN NNP compound 3 B-LOC Orlando
East PROPN NNP pobj 1 I-LOC East
face VERB VBP ROOT 4 O face
eviction NOUN NN dobj 4 O eviction
this DET DT det 7 B-DATE this
week NOUN NN npadvmod 4 I-DATE week _
. PUNCT . punct 4 O .
Speaking VERB VBG advcl 16 O speak
to ADP IN prep 9 O to
The DET DT det 12 O the
Citizen PROPN NNP pobj 10 O Citizen _
, PUNCT , punct 16 O ,
a DET DT det 15 O a
resident NOUN NN nsubj 16 O resident
said VERB VBD ROOT 16 O say
the DET DT det 18 O the
families NOUN NNS nsubj 19 O family
had VERB VBD ccomp 16 O have
nowhere ADV RB advmod 19 O nowhere
to PART TO aux 22 O to
go VERB VB xcomp 20 O go _
. PUNCT . punct 16 O .
" PUNCT `` punct 35 O " _
We PRON PRP nsubj 27 O we
have AUX VBP aux 27 O have
lived VERB VBN ccomp 35 O live
here ADV RB advmod 27 O here
for ADP IN prep 27 O for
thirty NUM CD nummod 31 B-DATE thirty
years NOUN NNS pobj 29 I-DATE year _
, PUNCT , punct 35 O , _
" PUNCT '' punct 35 O "
she PRON PRP nsubj 35 O she
said VERB VBD ROOT 35 O say _
. PUNCT . punct 35 O .
" PUNCT `` punct 47 O " _
The DET DT det 39 O the
municipality NOUN NN nsubj 41 O municipality
never ADV RB neg 41 O never
consulted VERB VBD ccomp 47 O consult
anyone PRON NN dobj 41 O anyone _
, PUNCT , punct 47 O , _
" PUNCT '' punct 47 O "
the DET DT det 46 O the
paper NOUN NN nsubj 47 O paper
said VERB VBD ROOT 47 O say _
. PUNCT . punct 47 O . _
"""

# Fuel queues stretched for kilometres in Karachi on Monday. A rickshaw driver, talking to Dawn,
# said fares would double. "Nobody can pay this," he said. "The ministry has promised new supplies
# by Friday," the newspaper said.
_DAWN = """
Fuel NOUN NN compound 1 O fuel
queues NOUN NNS nsubj 2 O queue
stretched VERB VBD ROOT 2 O stretch
for ADP IN prep 2 O for
kilometres NOUN NNS pobj 3 O kilometre
in ADP IN prep 2 O in
Karachi PROPN NNP pobj 5 B-GPE Karachi
on ADP IN prep 2 O on
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 2 O .
A DET DT det 12 O a
rickshaw ADJ JJ amod 12 O rickshaw
driver NOUN NN nsubj 18 O driver _
, PUNCT , punct 12 O ,
talking VERB VBG acl 12 O talk
to ADP IN prep 14 O to
Dawn PROPN NNP pobj 15 B-PERSON Dawn _
, PUNCT , punct 12 O ,
said VERB VBD ROOT 18 O say
fares NOUN NNS nsubj 21 O fare
would AUX MD aux 21 O would
double VERB VB ccomp 18 O double _
. PUNCT . punct 18 O .
" PUNCT `` punct 31 O " _
Nobody PRON NN nsubj 26 O nobody
can AUX MD aux 26 O can
pay VERB VB ccomp 31 O pay
this PRON DT dobj 26 O this _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O .
" PUNCT `` punct 37 O " _
The DET DT det 35 O the
ministry NOUN NN nsubj 37 O ministry
has AUX VBZ aux 37 O have
promised VERB VBN ccomp 46 O promise
new ADJ JJ amod 39 O new
supplies NOUN NNS dobj 37 O supply
by ADP IN prep 37 O by
Friday PROPN NNP pobj 40 B-DATE Friday _
, PUNCT , punct 46 O , _
" PUNCT '' punct 46 O "
the DET DT det 45 O the
newspaper NOUN NN nsubj 46 O newspaper
said VERB VBD ROOT 46 O say _
. PUNCT . punct 46 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(q.speaker, q.role, q.organization) for q in Extractor().rows(frozen(spec))]


def test_the_paper_after_speaking_to_the_citizen_is_the_citizen() -> None:
    assert _rows(_CITIZEN) == [("a resident", "", ""), ("Citizen", "", "Citizen")]


def test_the_newspaper_after_talking_to_dawn_is_dawn() -> None:
    assert _rows(_DAWN) == [("A rickshaw driver", "rickshaw driver", ""), ("Dawn", "", "Dawn")]
