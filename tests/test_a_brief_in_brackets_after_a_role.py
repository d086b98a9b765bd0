"""`said Jane Wanjiru, deputy vice-chancellor (academic) at Moi University`: a brief in brackets
right after a role noun (a field, portfolio or department of models/portfolios.txt: `(finance)`,
`(planning and development)`), as university and civil-service titles write it, is the post's,
and the apposition runs on past it to the body (*deputy vice-chancellor (academic) at Moi
University* / *Moi University*, where it gave no role); other words in brackets still end it
(`head teacher (pictured)`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We have no plans to close the campus," said Jane Wanjiru, deputy vice-chancellor (academic) at
# Moi University.
_ACADEMIC = """
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 2 O we
have VERB VBP ccomp 11 O have
no DET DT det 4 O no
plans NOUN NNS dobj 2 O plan
to PART TO aux 6 O to
close VERB VB acl 4 O close
the DET DT det 8 O the
campus NOUN NN dobj 6 O campus _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Jane PROPN NNP compound 13 B-PERSON Jane
Wanjiru PROPN NNP nsubj 11 I-PERSON Wanjiru _
, PUNCT , punct 13 O ,
deputy ADJ JJ appos 13 O deputy
vice NOUN NN compound 18 O vice _
- NOUN NN punct 16 O - _
chancellor NOUN NN dobj 15 O chancellor
( PUNCT -LRB- punct 20 O ( _
academic PROPN NNP appos 18 O academic _
) PUNCT -RRB- punct 18 O )
at ADP IN prep 15 O at
Moi PROPN NNP compound 24 B-ORG Moi
University PROPN NNP pobj 22 I-ORG University _
. PUNCT . punct 11 O . _
"""

# "The new hostels will open in May," said Peter Mwangi, the university's deputy vice-chancellor
# (planning and development).
_PLANNING = """
" PUNCT `` punct 10 O " _
The DET DT det 3 O the
new ADJ JJ amod 3 O new
hostels NOUN NNS nsubj 5 O hostel
will AUX MD aux 5 O will
open VERB VB ccomp 10 O open
in ADP IN prep 5 O in
May PROPN NNP pobj 6 B-DATE May _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
said VERB VBD ROOT 10 O say
Peter PROPN NNP compound 12 B-PERSON Peter
Mwangi PROPN NNP nsubj 10 I-PERSON Mwangi _
, PUNCT , punct 12 O ,
the DET DT det 15 O the
university NOUN NN poss 18 O university _
's PART POS case 15 O 's
deputy ADJ JJ amod 18 O deputy
vice NOUN NN appos 12 O vice _
- NOUN NN appos 18 O - _
chancellor NOUN NN appos 19 O chancellor
( PUNCT -LRB- punct 20 O ( _
planning NOUN NN conj 18 O planning
and CCONJ CC cc 22 O and
development NOUN NN conj 22 O development _
) PUNCT -RRB- punct 10 O ) _
. PUNCT . punct 10 O . _
"""

# "The pupils did brilliantly," said Ann Cole, head teacher (pictured).
_PICTURED = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
pupils NOUN NNS nsubj 4 O pupil
did AUX VBD aux 4 O do
brilliantly ADV RB ccomp 7 O brilliantly _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Ann PROPN NNP compound 9 B-PERSON Ann
Cole PROPN NNP nsubj 7 I-PERSON Cole _
, PUNCT , punct 9 O ,
head NOUN NN compound 12 O head
teacher NOUN NN appos 9 O teacher
( PUNCT -LRB- punct 14 O ( _
pictured VERB VBN appos 9 O picture _
) PUNCT -RRB- punct 7 O ) _
. PUNCT . punct 7 O . _
"""


def test_a_brief_in_brackets_is_the_posts_and_the_body_follows() -> None:
    rows = Extractor().rows(frozen(_ACADEMIC))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Jane Wanjiru", "deputy vice-chancellor (academic) at Moi University", "Moi University")
    ]


def test_a_brief_in_brackets_closing_the_role_keeps_its_bracket() -> None:
    rows = Extractor().rows(frozen(_PLANNING))
    assert [(r.speaker, r.role) for r in rows] == [
        ("Peter Mwangi", "deputy vice-chancellor (planning and development)")
    ]


def test_other_words_in_brackets_are_no_part_of_the_role() -> None:
    rows = Extractor().rows(frozen(_PICTURED))
    assert [(r.speaker, r.role) for r in rows] == [("Ann Cole", "head teacher")]
