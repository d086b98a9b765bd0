"""`Mr. and Mrs. Brown said`, `Dr. and Mrs. Okafor said`: two forms of address joined by `and`
before one surname name a couple. The parser makes the first title the subject and hangs the
named one on it as a conjunct; the speaker is the couple, never the bare title (`Mr.`). Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Mr. and Mrs. Brown said "We have lived on this street for forty years and we will not leave."
_BROWNS = """
Mr. PROPN NNP nsubj 4 O Mr.
and CCONJ CC cc 0 O and
Mrs. PROPN NNP compound 3 O Mrs.
Brown PROPN NNP conj 0 B-PERSON Brown
said VERB VBD ROOT 4 O say
" PUNCT `` punct 4 O " _
We PRON PRP nsubj 8 O we
have AUX VBP aux 8 O have
lived VERB VBN ccomp 4 O live
on ADP IN prep 8 O on
this DET DT det 11 O this
street NOUN NN pobj 9 O street
for ADP IN prep 8 O for
forty NUM CD nummod 14 B-DATE forty
years NOUN NNS pobj 12 I-DATE year
and CCONJ CC cc 8 O and
we PRON PRP nsubj 19 O we
will AUX MD aux 19 O will
not PART RB neg 19 O not
leave VERB VB conj 8 O leave _
. PUNCT . punct 4 O . _
" PUNCT '' punct 4 O " _
"""


# "Our son was a good boy," Dr. and Mrs. Okafor said.
_OKAFORS = """
" PUNCT `` punct 13 O " _
Our PRON PRP$ poss 2 O our
son NOUN NN nsubj 3 O son
was AUX VBD ccomp 13 O be
a DET DT det 6 O a
good ADJ JJ amod 6 O good
boy NOUN NN attr 3 O boy _
, PUNCT , punct 13 O , _
" PUNCT '' punct 13 O "
Dr. PROPN NNP nsubj 13 O Dr.
and CCONJ CC cc 9 O and
Mrs. PROPN NNP compound 12 O Mrs.
Okafor PROPN NNP conj 9 B-PERSON Okafor
said VERB VBD ROOT 13 O say _
. PUNCT . punct 13 O . _
"""


def test_the_couple_before_the_verb_speaks() -> None:
    rows = Extractor().rows(frozen(_BROWNS))
    assert [(r.speaker, r.mention) for r in rows] == [("Mr. and Mrs. Brown", "Mr. and Mrs. Brown")]


def test_the_couple_after_the_quote_speaks() -> None:
    rows = Extractor().rows(frozen(_OKAFORS))
    assert [(r.speaker, r.mention) for r in rows] == [("Dr. and Mrs. Okafor", "Dr. and Mrs. Okafor")]
