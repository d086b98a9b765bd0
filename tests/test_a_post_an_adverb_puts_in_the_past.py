"""`X, then a lecturer at Y,`, `X, formerly a director at Y,`, `X, once a senior official at Y`: an
adverb opening an apposition puts its post in the past, so the role is *former* (ROLES.md 4: past
roles keep `former`), as `who was mayor` is; `once a senior official at Y and now an adviser to Z`
gives the post held now; `then ambassador to Y`, whose adverb the role keeps, stays as written.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Tan Wei Ming, formerly a director at the Land Transport Authority, said the line was late.
# "Nobody is surprised," Mr Tan said.
_FORMERLY = """
Tan PROPN NNP compound 2 B-PERSON Tan
Wei PROPN NNP compound 2 I-PERSON Wei
Ming PROPN NNP nsubj 13 I-PERSON Ming _
, PUNCT , punct 2 O ,
formerly ADV RB advmod 6 O formerly
a DET DT det 6 O a
director NOUN NN appos 2 O director
at ADP IN prep 6 O at
the DET DT det 11 B-ORG the
Land PROPN NNP compound 10 I-ORG Land
Transport PROPN NNP compound 11 I-ORG Transport
Authority PROPN NNP pobj 7 I-ORG Authority _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
line NOUN NN nsubj 16 O line
was AUX VBD ccomp 13 O be
late ADJ JJ acomp 16 O late _
. PUNCT . punct 13 O .
" PUNCT `` punct 27 O " _
Nobody PRON NN nsubj 21 O nobody
is AUX VBZ ccomp 27 O be
surprised ADJ JJ acomp 21 O surprised _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Mr PROPN NNP compound 26 O Mr
Tan PROPN NNP nsubj 27 B-PERSON Tan
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""

# "Nobody listened," said Eamon Walsh, once a senior official at the Department of Finance and now
# an adviser to the Irish Farmers' Association.
_ONCE_AND_NOW = """
" PUNCT `` punct 5 O " _
Nobody PRON NN nsubj 2 O nobody
listened VERB VBD ccomp 5 O listen _
, PUNCT , punct 5 O , _
" PUNCT '' punct 5 O "
said VERB VBD ROOT 5 O say
Eamon PROPN NNP compound 7 B-PERSON Eamon
Walsh PROPN NNP nsubj 5 I-PERSON Walsh _
, PUNCT , punct 7 O ,
once ADV RB advmod 12 O once
a DET DT det 12 O a
senior ADJ JJ amod 12 O senior
official NOUN NN appos 7 O official
at ADP IN prep 12 O at
the DET DT det 15 B-ORG the
Department PROPN NNP pobj 13 I-ORG Department
of ADP IN prep 15 I-ORG of
Finance PROPN NNP pobj 16 I-ORG Finance
and CCONJ CC cc 12 O and
now ADV RB advmod 21 O now
an DET DT det 21 O an
adviser NOUN NN conj 12 O adviser
to ADP IN prep 21 O to
the DET DT det 25 B-ORG the
Irish PROPN NNP compound 25 I-ORG Irish
Farmers PROPN NNP poss 27 I-ORG Farmers _
' PART POS case 25 I-ORG '
Association PROPN NNP pobj 22 I-ORG Association _
. PUNCT . punct 5 O . _
"""

# Sipho Ndlovu, then a lecturer at Rhodes University, told the inquiry the report was flawed. "It
# was a mess," he said.
_THEN_A = """
Sipho PROPN NNPS compound 1 B-PERSON Sipho
Ndlovu PROPN NNP nsubj 10 I-PERSON Ndlovu _
, PUNCT , punct 1 O ,
then ADV RB advmod 5 O then
a DET DT det 5 O a
lecturer NOUN NN appos 1 O lecturer
at ADP IN prep 5 O at
Rhodes PROPN NNP compound 8 B-ORG Rhodes
University PROPN NNP pobj 6 I-ORG University _
, PUNCT , punct 1 O ,
told VERB VBD ROOT 10 O tell
the DET DT det 12 O the
inquiry NOUN NN dobj 10 O inquiry
the DET DT det 14 O the
report NOUN NN nsubj 15 O report
was AUX VBD ccomp 10 O be
flawed ADJ JJ acomp 15 O flawed _
. PUNCT . punct 10 O .
" PUNCT `` punct 26 O " _
It PRON PRP nsubj 20 O it
was AUX VBD ccomp 26 O be
a DET DT det 22 O a
mess NOUN NN attr 20 O mess _
, PUNCT , punct 26 O , _
" PUNCT '' punct 26 O "
he PRON PRP nsubj 26 O he
said VERB VBD ROOT 26 O say _
. PUNCT . punct 26 O . _
"""

# "It was a mess," said Sipho Ndlovu, then ambassador to Mozambique.
_THEN_BARE = """
" PUNCT `` punct 7 O " _
It PRON PRP nsubj 2 O it
was AUX VBD ccomp 7 O be
a DET DT det 4 O a
mess NOUN NN attr 2 O mess _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Sipho PROPN NNP compound 9 B-PERSON Sipho
Ndlovu PROPN NNP nsubj 7 I-PERSON Ndlovu _
, PUNCT , punct 9 O ,
then ADV RB advmod 12 O then
ambassador NOUN NN appos 9 O ambassador
to ADP IN prep 12 O to
Mozambique PROPN NNP pobj 13 B-ORG Mozambique _
. PUNCT . punct 7 O . _
"""




def test_formerly_a_director_is_a_former_director() -> None:
    assert who_of(_FORMERLY) == [
        ("Tan Wei Ming", "former director at the Land Transport Authority", "Land Transport Authority")
    ]


def test_then_a_lecturer_is_a_former_lecturer() -> None:
    assert who_of(_THEN_A) == [("Sipho Ndlovu", "former lecturer at Rhodes University", "Rhodes University")]


def test_once_one_post_and_now_another_gives_the_post_held_now() -> None:
    assert who_of(_ONCE_AND_NOW) == [
        ("Eamon Walsh", "adviser to the Irish Farmers' Association", "Irish Farmers' Association")
    ]


def test_a_role_keeping_its_adverb_stays_as_written() -> None:
    assert who_of(_THEN_BARE) == [("Sipho Ndlovu", "then ambassador to Mozambique", "")]
