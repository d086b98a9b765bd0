"""`the Labour Court judge, Justice X,`, `Labour Court judge Justice X`: a title before the name
that is only the style of the job named beside it (`Justice`, a judge's, models/titles.txt) says
no more than the job, which is the role (it was *Justice* and *judge Justice*); alone before the
name the title is still the role. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# The Labour Court judge, Justice Pieter Steyn, said: "The employer ignored its own procedures."
_APPOSED = """
The DET DT det 3 O the
Labour PROPN NNP compound 2 B-ORG Labour
Court PROPN NNP compound 3 I-ORG Court
judge NOUN NN nsubj 9 O judge _
, PUNCT , punct 3 O ,
Justice PROPN NNP compound 7 O Justice
Pieter PROPN NNP compound 7 B-PERSON Pieter
Steyn PROPN NNP appos 3 I-PERSON Steyn _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
The DET DT det 13 O the
employer NOUN NN nsubj 14 O employer
ignored VERB VBD ccomp 9 O ignore
its PRON PRP$ poss 17 O its
own ADJ JJ amod 17 O own
procedures NOUN NNS dobj 14 O procedure _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""

# The Labour Court dismissed the appeal on Friday. "The dismissal was substantively unfair," said
# Labour Court judge Justice Thandi Mokoena.
_BEFORE_THE_NAME = """
The DET DT det 2 B-ORG the
Labour PROPN NNP compound 2 I-ORG Labour
Court PROPN NNP nsubj 3 I-ORG Court
dismissed VERB VBD ROOT 3 O dismiss
the DET DT det 5 O the
appeal NOUN NN dobj 3 O appeal
on ADP IN prep 3 O on
Friday PROPN NNP pobj 6 B-DATE Friday _
. PUNCT . punct 3 O .
" PUNCT `` punct 17 O " _
The DET DT det 11 O the
dismissal NOUN NN nsubj 12 O dismissal
was AUX VBD ccomp 17 O be
substantively ADV RB advmod 14 O substantively
unfair ADJ JJ acomp 12 O unfair _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
Labour PROPN NNP compound 19 B-ORG Labour
Court PROPN NNP compound 20 I-ORG Court
judge NOUN NN compound 23 O judge
Justice PROPN NNP compound 23 O Justice
Thandi PROPN NNP compound 23 B-PERSON Thandi
Mokoena PROPN NNP nsubj 17 I-PERSON Mokoena _
. PUNCT . punct 17 O . _
"""

# The Labour Court dismissed the appeal on Friday. "The dismissal was substantively unfair," said
# Justice Thandi Mokoena.
_ALONE = """
The DET DT det 2 B-ORG the
Labour PROPN NNP compound 2 I-ORG Labour
Court PROPN NNP nsubj 3 I-ORG Court
dismissed VERB VBD ROOT 3 O dismiss
the DET DT det 5 O the
appeal NOUN NN dobj 3 O appeal
on ADP IN prep 3 O on
Friday PROPN NNP pobj 6 B-DATE Friday _
. PUNCT . punct 3 O .
" PUNCT `` punct 17 O " _
The DET DT det 11 O the
dismissal NOUN NN nsubj 12 O dismissal
was AUX VBD ccomp 17 O be
substantively ADV RB advmod 14 O substantively
unfair ADJ JJ acomp 12 O unfair _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
Justice PROPN NNP compound 20 O Justice
Thandi PROPN NNP compound 20 B-PERSON Thandi
Mokoena PROPN NNP nsubj 17 I-PERSON Mokoena _
. PUNCT . punct 17 O . _
"""




def test_the_job_apposed_to_a_judges_style_is_the_role() -> None:
    assert who_of(_APPOSED) == [("Pieter Steyn", "judge", "Labour Court")]


def test_a_judges_style_after_the_job_is_no_part_of_the_role() -> None:
    assert who_of(_BEFORE_THE_NAME) == [("Thandi Mokoena", "judge", "Labour Court")]


def test_the_style_alone_before_the_name_is_the_role() -> None:
    assert who_of(_ALONE) == [("Thandi Mokoena", "Justice", "Labour Court")]
