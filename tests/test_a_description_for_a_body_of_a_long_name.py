"""A description bringing in an unnamed speaker with a preposition and a body's name too long for
the words after it to be taken whole (`A spokesman for the Lenton and District Chamber of
Commerce said`, a place tagged inside the name; `A spokeswoman for the Amalgamated Transport
Workers union local in Leeds said`, a union's branch and the place it is in) still names the
body the speaker speaks for: the words are a body's name (words in capitals, the small words a
name holds, a body's nouns in small letters), and a place closing them after `in` is cut off,
one the tagger tags a body there but a place elsewhere in the story too.
Words after the preposition that are no name (`from one of the small villages along the
river`) still give no body. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The depot will close in May. A spokeswoman for the Amalgamated Transport Workers union local in
# Leeds said: "Staff heard it on the radio."
_LOCAL = """
The DET DT det 1 O the
depot NOUN NN nsubj 3 O depot
will AUX MD aux 3 O will
close VERB VB ROOT 3 O close
in ADP IN prep 3 O in
May PROPN NNP pobj 4 B-DATE May _
. PUNCT . punct 3 O .
A DET DT det 8 O a
spokeswoman NOUN NN nsubj 18 O spokeswoman
for ADP IN prep 8 O for
the DET DT det 14 B-ORG the
Amalgamated PROPN NNP compound 13 I-ORG Amalgamated
Transport PROPN NNP compound 13 I-ORG Transport
Workers PROPN NNPS compound 14 I-ORG Workers
union NOUN NN pobj 9 O union
local ADJ JJ amod 14 O local
in ADP IN prep 15 O in
Leeds PROPN NNPS pobj 16 B-GPE Leeds
said VERB VBD ROOT 18 O say _
: PUNCT : punct 18 O :
" PUNCT `` punct 18 O " _
Staff PROPN NNP nsubj 22 O Staff
heard VERB VBD ccomp 18 O hear
it PRON PRP dobj 22 O it
on ADP IN prep 22 O on
the DET DT det 26 O the
radio NOUN NN pobj 24 O radio _
. PUNCT . punct 18 O . _
" PUNCT '' punct 18 O " _
"""


# The depot in Leeds will close in May. A spokeswoman for the Amalgamated Transport Workers union
# local in Leeds said: "Staff heard it on the radio." (The second `Leeds` tagged a body by hand, as
# the tagger tags a town after `union local in` in a story that tags it a place before.)
_ELSEWHERE = """
The DET DT det 1 O the
depot NOUN NN nsubj 5 O depot
in ADP IN prep 1 O in
Leeds PROPN NNPS pobj 2 B-GPE Leeds
will AUX MD aux 5 O will
close VERB VB ROOT 5 O close
in ADP IN prep 5 O in
May PROPN NNP pobj 6 B-DATE May _
. PUNCT . punct 5 O .
A DET DT det 10 O a
spokeswoman NOUN NN nsubj 20 O spokeswoman
for ADP IN prep 10 O for
the DET DT det 16 B-ORG the
Amalgamated PROPN NNP compound 15 I-ORG Amalgamated
Transport PROPN NNP compound 15 I-ORG Transport
Workers PROPN NNPS compound 16 I-ORG Workers
union NOUN NN pobj 11 O union
local ADJ JJ amod 16 O local
in ADP IN prep 17 O in
Leeds PROPN NNPS pobj 18 B-ORG Leeds
said VERB VBD ROOT 20 O say _
: PUNCT : punct 20 O :
" PUNCT `` punct 20 O " _
Staff PROPN NNP nsubj 24 O Staff
heard VERB VBD ccomp 20 O hear
it PRON PRP dobj 24 O it
on ADP IN prep 24 O on
the DET DT det 28 O the
radio NOUN NN pobj 26 O radio _
. PUNCT . punct 20 O . _
" PUNCT '' punct 20 O " _
"""

# Shops on the high street will close early. A spokesman for the Lenton and District Chamber of
# Commerce said: "Traders are worried."
_CHAMBER = """
Shops NOUN NNS nsubj 6 O shop
on ADP IN prep 0 O on
the DET DT det 4 O the
high ADJ JJ amod 4 O high
street NOUN NN pobj 1 O street
will AUX MD aux 6 O will
close VERB VB ROOT 6 O close
early ADV RB advmod 6 O early _
. PUNCT . punct 6 O .
A DET DT det 10 O a
spokesman NOUN NN nsubj 19 O spokesman
for ADP IN prep 10 O for
the DET DT det 16 O the
Lenton PROPN NNP nmod 16 B-GPE Lenton
and CCONJ CC cc 13 O and
District PROPN NNP compound 16 B-ORG District
Chamber PROPN NNP pobj 11 I-ORG Chamber
of ADP IN prep 16 I-ORG of
Commerce PROPN NNP pobj 17 I-ORG Commerce
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
Traders NOUN NNS nsubj 23 O trader
are AUX VBP ccomp 19 O be
worried ADJ JJ acomp 23 O worried _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""


# The river burst its banks on Sunday. A volunteer from one of the small villages along the river
# said: "We were not warned."
_VILLAGE = """
The DET DT det 1 O the
river NOUN NN nsubj 2 O river
burst VERB VBD ROOT 2 O burst
its PRON PRP$ poss 4 O its
banks NOUN NNS dobj 2 O bank
on ADP IN prep 2 O on
Sunday PROPN NNP pobj 5 B-DATE Sunday _
. PUNCT . punct 2 O .
A DET DT det 9 O a
volunteer NOUN NN nsubj 19 O volunteer
from ADP IN prep 9 O from
one NUM CD pobj 10 O one
of ADP IN prep 11 O of
the DET DT det 15 O the
small ADJ JJ amod 15 O small
villages NOUN NNS pobj 12 O village
along ADP IN prep 15 O along
the DET DT det 18 O the
river NOUN NN pobj 16 O river
said VERB VBD ROOT 19 O say _
: PUNCT : punct 19 O :
" PUNCT `` punct 19 O " _
We PRON PRP nsubjpass 25 O we
were AUX VBD auxpass 25 O be
not PART RB neg 25 O not
warned VERB VBN ccomp 19 O warn _
. PUNCT . punct 19 O . _
" PUNCT '' punct 19 O " _
"""


def test_a_unions_local_in_a_place_is_the_unions() -> None:
    rows = Extractor().rows(frozen(_LOCAL))
    assert [(r.speaker, r.organization) for r in rows] == [("A spokeswoman", "Amalgamated Transport Workers")]


def test_the_place_a_local_is_in_may_be_tagged_a_place_elsewhere() -> None:
    rows = Extractor().rows(frozen(_ELSEWHERE))
    assert [(r.speaker, r.organization) for r in rows] == [("A spokeswoman", "Amalgamated Transport Workers")]


def test_a_long_name_with_a_place_inside_it_is_the_body() -> None:
    rows = Extractor().rows(frozen(_CHAMBER))
    assert [(r.speaker, r.organization) for r in rows] == [
        ("A spokesman", "Lenton and District Chamber of Commerce")
    ]


def test_long_words_that_are_no_name_give_no_body() -> None:
    rows = Extractor().rows(frozen(_VILLAGE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("A volunteer", "volunteer", "")]
