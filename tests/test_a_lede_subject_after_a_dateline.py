"""`SYDNEY - Kestrair has been fined …`: the lede's subject that names the business a later `the
carrier` stands for is read in the sentence after the wire dateline, which the parser may make a
sentence of its own. Frozen parse of a text written for this file (see tests/frozen.py), through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# SYDNEY - Kestrair has been fined $10 million for selling seats on cancelled flights. The ACCC
# chair, Ana Ruiz, said the airline had misled customers. A spokesperson for the carrier said:
# "We apologise."
_AFTER_A_DATELINE = """
SYDNEY NOUN NN ROOT 0 B-GPE sydney
- PUNCT HYPH punct 0 O -
Kestrair PROPN NNP nsubjpass 5 O Kestrair
has AUX VBZ aux 5 O have
been AUX VBN auxpass 5 O be
fined VERB VBN ROOT 5 O fin
$ SYM $ quantmod 8 B-MONEY $ _
10 NUM CD compound 8 I-MONEY 10
million NUM CD dobj 5 I-MONEY million
for ADP IN prep 8 O for
selling VERB VBG pcomp 9 O sell
seats NOUN NNS dobj 10 O seat
on ADP IN prep 11 O on
cancelled VERB VBN amod 14 O cancel
flights NOUN NNS pobj 12 O flight _
. PUNCT . punct 5 O .
The DET DT det 18 O the
ACCC PROPN NNP compound 18 B-PERSON ACCC
chair NOUN NN nsubj 23 O chair _
, PUNCT , punct 18 O ,
Ana PROPN NNP compound 21 O Ana
Ruiz PROPN NNP appos 18 O Ruiz _
, PUNCT , punct 18 O ,
said VERB VBD ROOT 23 O say
the DET DT det 25 O the
airline NOUN NN nsubj 27 O airline
had AUX VBD aux 27 O have
misled VERB VBN ccomp 23 O mislead
customers NOUN NNS dobj 27 O customer _
. PUNCT . punct 23 O .
A DET DT det 31 O a
spokesperson NOUN NN nsubj 35 O spokesperson
for ADP IN prep 31 O for
the DET DT det 34 O the
carrier NOUN NN pobj 32 O carrier
said VERB VBD ROOT 35 O say _
: PUNCT : punct 35 O :
" PUNCT `` punct 35 O " _
We PRON PRP nsubj 39 O we
apologise VERB VBP ccomp 35 O apologise _
. PUNCT . punct 35 O . _
" PUNCT '' punct 35 O " _
"""


def test_the_lede_subject_after_a_dateline() -> None:
    rows = Extractor().rows(frozen(_AFTER_A_DATELINE))
    assert [(r.speaker, r.organization) for r in rows] == [("A spokesperson", "Kestrair")]
