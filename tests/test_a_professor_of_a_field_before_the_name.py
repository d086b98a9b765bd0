"""An academic's chair before the name, `Professor of` its field (`Professor of Obstetrics and
Gynaecology Mary Higgins`, `Professor of Medicine Mary Higgins`): the title whole is the role, and
the field after `of` is no body. A field of two words joined by `and` gave no role (three words
after `of`, too many for a title held `of` something the lists do not know), and a field of one
word was taken for the organisation (*Medicine*), even before the body named after it: that body is
the organisation (`Professor of Medicine at Trinity College Dublin`), and so is a body the chair is
`of` (`a Professor of the University of Lagos`). Frozen parses of sentences written for this file
(see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from tests.frozen import who_of

# "We will publish the figures next week," said Professor of Obstetrics and Gynaecology Mary
# Higgins.
_OBSTETRICS = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
publish VERB VB ccomp 10 O publish
the DET DT det 5 O the
figures NOUN NNS dobj 3 O figure
next ADP IN nmod 7 B-DATE next
week NOUN NN npadvmod 3 I-DATE week _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Professor PROPN NNP nmod 17 O Professor
of ADP IN prep 11 O of
Obstetrics PROPN NNP pobj 12 O Obstetrics
and CCONJ CC cc 13 O and
Gynaecology PROPN NNP conj 13 O Gynaecology
Mary PROPN NNP compound 17 B-PERSON Mary
Higgins PROPN NNP nsubj 10 I-PERSON Higgins _
. PUNCT . punct 10 O . _
"""


# "We will publish the figures next week," said Professor of Medicine Mary Higgins.
_FIELD = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
publish VERB VB ccomp 10 O publish
the DET DT det 5 O the
figures NOUN NNS dobj 3 O figure
next ADP IN nmod 7 B-DATE next
week NOUN NN npadvmod 3 I-DATE week _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Professor PROPN NNP nmod 15 O Professor
of ADP IN prep 11 O of
Medicine PROPN NNP pobj 12 O Medicine
Mary PROPN NNP compound 15 B-PERSON Mary
Higgins PROPN NNP nsubj 10 I-PERSON Higgins _
. PUNCT . punct 10 O . _
"""


# "We will publish the figures next week," said Mary Higgins, Professor of Medicine at Trinity
# College Dublin.
_MEDICINE = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
publish VERB VB ccomp 10 O publish
the DET DT det 5 O the
figures NOUN NNS dobj 3 O figure
next ADP IN nmod 7 B-DATE next
week NOUN NN npadvmod 3 I-DATE week _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Mary PROPN NNP compound 12 B-PERSON Mary
Higgins PROPN NNP nsubj 10 I-PERSON Higgins _
, PUNCT , punct 12 O ,
Professor PROPN NNP appos 12 O Professor
of ADP IN prep 14 O of
Medicine PROPN NNP pobj 15 O Medicine
at ADP IN prep 14 O at
Trinity PROPN NNP compound 20 B-ORG Trinity
College PROPN NNP compound 20 I-ORG College
Dublin PROPN NNP pobj 17 I-ORG Dublin _
. PUNCT . punct 10 O . _
"""


# "We will publish the figures next week," said Mary Higgins, a Professor of the University of
# Lagos.
_LAGOS = """
" PUNCT `` punct 10 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
publish VERB VB ccomp 10 O publish
the DET DT det 5 O the
figures NOUN NNS dobj 3 O figure
next ADP IN nmod 7 B-DATE next
week NOUN NN npadvmod 3 I-DATE week _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Mary PROPN NNP compound 12 B-PERSON Mary
Higgins PROPN NNP nsubj 10 I-PERSON Higgins _
, PUNCT , punct 12 O ,
a DET DT det 15 O a
Professor PROPN NNP appos 12 O Professor
of ADP IN prep 15 O of
the DET DT det 18 B-ORG the
University PROPN NNP pobj 16 I-ORG University
of ADP IN prep 18 I-ORG of
Lagos PROPN NNP pobj 19 I-ORG Lagos _
. PUNCT . punct 10 O . _
"""




def test_a_chair_of_a_field_of_two_words_is_the_role() -> None:
    assert who_of(_OBSTETRICS) == [("Mary Higgins", "Professor of Obstetrics and Gynaecology", "")]


def test_a_chairs_field_is_no_body() -> None:
    assert who_of(_FIELD) == [("Mary Higgins", "Professor of Medicine", "")]


def test_the_body_after_a_chairs_field_is_the_organisation() -> None:
    assert who_of(_MEDICINE) == [
        ("Mary Higgins", "Professor of Medicine at Trinity College Dublin", "Trinity College Dublin")
    ]


def test_a_chair_of_a_named_body_keeps_it() -> None:
    assert who_of(_LAGOS) == [("Mary Higgins", "Professor of the University of Lagos", "University of Lagos")]
