"""`Numsa general secretary Sipho Dlamini said`: a word no dictionary has, that the tagger calls a
people though no people's word the lists know, right before an office only a body has (a general
secretary, a president, a spokesperson: models/person_only_jobs.txt kinds `office` and `speaks`) and
a name, names the body the person holds the office in, as no people elects a general secretary.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Numsa general secretary Sipho Dlamini said workers would not accept job cuts. "We will fight any
# retrenchments," Dlamini said.
_NUMSA = """
Numsa ADJ JJ nmod 2 B-NORP numsa
general ADJ JJ amod 2 O general
secretary NOUN NN compound 4 O secretary
Sipho PROPN NNP compound 4 B-PERSON Sipho
Dlamini PROPN NNP nsubj 5 I-PERSON Dlamini
said VERB VBD ROOT 5 O say
workers NOUN NNS nsubj 9 O worker
would AUX MD aux 9 O would
not PART RB neg 9 O not
accept VERB VB ccomp 5 O accept
job NOUN NN compound 11 O job
cuts NOUN NNS dobj 9 O cut _
. PUNCT . punct 5 O .
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 16 O we
will AUX MD aux 16 O will
fight VERB VB ccomp 22 O fight
any DET DT det 18 O any
retrenchments NOUN NNS dobj 16 O retrenchment _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Dlamini PROPN NNP nsubj 22 B-ORG Dlamini
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_made_up_word_tagged_a_people_before_an_office_is_the_body() -> None:
    rows = Extractor().rows(frozen(_NUMSA))
    who = [(r.speaker, r.role, r.organization) for r in rows]
    assert who == [("Sipho Dlamini", "general secretary", "Numsa")]
