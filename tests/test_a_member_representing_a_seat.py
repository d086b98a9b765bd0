"""A lawmaker's seat named with `representing` after the lawmaker's noun in an apposition (`X,
the member representing Kano Central,`), as Nigerian and Ghanaian news write it, is part of the
role as `MP for X` is (issue 10; ROLES.md: a seat is no employer); a member representing a body
with its article is not. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Abdullahi Musa, the member representing Kano Central, said: "We will not accept this."
_MEMBER = """
Abdullahi PROPN NNP compound 1 B-PERSON Abdullahi
Musa PROPN NNP nsubj 9 I-PERSON Musa _
, PUNCT , punct 1 O ,
the DET DT det 4 O the
member NOUN NN appos 1 O member
representing VERB VBG acl 4 O represent
Kano PROPN NNP compound 7 B-ORG Kano
Central PROPN NNP dobj 5 I-ORG Central _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 15 O we
will AUX MD aux 15 O will
not PART RB neg 15 O not
accept VERB VB ccomp 9 O accept
this PRON DT dobj 15 O this _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""

# "The bill is good," said Tokunbo Abiru, the senator representing Lagos Central Senatorial
# District.
_SENATOR = """
" PUNCT `` punct 7 O " _
The DET DT det 2 O the
bill NOUN NN nsubj 3 O bill
is AUX VBZ ccomp 7 O be
good ADJ JJ acomp 3 O good _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Tokunbo PROPN NNP compound 9 B-PERSON Tokunbo
Abiru PROPN NNP nsubj 7 I-PERSON Abiru _
, PUNCT , punct 9 O ,
the DET DT det 12 O the
senator NOUN NN appos 9 O senator
representing VERB VBG acl 12 O represent
Lagos PROPN NNP compound 17 B-ORG Lagos
Central PROPN NNP compound 17 I-ORG Central
Senatorial PROPN NNP compound 17 I-ORG Senatorial
District PROPN NNP dobj 13 I-ORG District _
. PUNCT . punct 7 O . _
"""

# "We want a raise," said Ade Cole, a member representing the union on the board.
_UNION = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
want VERB VBP ccomp 7 O want
a DET DT det 4 O a
raise NOUN NN dobj 2 O raise _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Ade PROPN NNP compound 9 B-PERSON Ade
Cole PROPN NNP nsubj 7 I-PERSON Cole _
, PUNCT , punct 9 O ,
a DET DT det 12 O a
member NOUN NN appos 9 O member
representing VERB VBG acl 12 O represent
the DET DT det 15 O the
union NOUN NN dobj 13 O union
on ADP IN prep 13 O on
the DET DT det 18 O the
board NOUN NN pobj 16 O board _
. PUNCT . punct 7 O . _
"""




def test_a_member_representing_a_seat() -> None:
    assert who_of(_MEMBER) == [("Abdullahi Musa", "member representing Kano Central", "")]


def test_a_senator_representing_a_senatorial_district() -> None:
    assert who_of(_SENATOR) == [
        ("Tokunbo Abiru", "senator representing Lagos Central Senatorial District", "")
    ]


def test_a_member_representing_a_body_holds_no_seat() -> None:
    assert who_of(_UNION) == [("Ade Cole", "", "")]
