"""`The Student Alliance welcomed the move … “…,” said Ana Ruiz, the group's president`: `the
group` stands as well for a body of members of any kind (an alliance, a union), the one that is
the subject of the sentence right before, not only for a business; `the company` still means a
business, never the alliance. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Students deserve certainty," Quinn told reporters at Queen's Park.  The Ontario Undergraduate
# Student Alliance welcomed the move but said it did not go far enough. "A cap is not a cut," said
# Mackenzie Clark, the group's president.
_GROUP = """
" PUNCT `` punct 7 O " _
Students NOUN NNS nsubj 2 O student
deserve VERB VBP ccomp 7 O deserve
certainty NOUN NN dobj 2 O certainty _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
Quinn PROPN NNP nsubj 7 B-PERSON Quinn
told VERB VBD ROOT 7 O tell
reporters NOUN NNS dobj 7 O reporter
at ADP IN prep 7 O at
Queen PROPN NNP poss 12 B-ORG Queen _
's PART POS case 10 I-ORG 's
Park PROPN NNP pobj 9 O Park _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 13 O <paragraph> _
The DET DT det 19 B-ORG the
Ontario PROPN NNP compound 19 I-ORG Ontario
Undergraduate PROPN NNP compound 18 I-ORG Undergraduate
Student PROPN NNP compound 19 I-ORG Student
Alliance PROPN NNP nsubj 20 I-ORG Alliance
welcomed VERB VBD ROOT 20 O welcome
the DET DT det 22 O the
move NOUN NN dobj 20 O move
but CCONJ CC cc 20 O but
said VERB VBD conj 20 O say
it PRON PRP nsubj 28 O it
did AUX VBD aux 28 O do
not PART RB neg 28 O not
go VERB VB ccomp 24 O go
far ADV RB advmod 30 O far
enough ADV RB advmod 28 O enough _
. PUNCT . punct 20 O .
" PUNCT `` punct 41 O " _
A DET DT det 34 O a
cap NOUN NN nsubj 35 O cap
is AUX VBZ ccomp 41 O be
not PART RB neg 35 O not
a DET DT det 38 O a
cut NOUN NN attr 35 O cut _
, PUNCT , punct 41 O , _
" PUNCT '' punct 41 O "
said VERB VBD ROOT 41 O say
Mackenzie PROPN NNP compound 43 B-PERSON Mackenzie
Clark PROPN NNP nsubj 41 I-PERSON Clark _
, PUNCT , punct 43 O ,
the DET DT det 46 O the
group NOUN NN poss 48 O group _
's PART POS case 46 O 's
president NOUN NN appos 43 O president _
. PUNCT . punct 41 O . _
"""

# "We have cut the price twice," said Tom Reed of Kestrel Foods, a Leeds bakery.  The Bakers
# Alliance welcomed the cut. "It helps everyone," said Mary Jones, the company's finance director.
_FIRM = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
cut VERB VBN ccomp 9 O cut
the DET DT det 5 O the
price NOUN NN dobj 3 O price
twice ADV RB advmod 3 O twice _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Tom PROPN NNP compound 11 B-PERSON Tom
Reed PROPN NNP nsubj 9 I-PERSON Reed
of ADP IN prep 11 O of
Kestrel PROPN NNP compound 14 B-ORG Kestrel
Foods PROPN NNP pobj 12 I-ORG Foods _
, PUNCT , punct 14 O ,
a DET DT det 18 O a
Leeds PROPN NNPS compound 18 B-PRODUCT Leeds
bakery NOUN NN appos 14 O bakery _
. PUNCT . punct 9 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
The DET DT det 23 O the
Bakers PROPN NNP compound 23 B-ORG Bakers
Alliance PROPN NNP nsubj 24 I-ORG Alliance
welcomed VERB VBD ROOT 24 O welcome
the DET DT det 26 O the
cut NOUN NN dobj 24 O cut _
. PUNCT . punct 24 O .
" PUNCT `` punct 34 O " _
It PRON PRP nsubj 30 O it
helps VERB VBZ ccomp 34 O help
everyone PRON NN dobj 30 O everyone _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
said VERB VBD ROOT 34 O say
Mary PROPN NNP compound 36 B-PERSON Mary
Jones PROPN NNP nsubj 34 I-PERSON Jones _
, PUNCT , punct 36 O ,
the DET DT det 39 O the
company NOUN NN poss 42 O company _
's PART POS case 39 O 's
finance NOUN NN compound 42 O finance
director NOUN NN appos 36 O director _
. PUNCT . punct 34 O . _
"""


def test_the_group_is_the_alliance_that_spoke_just_before() -> None:
    rows = Extractor().rows(frozen(_GROUP))
    assert (rows[-1].speaker, rows[-1].role, rows[-1].organization) == (
        "Mackenzie Clark",
        "president",
        "Ontario Undergraduate Student Alliance",
    )


def test_the_company_is_still_the_business_not_the_alliance() -> None:
    rows = Extractor().rows(frozen(_FIRM))
    assert [r.organization for r in rows] == ["Kestrel Foods", "Kestrel Foods"]
