"""A participle of speaking or serving set by a name, with an `as` phrase (`Speaking in his
capacity as president of the chamber, X said`, `said X, speaking as chairman of Y`), and `in her
role as` set off after a name: the post after `as` is the role, and the participle's own words
are none of it; `as a former diplomat`, with no body, says what the person speaks as, no post.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Speaking in his capacity as president of the chamber, Ravi Menon said: "Exports are down."
_CAPACITY = """
Speaking VERB VBG advcl 12 O speak
in ADP IN prep 0 O in
his PRON PRP$ poss 3 O his
capacity NOUN NN pobj 1 O capacity
as ADP IN prep 3 O as
president NOUN NN pobj 4 O president
of ADP IN prep 5 O of
the DET DT det 8 O the
chamber NOUN NN pobj 6 O chamber _
, PUNCT , punct 12 O ,
Ravi PROPN NNP compound 11 B-PERSON Ravi
Menon PROPN NNP nsubj 12 I-PERSON Menon
said VERB VBD ROOT 12 O say _
: PUNCT : punct 12 O :
" PUNCT `` punct 12 O " _
Exports NOUN NNS nsubj 16 O export
are AUX VBP ccomp 12 O be
down ADV RB advmod 16 O down _
. PUNCT . punct 12 O . _
" PUNCT '' punct 12 O " _
"""

# "The budget is too high," said John Kamau, speaking as chairman of the finance committee.
_AFTER = """
" PUNCT `` punct 8 O " _
The DET DT det 2 O the
budget NOUN NN nsubj 3 O budget
is AUX VBZ ccomp 8 O be
too ADV RB advmod 5 O too
high ADJ JJ acomp 3 O high _
, PUNCT , punct 8 O , _
" PUNCT '' punct 8 O "
said VERB VBD ROOT 8 O say
John PROPN NNP compound 10 B-PERSON John
Kamau PROPN NNP nsubj 8 I-PERSON Kamau _
, PUNCT , punct 10 O ,
speaking VERB VBG acl 10 O speak
as ADP IN prep 12 O as
chairman NOUN NN pobj 13 O chairman
of ADP IN prep 14 O of
the DET DT det 18 O the
finance NOUN NN compound 18 O finance
committee NOUN NN pobj 15 O committee _
. PUNCT . punct 8 O . _
"""

# Dr Amina Odhiambo, in her role as head of the task force, said: "Cases are falling."
_ROLE = """
Dr PROPN NNP compound 2 O Dr
Amina PROPN NNP compound 2 B-PERSON Amina
Odhiambo PROPN NNP nsubj 14 I-PERSON Odhiambo _
, PUNCT , punct 2 O ,
in ADP IN prep 2 O in
her PRON PRP$ poss 6 O her
role NOUN NN pobj 4 O role
as ADP IN prep 6 O as
head NOUN NN pobj 7 O head
of ADP IN prep 8 O of
the DET DT det 12 O the
task NOUN NN compound 12 O task
force NOUN NN pobj 9 O force _
, PUNCT , punct 2 O ,
said VERB VBD ROOT 14 O say _
: PUNCT : punct 14 O :
" PUNCT `` punct 14 O " _
Cases NOUN NNS nsubj 19 O case
are AUX VBP aux 19 O be
falling VERB VBG ccomp 14 O fall _
. PUNCT . punct 14 O . _
" PUNCT '' punct 14 O " _
"""

# Writing as a former diplomat, Sir John Smith said: "The treaty is flawed."
_DIPLOMAT = """
Writing VERB VBG advcl 9 O write
as ADP IN prep 0 O as
a DET DT det 4 O a
former ADJ JJ amod 4 O former
diplomat NOUN NN pobj 1 O diplomat _
, PUNCT , punct 9 O ,
Sir PROPN NNP compound 8 O Sir
John PROPN NNP compound 8 B-PERSON John
Smith PROPN NNP nsubj 9 I-PERSON Smith
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
The DET DT det 13 O the
treaty NOUN NN nsubj 14 O treaty
is AUX VBZ ccomp 9 O be
flawed ADJ JJ acomp 14 O flawed _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""




def test_the_post_a_participle_opening_the_sentence_speaks_as() -> None:
    assert who_of(_CAPACITY) == [("Ravi Menon", "president of the chamber", "")]


def test_the_post_a_participle_after_the_name_speaks_as() -> None:
    assert who_of(_AFTER) == [("John Kamau", "chairman of the finance committee", "")]


def test_in_her_role_as_set_off_after_the_name() -> None:
    assert who_of(_ROLE) == [("Amina Odhiambo", "head of the task force", "")]


def test_speaking_as_a_one_with_no_body_is_no_post() -> None:
    assert who_of(_DIPLOMAT) == [("John Smith", "", "")]
