"""`Dr. Helen Moloney` and `Prof. Kevin Moloney`, then `Dr. Moloney added`: of two people who
share a surname, a title that says no gender written with it (`Dr`, `Prof.`, `Gov.`, `Rep.`)
is the one the story gave that title, though the other was named last; with no title the
surname is still the one named last. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Dr. Helen Moloney, a surgeon at the hospital, said theatres were closed. Her colleague, Prof.
# Kevin Moloney, who is not related, said staff were leaving. "We cannot keep them," Prof. Moloney
# said. "Morale is gone," Dr. Moloney added.
_SURGEON = """
Dr. PROPN NNP compound 2 O Dr.
Helen PROPN NNP compound 2 B-PERSON Helen
Moloney PROPN NNP nsubj 10 I-PERSON Moloney _
, PUNCT , punct 2 O ,
a DET DT det 5 O a
surgeon NOUN NN appos 2 O surgeon
at ADP IN prep 5 O at
the DET DT det 8 O the
hospital NOUN NN pobj 6 O hospital _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 10 O say
theatres NOUN NNS nsubjpass 13 O theatre
were AUX VBD auxpass 13 O be
closed VERB VBN ccomp 10 O close _
. PUNCT . punct 10 O .
Her PRON PRP$ poss 16 O her
colleague NOUN NN nsubj 27 O colleague _
, PUNCT , punct 16 O ,
Prof. PROPN NNP compound 20 O Prof.
Kevin PROPN NNP compound 20 B-PERSON Kevin
Moloney PROPN NNP appos 16 I-PERSON Moloney _
, PUNCT , punct 20 O ,
who PRON WP nsubjpass 25 O who
is AUX VBZ auxpass 25 O be
not PART RB neg 25 O not
related VERB VBN relcl 20 O relate _
, PUNCT , punct 20 O ,
said VERB VBD ROOT 27 O say
staff NOUN NN nsubj 30 O staff
were AUX VBD aux 30 O be
leaving VERB VBG ccomp 27 O leave _
. PUNCT . punct 27 O .
" PUNCT `` punct 42 O " _
We PRON PRP nsubj 36 O we
can AUX MD aux 36 O can _
not PART RB neg 36 O not
keep VERB VB ccomp 42 O keep
them PRON PRP dobj 36 O they _
, PUNCT , punct 42 O , _
" PUNCT '' punct 42 O "
Prof. PROPN NNP compound 41 O Prof.
Moloney PROPN NNP nsubj 42 B-PERSON Moloney
said VERB VBD ROOT 42 O say _
. PUNCT . punct 42 O .
" PUNCT `` punct 52 O " _
Morale PROPN NNP nsubj 46 B-PERSON Morale
is AUX VBZ ccomp 52 O be
gone VERB VBN acomp 46 O go _
, PUNCT , punct 52 O , _
" PUNCT '' punct 52 O "
Dr. PROPN NNP compound 51 O Dr.
Moloney PROPN NNP nsubj 52 B-PERSON Moloney
added VERB VBD ROOT 52 O add _
. PUNCT . punct 52 O . _
"""

# Gov. Tomas Reyes ordered schools shut on Monday. His niece, Rep. Ana Reyes, backed the order.
# "Children come first," Gov. Reyes said.
_GOVERNOR = """
Gov. PROPN NNP compound 2 O Gov.
Tomas PROPN NNP compound 2 B-PERSON Tomas
Reyes PROPN NNP nsubj 3 I-PERSON Reyes
ordered VERB VBD ROOT 3 O order
schools NOUN NNS nsubj 5 O school
shut VERB VBN ccomp 3 O shut
on ADP IN prep 5 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 3 O .
His PRON PRP$ poss 10 O his
niece NOUN NN nsubj 16 O niece _
, PUNCT , punct 10 O ,
Rep. PROPN NNP compound 14 O Rep.
Ana PROPN NNP compound 14 B-PERSON Ana
Reyes PROPN NNP appos 10 I-PERSON Reyes _
, PUNCT , punct 10 O ,
backed VERB VBD ROOT 16 O back
the DET DT det 18 O the
order NOUN NN dobj 16 O order _
. PUNCT . punct 16 O .
" PUNCT `` punct 28 O " _
Children NOUN NNS nsubj 22 O child
come VERB VBP ccomp 28 O come
first ADV RB advmod 22 O first _
, PUNCT , punct 28 O , _
" PUNCT '' punct 28 O "
Gov. PROPN NNP compound 27 O Gov.
Reyes PROPN NNP nsubj 28 B-PERSON Reyes
said VERB VBD ROOT 28 O say _
. PUNCT . punct 28 O . _
"""

# Gov. Tomas Reyes ordered schools shut on Monday. His niece, Rep. Ana Reyes, backed the order.
# "Children come first," Reyes said.
_NO_TITLE = """
Gov. PROPN NNP compound 2 O Gov.
Tomas PROPN NNP compound 2 B-PERSON Tomas
Reyes PROPN NNP nsubj 3 I-PERSON Reyes
ordered VERB VBD ROOT 3 O order
schools NOUN NNS nsubj 5 O school
shut VERB VBN ccomp 3 O shut
on ADP IN prep 5 O on
Monday PROPN NNP pobj 6 B-DATE Monday _
. PUNCT . punct 3 O .
His PRON PRP$ poss 10 O his
niece NOUN NN nsubj 16 O niece _
, PUNCT , punct 10 O ,
Rep. PROPN NNP compound 14 O Rep.
Ana PROPN NNP compound 14 B-PERSON Ana
Reyes PROPN NNP appos 10 I-PERSON Reyes _
, PUNCT , punct 10 O ,
backed VERB VBD ROOT 16 O back
the DET DT det 18 O the
order NOUN NN dobj 16 O order _
. PUNCT . punct 16 O .
" PUNCT `` punct 27 O " _
Children NOUN NNS nsubj 22 O child
come VERB VBP ccomp 27 O come
first ADV RB advmod 22 O first _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
Reyes NOUN NN nsubj 27 B-ORG reyes
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_the_doctor_is_the_surgeon_not_the_professor_named_last() -> None:
    rows = Extractor().rows(frozen(_SURGEON))
    assert [r.speaker for r in rows] == ["Kevin Moloney", "Helen Moloney"]


def test_the_governor_is_not_his_niece_the_representative() -> None:
    rows = Extractor().rows(frozen(_GOVERNOR))
    assert [r.speaker for r in rows] == ["Tomas Reyes"]


def test_the_surname_alone_is_still_the_one_named_last() -> None:
    rows = Extractor().rows(frozen(_NO_TITLE))
    assert [r.speaker for r in rows] == ["Ana Reyes"]
