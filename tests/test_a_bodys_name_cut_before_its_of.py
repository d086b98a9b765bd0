"""A body's name the tagger cut before its `of`, the place and the body's noun tagged a person
(`Khulna Chamber` | `of Commerce and Industry President X`), goes on over the words in capitals
after the `of` that it tagged nothing, up to the title or job of the person named after it: the
organisation is *Khulna Chamber of Commerce and Industry* and the role *President*, not the whole
body in the role and *Commerce* as the organisation (`Lalitpur Chamber of Commerce Vice-president
X` gave *Commerce Vice*). A body's name closed by its noun right before a job in small letters
stays as it was. Frozen parses of sentences written for this file (see tests/frozen.py), through
the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Exports fell again in March. "Orders will recover by spring," said Khulna Chamber of Commerce
# and Industry President Farhana Akter.
_KHULNA = """
Exports NOUN NNS nsubj 1 O export
fell VERB VBD ROOT 1 O fall
again ADV RB advmod 1 O again
in ADP IN prep 1 O in
March PROPN NNP pobj 3 B-DATE March _
. PUNCT . punct 1 O .
" PUNCT `` punct 9 O " _
Orders NOUN NNS nsubj 9 O order
will AUX MD aux 9 O will
recover VERB VB ccomp 14 O recover
by ADP IN prep 9 O by
spring NOUN NN pobj 10 B-DATE spring _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Khulna PROPN NNP compound 16 B-PERSON Khulna
Chamber PROPN NNP nsubj 14 I-PERSON Chamber
of ADP IN prep 16 O of
Commerce PROPN NNP pobj 17 O Commerce
and CCONJ CC cc 18 O and
Industry PROPN NNP compound 21 O Industry
President PROPN NNP conj 18 O President
Farhana PROPN NNP compound 23 B-PERSON Farhana
Akter PROPN NNP appos 16 I-PERSON Akter _
. PUNCT . punct 14 O . _
"""

# Hotels were half empty. Lalitpur Chamber of Commerce Vice-president Bikash Gurung said:
# "Tourists are slow to come back."
_LALITPUR = """
Hotels NOUN NNS nsubj 1 O hotel
were AUX VBD ROOT 1 O be
half ADV RB advmod 3 B-CARDINAL half
empty ADJ JJ acomp 1 O empty _
. PUNCT . punct 1 O .
Lalitpur PROPN NNP compound 6 B-PERSON Lalitpur
Chamber PROPN NNP nmod 13 I-PERSON Chamber
of ADP IN prep 6 O of
Commerce PROPN NNP pobj 7 O Commerce
Vice PROPN NNP compound 13 O Vice _
- PROPN NNP compound 13 O - _
president PROPN NNP compound 13 O president
Bikash PROPN NNP compound 13 B-PERSON Bikash
Gurung PROPN NNP nsubj 14 I-PERSON Gurung
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
Tourists NOUN NNS nsubj 18 O tourist
are AUX VBP ccomp 14 O be
slow ADJ JJ acomp 18 O slow
to PART TO aux 21 O to
come VERB VB xcomp 19 O come
back ADV RB advmod 21 O back _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""

# Exports fell again in March. "Orders will recover by spring," said Khulna Chamber chief
# executive Farhana Akter.
_JOB = """
Exports NOUN NNS nsubj 1 O export
fell VERB VBD ROOT 1 O fall
again ADV RB advmod 1 O again
in ADP IN prep 1 O in
March PROPN NNP pobj 3 B-DATE March _
. PUNCT . punct 1 O .
" PUNCT `` punct 9 O " _
Orders NOUN NNS nsubj 9 O order
will AUX MD aux 9 O will
recover VERB VB ccomp 14 O recover
by ADP IN prep 9 O by
spring NOUN NN pobj 10 B-DATE spring _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Khulna PROPN NNP compound 16 B-PERSON Khulna
Chamber PROPN NNP compound 18 I-PERSON Chamber
chief NOUN NN compound 18 O chief
executive NOUN NN compound 20 O executive
Farhana PROPN NNP compound 20 B-PERSON Farhana
Akter PROPN NNP nsubj 14 I-PERSON Akter _
. PUNCT . punct 14 O . _
"""


def test_a_bodys_name_goes_on_past_its_of_before_a_title() -> None:
    rows = Extractor().rows(frozen(_KHULNA))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Farhana Akter", "President", "Khulna Chamber of Commerce and Industry")
    ]


def test_a_bodys_name_goes_on_past_its_of_before_a_hyphened_title() -> None:
    rows = Extractor().rows(frozen(_LALITPUR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Bikash Gurung", "Vice-president", "Lalitpur Chamber of Commerce")
    ]


def test_a_bodys_name_before_a_job_stays() -> None:
    rows = Extractor().rows(frozen(_JOB))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Farhana Akter", "chief executive", "Khulna Chamber")
    ]
