"""`said NTUC secretary-general Ng Chee Meng`: a Chinese name with its family name first, where
the family name is `Ng`, no word the tagger knows, so that it tags only `Chee Meng`; the row gave
*Chee Meng* with no role (the untagged `Ng` stood between the job and the name). A word in title
case opening on `Ng`, as no English word does, untagged right before a person's name of one or
two words, is that name's first word; with none of it tagged, `Ng` and the one or two words in
capitals after it are the name (`said union chief Ng Eng Hen`: before, *Hen*). Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Older workers have waited long enough," said NTUC secretary-general Ng Chee Meng.
_UNION_CHIEF = """
" PUNCT `` punct 9 O " _
Older ADJ JJR amod 2 O old
workers NOUN NNS nsubj 4 O worker
have AUX VBP aux 4 O have
waited VERB VBN ccomp 9 O wait
long ADV RB advmod 6 O long
enough ADV RB advmod 4 O enough _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
NTUC PROPN NNP compound 11 B-ORG NTUC
secretary NOUN NN compound 16 O secretary _
- PUNCT HYPH punct 11 O - _
general NOUN NN appos 11 O general
Ng PROPN NNP compound 16 O Ng
Chee PROPN NNP compound 16 B-PERSON Chee
Meng PROPN NNP nsubj 9 I-PERSON Meng _
. PUNCT . punct 9 O . _
"""

# Ng Chee Meng, the union secretary-general, said: "Older workers have waited long enough."
_AT_THE_OPENING = """
Ng PROPN NNP compound 2 O Ng
Chee PROPN NNP compound 2 B-PERSON Chee
Meng PROPN NNP nsubj 10 I-PERSON Meng _
, PUNCT , punct 2 O ,
the DET DT det 6 O the
union NOUN NN compound 6 O union
secretary NOUN NN appos 2 O secretary _
- PUNCT HYPH punct 8 O - _
general ADJ JJ amod 6 O general _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 10 O say _
: PUNCT : punct 10 O :
" PUNCT `` punct 10 O " _
Older ADJ JJR amod 14 O old
workers NOUN NNS nsubj 16 O worker
have AUX VBP aux 16 O have
waited VERB VBN ccomp 10 O wait
long ADV RB advmod 18 O long
enough ADV RB advmod 16 O enough _
. PUNCT . punct 10 O . _
" PUNCT '' punct 10 O " _
"""

# "Older workers have waited long enough," said union chief Ng Eng Hen.
_NONE_TAGGED = """
" PUNCT `` punct 9 O " _
Older ADJ JJR amod 2 O old
workers NOUN NNS nsubj 4 O worker
have AUX VBP aux 4 O have
waited VERB VBN ccomp 9 O wait
long ADV RB advmod 6 O long
enough ADV RB advmod 4 O enough _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
union NOUN NN compound 11 O union
chief NOUN NN nsubj 9 O chief
Ng PROPN NNP compound 14 O Ng
Eng PROPN NNP compound 14 O Eng
Hen PROPN NNP appos 11 O Hen _
. PUNCT . punct 9 O . _
"""


def test_a_family_name_ng_after_a_job_opens_the_name() -> None:
    rows = Extractor().rows(frozen(_UNION_CHIEF))
    expected = [("Ng Chee Meng", "secretary-general", "NTUC")]
    assert [(r.speaker, r.role, r.organization) for r in rows] == expected


def test_a_family_name_ng_opening_the_sentence_opens_the_name() -> None:
    rows = Extractor().rows(frozen(_AT_THE_OPENING))
    assert [(r.speaker, r.role) for r in rows] == [("Ng Chee Meng", "union secretary-general")]


def test_a_name_opened_by_ng_that_the_tagger_left_untagged_is_whole() -> None:
    rows = Extractor().rows(frozen(_NONE_TAGGED))
    assert [(r.speaker, r.role) for r in rows] == [("Ng Eng Hen", "union chief")]
