"""`Harbour Air has been fined … The ACCC chair, Ana Ruiz, said …`, then `A spokesperson for the
carrier`: of the bodies named as often, one that is itself the subject of a clause is the business
a bare `the carrier` means, over one named only before a person's job. Frozen parse of a text
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Harbour Air has been fined $10 million for selling seats on cancelled flights.
#
# The ACCC chair, Ana Ruiz, said the airline had misled customers. "This conduct was egregious,"
# she said. A spokesperson for the carrier said: "We apologise."
_ACTING = """
Harbour PROPN NNP compound 1 B-ORG Harbour
Air PROPN NNP nsubjpass 4 I-ORG Air
has AUX VBZ aux 4 O have
been AUX VBN auxpass 4 O be
fined VERB VBN ROOT 4 O fin
$ SYM $ quantmod 7 B-MONEY $ _
10 NUM CD compound 7 I-MONEY 10
million NUM CD dobj 4 I-MONEY million
for ADP IN prep 7 O for
selling VERB VBG pcomp 8 O sell
seats NOUN NNS dobj 9 O seat
on ADP IN prep 10 O on
cancelled VERB VBN amod 13 O cancel
flights NOUN NNS pobj 11 O flight _
. PUNCT . punct 4 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
The DET DT det 18 O the
ACCC PROPN NNP compound 18 B-ORG ACCC
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
" PUNCT `` punct 38 O " _
This DET DT det 32 O this
conduct NOUN NN nsubj 33 O conduct
was AUX VBD ccomp 38 O be
egregious ADJ JJ acomp 33 O egregious _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
she PRON PRP nsubj 38 O she
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O .
A DET DT det 41 O a
spokesperson NOUN NN nsubj 45 O spokesperson
for ADP IN prep 41 O for
the DET DT det 44 O the
carrier NOUN NN pobj 42 O carrier
said VERB VBD ROOT 45 O say _
: PUNCT : punct 45 O :
" PUNCT `` punct 45 O " _
We PRON PRP nsubj 49 O we
apologise VERB VBP ccomp 45 O apologise _
. PUNCT . punct 45 O . _
" PUNCT '' punct 45 O " _
"""


def test_the_body_that_acts_is_the_carrier() -> None:
    rows = Extractor().rows(frozen(_ACTING))
    assert [(r.speaker, r.organization) for r in rows][-1] == ("A spokesperson", "Harbour Air")
