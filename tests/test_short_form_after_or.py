"""A short form of two words set beside a body's name after `, or` (`Northern Harbour Railway
Company, or NH Rail,`), as in brackets, stands for that name spelled out: `NH Rail official X` works
for the *Northern Harbour Railway Company* (ROLES.md 5: the body by its fullest name in the
article). Frozen parse of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Northern Harbour Railway Company, or NH Rail, says it has suspended services. | NH Rail official
# Ken Sato said: “Crews are working overnight.”
_OR_SHORT = """
Northern PROPN NNP compound 1 B-ORG Northern
Harbour PROPN NNP compound 3 I-ORG Harbour
Railway PROPN NNP compound 3 I-ORG Railway
Company PROPN NNP nsubj 9 I-ORG Company _
, PUNCT , punct 3 O ,
or CCONJ CC cc 3 O or
NH PROPN NNP compound 7 B-ORG NH
Rail PROPN NNP conj 3 I-ORG Rail _
, PUNCT , punct 3 O ,
says VERB VBZ ROOT 9 O say
it PRON PRP nsubj 12 O it
has AUX VBZ aux 12 O have
suspended VERB VBN ccomp 9 O suspend
services NOUN NNS dobj 12 O service _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 14 O <paragraph> _
NH PROPN NNP compound 17 B-ORG NH
Rail PROPN NNP compound 18 I-ORG Rail
official NOUN NN compound 20 O official
Ken PROPN NNP compound 20 B-PERSON Ken
Sato PROPN NNP nsubj 21 I-PERSON Sato
said VERB VBD ROOT 21 O say _
: PUNCT : punct 21 O :
“ PUNCT `` punct 21 O " _
Crews NOUN NNS nsubj 26 O crew
are AUX VBP aux 26 O be
working VERB VBG ccomp 21 O work
overnight ADV RB advmod 26 O overnight _
. PUNCT . punct 21 O . _
” PUNCT '' punct 21 O " _
"""


def test_a_short_form_of_two_words_after_or_is_the_name_spelled_out() -> None:
    rows = Extractor().rows(frozen(_OR_SHORT))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ken Sato", "official", "Northern Harbour Railway Company")
    ]
