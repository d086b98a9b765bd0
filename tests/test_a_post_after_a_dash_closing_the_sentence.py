"""A post set off by a dash after a name at the end of a sentence, with no second dash: the
sentence's closing stop ends it, as a second dash would (`"…," said John Smith – chief
executive of Lenton Foods.`, `said Mary Cole — a teacher at Lenton High School.`: there was no
role). Words that are no post (`– and she meant it.`) give none. Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lenton Foods will close its Eastvale plant in March. "It is a hard day for everyone," said John
# Smith – chief executive of Lenton Foods.
_CHIEF = """
Lenton PROPN NNP compound 1 B-ORG Lenton
Foods PROPN NNPS nsubj 3 I-ORG Foods
will AUX MD aux 3 O will
close VERB VB ROOT 3 O close
its PRON PRP$ poss 6 O its
Eastvale ADJ JJ compound 6 B-GPE eastvale
plant NOUN NN dobj 3 O plant
in ADP IN prep 3 O in
March PROPN NNP pobj 7 B-DATE March _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
It PRON PRP nsubj 12 O it
is AUX VBZ ccomp 20 O be
a DET DT det 15 O a
hard ADJ JJ amod 15 O hard
day NOUN NN attr 12 O day
for ADP IN prep 15 O for
everyone PRON NN pobj 16 O everyone _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
John PROPN NNP compound 22 B-PERSON John
Smith PROPN NNP nsubj 20 I-PERSON Smith
– PUNCT : punct 22 O –
chief ADJ JJ amod 25 O chief
executive NOUN NN appos 22 O executive
of ADP IN prep 25 O of
Lenton PROPN NNP compound 28 B-ORG Lenton
Foods PROPN NNP pobj 26 I-ORG Foods _
. PUNCT . punct 20 O . _
"""


# The school will lose two classrooms. "The children deserve better," said Mary Cole — a teacher at
# Lenton High School.
_TEACHER = """
The DET DT det 1 O the
school NOUN NN nsubj 3 O school
will AUX MD aux 3 O will
lose VERB VB ROOT 3 O lose
two NUM CD nummod 5 B-CARDINAL two
classrooms NOUN NNS dobj 3 O classroom _
. PUNCT . punct 3 O .
" PUNCT `` punct 14 O " _
The DET DT det 9 O the
children NOUN NNS nsubj 10 O child
deserve VERB VBP ccomp 14 O deserve
better ADV RBR advmod 10 O well _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Mary PROPN NNP compound 16 B-PERSON Mary
Cole PROPN NNP nsubj 14 I-PERSON Cole
— PUNCT : punct 16 O —
a DET DT det 19 O a
teacher NOUN NN appos 16 O teacher
at ADP IN prep 19 O at
Lenton PROPN NNP compound 23 B-ORG Lenton
High PROPN NNP compound 23 I-ORG High
School PROPN NNP pobj 20 I-ORG School _
. PUNCT . punct 14 O . _
"""


# The school will lose two classrooms. "The children deserve better," said Mary Cole – and she meant
# it.
_CLAUSE = """
The DET DT det 1 O the
school NOUN NN nsubj 3 O school
will AUX MD aux 3 O will
lose VERB VB ROOT 3 O lose
two NUM CD nummod 5 B-CARDINAL two
classrooms NOUN NNS dobj 3 O classroom _
. PUNCT . punct 3 O .
" PUNCT `` punct 14 O " _
The DET DT det 9 O the
children NOUN NNS nsubj 10 O child
deserve VERB VBP ccomp 14 O deserve
better ADV RBR advmod 10 O well _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Mary PROPN NNP compound 16 B-PERSON Mary
Cole PROPN NNP nsubj 14 I-PERSON Cole
– PUNCT : punct 14 O –
and CCONJ CC cc 14 O and
she PRON PRP nsubj 20 O she
meant VERB VBD conj 14 O mean
it PRON PRP dobj 20 O it _
. PUNCT . punct 20 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_post_after_a_dash_closing_the_sentence_is_the_persons_role() -> None:
    assert _rows(_CHIEF) == [("John Smith", "chief executive of Lenton Foods", "Lenton Foods")]


def test_so_with_its_article() -> None:
    assert _rows(_TEACHER) == [("Mary Cole", "teacher at Lenton High School", "Lenton High School")]


def test_a_clause_after_the_dash_gives_no_role() -> None:
    assert _rows(_CLAUSE) == [("Mary Cole", "", "")]
