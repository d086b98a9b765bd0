"""Offices of British civic and archive copy, each from a frozen parse of a sentence written for
this file (the entities as the tagger gave them), through the whole extractor:

- `thanked the Town Clerk, Mr. T. H. Rees.`, the name parsed a second object of `thanked`, and
  `the Town Clerk, Mr. Tom Rees, and his staff`, the name parsed a conjunct of the title: the
  title is the name's apposition all the same (the role was empty);
- `the Borough Engineer, Tom Rees`, the title tagged a body with its tier: an office of a borough
  written as a title is the role, no body (was Engineer / Borough Engineer);
- `was opened by the Mayor of Lenton, W. J. Davies.`: a passive's `by` ends the apposition before
  the name (was `opened by the Mayor of Lenton`).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# The council thanked the Town Clerk, Mr. T. H. Rees. Mr. Rees said: "The work is done."
_A_SECOND_OBJECT = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
thanked VERB VBD ROOT 2 O thank
the DET DT det 5 B-FAC the
Town PROPN NNP compound 5 I-FAC Town
Clerk PROPN NNP dobj 2 I-FAC Clerk _
, PUNCT , punct 2 O ,
Mr. PROPN NNP compound 10 O Mr.
T. PROPN NNP compound 10 B-PERSON T.
H. PROPN NNP compound 10 I-PERSON H.
Rees PROPN NNP dobj 2 I-PERSON Rees _
. PUNCT . punct 2 O .
Mr. PROPN NNP compound 13 O Mr.
Rees PROPN NNP nsubj 14 B-PERSON Rees
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
The DET DT det 18 O the
work NOUN NN nsubjpass 20 O work
is AUX VBZ auxpass 20 O be
done VERB VBN ccomp 14 O do _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""

# The council thanked the Town Clerk, Mr. Tom Rees, and his staff. "The work is done," Mr. Rees said.
_A_CONJUNCT = """
The DET DT det 1 O the
council NOUN NN nsubj 2 O council
thanked VERB VBD ROOT 2 O thank
the DET DT det 5 B-FAC the
Town PROPN NNP compound 5 I-FAC Town
Clerk PROPN NNP dobj 2 I-FAC Clerk _
, PUNCT , punct 5 O ,
Mr. PROPN NNP compound 9 O Mr.
Tom PROPN NNP compound 9 B-PERSON Tom
Rees PROPN NNP conj 5 I-PERSON Rees _
, PUNCT , punct 9 O ,
and CCONJ CC cc 9 O and
his PRON PRP$ poss 13 O his
staff NOUN NN conj 9 O staff _
. PUNCT . punct 2 O .
" PUNCT `` punct 24 O " _
The DET DT det 17 O the
work NOUN NN nsubjpass 19 O work
is AUX VBZ auxpass 19 O be
done VERB VBN ccomp 24 O do _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Mr. PROPN NNP compound 23 O Mr.
Rees PROPN NNP nsubj 24 B-PERSON Rees
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_title_and_its_holder_parsed_as_two_objects() -> None:
    assert who(_A_SECOND_OBJECT) == [("T. H. Rees", "Town Clerk", "")]


def test_a_holder_parsed_a_conjunct_of_the_title() -> None:
    assert who(_A_CONJUNCT) == [("Tom Rees", "Town Clerk", "")]


# The Mayor thanked the Borough Engineer, Tom Rees. "The road was finished a month early," Mr. Rees said.
_BOROUGH_ENGINEER = """
The DET DT det 1 O the
Mayor PROPN NNP nsubj 2 O Mayor
thanked VERB VBD ROOT 2 O thank
the DET DT det 5 B-ORG the
Borough PROPN NNP compound 5 I-ORG Borough
Engineer PROPN NNP dobj 2 I-ORG Engineer _
, PUNCT , punct 5 O ,
Tom PROPN NNP compound 8 B-PERSON Tom
Rees PROPN NNP appos 5 I-PERSON Rees _
. PUNCT . punct 2 O .
" PUNCT `` punct 22 O " _
The DET DT det 12 O the
road NOUN NN nsubjpass 14 O road
was AUX VBD auxpass 14 O be
finished VERB VBN ccomp 22 O finish
a DET DT det 16 B-DATE a
month NOUN NN npadvmod 17 I-DATE month
early ADV RB advmod 14 I-DATE early _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
Mr. PROPN NNP compound 21 O Mr.
Rees PROPN NNP nsubj 22 B-PERSON Rees
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_an_office_of_a_borough_tagged_a_body_is_the_role() -> None:
    assert who(_BOROUGH_ENGINEER) == [("Tom Rees", "Borough Engineer", "")]


# The hall was opened by the Mayor of Lenton, W. J. Davies. "It is a great day," he said.
_OPENED_BY = """
The DET DT det 1 O the
hall NOUN NN nsubjpass 3 O hall
was AUX VBD auxpass 3 O be
opened VERB VBN ROOT 3 O open
by ADP IN agent 3 O by
the DET DT det 6 O the
Mayor PROPN NNP pobj 4 O Mayor
of ADP IN prep 6 O of
Lenton PROPN NNP pobj 7 B-GPE Lenton _
, PUNCT , punct 6 O ,
W. PROPN NNP compound 12 B-PERSON W.
J. PROPN NNP compound 12 I-PERSON J.
Davies PROPN NNP appos 6 I-PERSON Davies _
. PUNCT . punct 3 O .
" PUNCT `` punct 23 O " _
It PRON PRP nsubj 16 O it
is AUX VBZ ccomp 23 O be
a DET DT det 19 B-DATE a
great ADJ JJ amod 19 I-DATE great
day NOUN NN attr 16 I-DATE day _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
he PRON PRP nsubj 23 O he
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O . _
"""


def test_a_passives_by_ends_the_apposition() -> None:
    assert who(_OPENED_BY) == [("W. J. Davies", "Mayor of Lenton", "")]
