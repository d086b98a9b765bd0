"""`Minister of State for the Environment Ruth Ong said`: a junior minister's title, `of State`
between the office and its `for the` brief, is read whole before the name, as `Minister for the
Environment` is (Ireland's, Singapore's and Britain's ministers and secretaries of state). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Senior Minister of State for Transport and the Environment Dr Grace Tan said the new lines would
# open in 2030. "Commuters will save an hour a day," she said.
_TRANSPORT = """
Senior PROPN NNP compound 1 O Senior
Minister PROPN NNP nsubj 12 O Minister
of ADP IN prep 1 O of
State PROPN NNP pobj 2 O State
for ADP IN prep 1 O for
Transport PROPN NNP pobj 4 O Transport
and CCONJ CC cc 1 O and
the DET DT det 11 O the
Environment PROPN NNP compound 9 O Environment
Dr PROPN NNP compound 11 O Dr
Grace PROPN NNP compound 11 B-PERSON Grace
Tan PROPN NNP conj 1 I-PERSON Tan
said VERB VBD ROOT 12 O say
the DET DT det 15 O the
new ADJ JJ amod 15 O new
lines NOUN NNS nsubj 17 O line
would AUX MD aux 17 O would
open VERB VB ccomp 12 O open
in ADP IN prep 17 O in
2030 NUM CD pobj 18 B-DATE 2030 _
. PUNCT . punct 12 O .
" PUNCT `` punct 32 O " _
Commuters NOUN NNS nsubj 24 B-ORG commuter
will AUX MD aux 24 O will
save VERB VB ccomp 32 O save
an DET DT det 26 B-TIME an
hour NOUN NN dobj 24 I-TIME hour
a DET DT det 28 O a
day NOUN NN npadvmod 26 O day _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
she PRON PRP nsubj 32 O she
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

# Minister of State for the Environment Ruth Ong said the bins would be collected weekly. "Every
# household will get a second bin," she said.
_ENVIRONMENT = """
Minister PROPN NNP nmod 7 O Minister
of ADP IN prep 0 O of
State PROPN NNP pobj 1 O State
for ADP IN prep 0 O for
the DET DT det 5 O the
Environment PROPN NNP pobj 3 O Environment
Ruth PROPN NNP compound 7 B-PERSON Ruth
Ong PROPN NNP nsubj 8 I-PERSON Ong
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
bins NOUN NNS nsubjpass 13 O bin
would AUX MD aux 13 O would
be AUX VB auxpass 13 O be
collected VERB VBN ccomp 8 O collect
weekly ADV RB advmod 13 B-DATE weekly _
. PUNCT . punct 8 O .
" PUNCT `` punct 20 O " _
Every DET DT det 18 O every
household NOUN NN nsubj 20 O household
will AUX MD aux 20 O will
get VERB VB ccomp 27 O get
a DET DT det 23 O a
second ADJ JJ amod 23 B-ORDINAL second
bin NOUN NN dobj 20 O bin _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
she PRON PRP nsubj 27 O she
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def _row(spec: str) -> tuple[str, str]:
    doc = frozen(spec)
    [row] = Extractor().rows(doc, text=doc.text)
    return row.speaker, row.role


def test_a_minister_of_state_for_the_brief() -> None:
    assert _row(_ENVIRONMENT) == ("Ruth Ong", "Minister of State for the Environment")


def test_a_senior_minister_of_state_for_two_briefs() -> None:
    assert _row(_TRANSPORT) == ("Grace Tan", "Senior Minister of State for Transport and the Environment")
