"""A short form of two words set beside a body's name after `, or` (`Northern Harbour Railway
Company, or NH Rail,`), as in brackets, stands for that name spelled out: `NH Rail official X` works
for the *Northern Harbour Railway Company* (ROLES.md 5: the body by its fullest name in the
article). So does one set there after `known as`, which no acronym spells (`The Harbour Grain
Marketing Board, known as GRAINCO,`). Frozen parse of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

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


# The Harbour Grain Marketing Board, known as GRAINCO, raised prices on Monday. / GRAINCO chief
# executive Ruth Owusu said: “Farmers will see the money soon.”
_KNOWN_AS = """
The DET DT det 4 B-ORG the
Harbour PROPN NNP compound 4 I-ORG Harbour
Grain PROPN NNP compound 4 I-ORG Grain
Marketing PROPN NNP compound 4 I-ORG Marketing
Board PROPN NNP nsubj 10 I-ORG Board _
, PUNCT , punct 4 O ,
known VERB VBN acl 4 O know
as ADP IN prep 6 O as
GRAINCO NOUN NN pobj 7 O grainco _
, PUNCT , punct 4 O ,
raised VERB VBD ROOT 10 O raise
prices NOUN NNS dobj 10 O price
on ADP IN prep 10 O on
Monday PROPN NNP pobj 12 B-DATE Monday _
. PUNCT . punct 10 O . _
<newline> SPACE _SP dep 14 O <newline> _
GRAINCO NOUN NN amod 18 O grainco
chief ADJ JJ amod 18 O chief
executive NOUN NN compound 20 O executive
Ruth PROPN NNP compound 20 B-PERSON Ruth
Owusu PROPN NNP nsubj 21 I-PERSON Owusu
said VERB VBD ROOT 21 O say _
: PUNCT : punct 21 O :
“ PUNCT `` punct 21 O " _
Farmers NOUN NNS nsubj 26 B-ORG farmer
will AUX MD aux 26 O will
see VERB VB ccomp 21 O see
the DET DT det 28 O the
money NOUN NN dobj 26 O money
soon ADV RB advmod 26 O soon _
. PUNCT . punct 21 O . _
” PUNCT '' punct 21 O " _
"""


def test_a_short_form_after_known_as_is_the_name_spelled_out() -> None:
    rows = Extractor().rows(frozen(_KNOWN_AS))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ruth Owusu", "chief executive", "Harbour Grain Marketing Board")
    ]
