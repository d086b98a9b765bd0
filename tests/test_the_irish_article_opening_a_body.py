"""`natural environment officer with An Taisce`: `An` in capitals inside a sentence, before a name
in capitals, is the Irish article opening an Irish body's name (`An Post`, `An Bord Pleanála`),
a word of the organisation, not English's `an` dropped from it. English's `an` in small letters
is still no word of a name, and `An` opening a person's name (`An Nguyen`, a Vietnamese given name)
opens no body. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The site floods every winter," Aoife Brennan, natural environment officer with An Taisce, said.
_TAISCE = """
" PUNCT `` punct 18 O " _
The DET DT det 2 O the
site NOUN NN compound 3 O site
floods NOUN NNS ccomp 18 O flood
every DET DT det 5 O every
winter NOUN NN npadvmod 3 O winter _
, PUNCT , punct 3 O , _
" PUNCT '' punct 18 O "
Aoife PROPN NNP compound 9 B-PERSON Aoife
Brennan PROPN NNP nsubj 18 I-PERSON Brennan _
, PUNCT , punct 9 O ,
natural ADJ JJ amod 12 O natural
environment NOUN NN compound 13 O environment
officer NOUN NN appos 9 O officer
with ADP IN prep 13 O with
An DET DT det 16 O an
Taisce PROPN NNP pobj 14 O Taisce _
, PUNCT , punct 9 O ,
said VERB VBD ROOT 18 O say _
. PUNCT . punct 18 O . _
"""

# "We cannot keep every branch open," said Liam Ryan, chief executive of An Post.
_POST = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 4 O we
can AUX MD aux 4 O can _
not PART RB neg 4 O not
keep VERB VB ccomp 10 O keep
every DET DT det 6 O every
branch NOUN NN dobj 4 O branch
open ADJ JJ oprd 4 O open _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Liam PROPN NNP compound 12 B-PERSON Liam
Ryan PROPN NNP nsubj 10 I-PERSON Ryan _
, PUNCT , punct 12 O ,
chief ADJ JJ amod 15 O chief
executive NOUN NN appos 12 O executive
of ADP IN prep 15 O of
An PROPN NNP det 18 B-ORG An
Post PROPN NNP pobj 16 I-ORG Post _
. PUNCT . punct 10 O . _
"""

# "The appeal will be heard in May," said Niamh Doyle, a senior inspector at An Bord Pleanála.
_BORD = """
" PUNCT `` punct 10 O " _
The DET DT det 2 O the
appeal NOUN NN nsubjpass 5 O appeal
will AUX MD aux 5 O will
be AUX VB auxpass 5 O be
heard VERB VBN ccomp 10 O hear
in ADP IN prep 5 O in
May PROPN NNP pobj 6 B-DATE May _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Niamh PROPN NNP compound 12 B-PERSON Niamh
Doyle PROPN NNP nsubj 10 I-PERSON Doyle _
, PUNCT , punct 12 O ,
a DET DT det 16 O a
senior ADJ JJ amod 16 O senior
inspector NOUN NN appos 12 O inspector
at ADP IN prep 16 O at
An DET DT det 20 O an
Bord PROPN NNP compound 20 O Bord
Pleanála PROPN NNP pobj 17 O Pleanála _
. PUNCT . punct 10 O . _
"""

# "It is an outrage," said Tom Kelly, an engineer with an American firm.
_ENGLISH = """
" PUNCT `` punct 7 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 7 O be
an DET DT det 4 O an
outrage NOUN NN attr 2 O outrage _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Tom PROPN NNP compound 9 B-PERSON Tom
Kelly PROPN NNP nsubj 7 I-PERSON Kelly _
, PUNCT , punct 9 O ,
an DET DT det 12 O an
engineer NOUN NN appos 9 O engineer
with ADP IN prep 12 O with
an DET DT det 16 O an
American ADJ JJ amod 16 B-NORP american
firm NOUN NN pobj 13 O firm _
. PUNCT . punct 7 O . _
"""

# "He was a fine scholar," said Lisa Tran, a colleague of An Nguyen at the university.
_VIETNAMESE = """
" PUNCT `` punct 8 O " _
He PRON PRP nsubj 2 O he
was AUX VBD ccomp 8 O be
a DET DT det 5 O a
fine ADJ JJ amod 5 O fine
scholar NOUN NN attr 2 O scholar _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
Lisa PROPN NNP compound 10 B-PERSON Lisa
Tran PROPN NNP nsubj 8 I-PERSON Tran _
, PUNCT , punct 10 O ,
a DET DT det 13 O a
colleague NOUN NN appos 10 O colleague
of ADP IN prep 13 O of
An DET DT det 16 B-PERSON an
Nguyen PROPN NNP pobj 14 I-PERSON Nguyen
at ADP IN prep 16 O at
the DET DT det 19 O the
university NOUN NN pobj 17 O university _
. PUNCT . punct 8 O . _
"""


def test_an_opens_a_body_the_tagger_left_untagged() -> None:
    rows = Extractor().rows(frozen(_TAISCE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Aoife Brennan", "natural environment officer with An Taisce", "An Taisce")
    ]


def test_an_opens_a_body_the_tagger_tagged() -> None:
    rows = Extractor().rows(frozen(_POST))
    assert [(r.speaker, r.organization) for r in rows] == [("Liam Ryan", "An Post")]


def test_an_opens_a_body_of_three_words() -> None:
    rows = Extractor().rows(frozen(_BORD))
    assert [(r.speaker, r.organization) for r in rows] == [("Niamh Doyle", "An Bord Pleanála")]


def test_englishs_an_in_small_letters_opens_no_body() -> None:
    rows = Extractor().rows(frozen(_ENGLISH))
    assert [(r.speaker, r.organization) for r in rows] == [("Tom Kelly", "")]


def test_an_opening_a_persons_name_opens_no_body() -> None:
    rows = Extractor().rows(frozen(_VIETNAMESE))
    assert [(r.speaker, r.organization) for r in rows] == [("Lisa Tran", "")]
