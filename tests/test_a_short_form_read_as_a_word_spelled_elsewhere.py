"""`The Securities and Exchange Board of India fined … Sebi chairman X said`: a short form read
as a word (one capital, small letters) that no brackets set beside the name is the body whose
name in capitals the article spells out with its initials, also where the tagger cut that name
short (`of India` left out), as a short form in capitals is (names.spelled_in_text). Frozen
parses of texts written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Securities and Exchange Board of India fined the broker Rs 5 crore on Monday. "This was a
# clear violation of the rules," Sebi chairman Tuhin Pandey said.
_SEBI = """
The DET DT det 4 B-ORG the
Securities PROPN NNPS nmod 4 I-ORG Securities
and CCONJ CC cc 1 I-ORG and
Exchange PROPN NNP conj 1 I-ORG Exchange
Board PROPN NNP nsubj 7 I-ORG Board
of ADP IN prep 4 O of
India PROPN NNP pobj 5 O India
fined VERB VBD ROOT 7 O fin
the DET DT det 10 O the
broker NOUN NN compound 10 O broker
Rs NOUN NNS nmod 12 B-LAW r
5 NUM CD nummod 12 I-LAW 5
crore NOUN NN dobj 7 O crore
on ADP IN prep 7 O on
Monday PROPN NNP pobj 13 B-DATE Monday _
. PUNCT . punct 7 O .
" PUNCT `` punct 31 O " _
This PRON DT nsubj 18 O this
was AUX VBD ccomp 31 O be
a DET DT det 21 O a
clear ADJ JJ amod 21 O clear
violation NOUN NN attr 18 O violation
of ADP IN prep 21 O of
the DET DT det 24 O the
rules NOUN NNS pobj 22 O rule _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
Sebi PROPN NNP compound 28 O Sebi
chairman NOUN NN compound 30 O chairman
Tuhin PROPN NNP compound 30 B-PERSON Tuhin
Pandey PROPN NNP nsubj 31 I-PERSON Pandey
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


def test_a_short_form_read_as_a_word_is_the_name_it_spells() -> None:
    rows = Extractor().rows(frozen(_SEBI))
    expected = [("Tuhin Pandey", "chairman", "Securities and Exchange Board of India")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected
