"""`The prisoner: “…”`, `An inmate at Kamiti prison … said …. “…,” he said`: the nouns for
people held in custody or sitting in judgment in court (prisoner, inmate, detainee, convict,
juror, hostage: models/person_nouns.txt) name a person with no job, as `defendant` and
`witness` do, so the description speaks and the `he` after it is them. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The prisoner: "Of ale, sir. Nothing stronger."
_PRISONER = """
The DET DT det 1 O the
prisoner NOUN NN ROOT 1 O prisoner _
: PUNCT : punct 1 O :
" PUNCT `` punct 1 O " _
Of ADP IN appos 1 O of
ale NOUN NN pobj 4 O ale _
, PUNCT , punct 5 O ,
sir NOUN NN npadvmod 5 O sir _
. PUNCT . punct 1 O .
Nothing PRON NN nsubj 10 O nothing
stronger ADJ JJR ROOT 10 O strong _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""

# An inmate at Kamiti prison, who asked not to be named, said conditions were harsh. "We are
# locked in for 23 hours a day," he said.
_INMATE = """
An DET DT det 1 O an
inmate NOUN NN nsubj 13 O inmate
at ADP IN prep 1 O at
Kamiti PROPN NNP compound 4 B-ORG Kamiti
prison NOUN NN pobj 2 O prison _
, PUNCT , punct 4 O ,
who PRON WP nsubj 7 O who
asked VERB VBD relcl 4 O ask
not PART RB neg 11 O not
to PART TO aux 11 O to
be AUX VB auxpass 11 O be
named VERB VBN xcomp 7 O name _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 13 O say
conditions NOUN NNS nsubj 15 O condition
were AUX VBD ccomp 13 O be
harsh ADJ JJ acomp 15 O harsh _
. PUNCT . punct 13 O .
" PUNCT `` punct 31 O " _
We PRON PRP nsubjpass 21 O we
are AUX VBP auxpass 21 O be
locked VERB VBN ccomp 31 O lock
in ADP RP prt 21 O in
for ADP IN prep 21 O for
23 NUM CD nummod 25 B-TIME 23
hours NOUN NNS pobj 23 I-TIME hour
a DET DT det 27 O a
day NOUN NN npadvmod 25 O day _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_the_prisoner_before_a_colon_speaks() -> None:
    rows = Extractor().rows(frozen(_PRISONER))
    assert [(r.speaker, r.role) for r in rows] == [("The prisoner", "")]


def test_he_after_an_unnamed_inmate_is_the_inmate() -> None:
    rows = Extractor().rows(frozen(_INMATE))
    assert [(r.speaker, r.role) for r in rows] == [("An inmate", "")]
