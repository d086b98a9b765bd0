"""A job's letters in capitals before its field in small letters and a name (`Northern Cape MEC
for education Zolani Mbete said`): the field ends the title, as after a job in small letters
(`spokesperson for health X`). Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Northern Cape MEC for education Zolani Mbete said schools would open on time. "We are ready,"
# Mbete said.
_FIELD = """
Northern PROPN NNP compound 1 B-ORG Northern
Cape PROPN NNP compound 2 I-ORG Cape
MEC PROPN NNP nsubj 7 I-ORG MEC
for ADP IN prep 2 O for
education NOUN NN compound 6 O education
Zolani PROPN NNP compound 6 B-PERSON Zolani
Mbete PROPN NNP pobj 3 I-PERSON Mbete
said VERB VBD ROOT 7 O say
schools NOUN NNS nsubj 10 O school
would AUX MD aux 10 O would
open VERB VB ccomp 7 O open
on ADP IN prep 10 O on
time NOUN NN pobj 11 O time _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
We PRON PRP nsubj 16 O we
are AUX VBP ccomp 21 O be
ready ADJ JJ acomp 16 O ready _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
Mbete PROPN NNP nsubj 21 B-ORG Mbete
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_a_field_in_small_letters_after_a_jobs_letters() -> None:
    rows = Extractor().rows(frozen(_FIELD))
    assert [(r.speaker, r.role) for r in rows] == [("Zolani Mbete", "Northern Cape MEC for education")]
