"""A party the tagger calls a people before `group leader`: `Greens group leader X`, `Tory group
leader X`. The party is the body the group leader leads (ROLES.md 4 and 5, as `group leader for
the Greens` gives *group leader* / *Greens*); the descriptor gave it, but the article's list of
peoples (words the tagger only calls a people, never a body) dropped it, leaving *group leader* /
''. A name tagged a people right before `group leader` is now no people's word for the article.
Frozen parses of sentences written for this file (see tests/frozen.py), through the whole
extractor."""

from __future__ import annotations

from tests.frozen import who_of

# "The plan ignores the people of Leith," Greens group leader Moira Dunlop said.
_GREENS = """
" PUNCT `` punct 15 O " _
The DET DT det 2 O the
plan NOUN NN nsubj 3 O plan
ignores VERB VBZ ccomp 15 O ignore
the DET DT det 5 O the
people NOUN NNS dobj 3 O people
of ADP IN prep 5 O of
Leith PROPN NNP pobj 6 B-ORG Leith _
, PUNCT , punct 15 O , _
" PUNCT '' punct 15 O "
Greens PROPN NNP compound 11 B-NORP Greens
group NOUN NN compound 12 O group
leader NOUN NN compound 14 O leader
Moira PROPN NNP compound 14 B-PERSON Moira
Dunlop PROPN NNP nsubj 15 I-PERSON Dunlop
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""
# "Council tax is going up again," Tory group leader Gareth Pugh told the meeting.
_TORY = """
" PUNCT `` punct 14 O " _
Council NOUN NN compound 2 O council
tax NOUN NN nsubj 4 O tax
is AUX VBZ aux 4 O be
going VERB VBG ccomp 14 O go
up ADP RP prt 4 O up
again ADV RB advmod 4 O again _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
Tory NOUN NN compound 10 B-NORP tory
group NOUN NN compound 11 O group
leader NOUN NN compound 13 O leader
Gareth PROPN NNP compound 13 B-PERSON Gareth
Pugh PROPN NNP nsubj 14 I-PERSON Pugh
told VERB VBD ROOT 14 O tell
the DET DT det 16 O the
meeting NOUN NN dobj 14 O meeting _
. PUNCT . punct 14 O . _
"""
# The Greens won four seats in May. "We will hold the budget to account," Greens group leader
# Moira Dunlop said. "Nobody asked us," she added.
_GREENS_ELSEWHERE = """
The DET DT det 1 O the
Greens PROPN NNP nsubj 2 B-NORP Greens
won VERB VBD ROOT 2 O win
four NUM CD nummod 4 B-CARDINAL four
seats NOUN NNS dobj 2 O seat
in ADP IN prep 2 O in
May PROPN NNP pobj 5 B-DATE May _
. PUNCT . punct 2 O .
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 11 O we
will AUX MD aux 11 O will
hold VERB VB ccomp 23 O hold
the DET DT det 13 O the
budget NOUN NN dobj 11 O budget
to ADP IN prep 11 O to
account NOUN NN pobj 14 O account _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
Greens PROPN NNP compound 19 B-NORP Greens
group NOUN NN compound 20 O group
leader NOUN NN compound 22 O leader
Moira PROPN NNP compound 22 B-PERSON Moira
Dunlop PROPN NNP nsubj 23 I-PERSON Dunlop
said VERB VBD ROOT 23 O say _
. PUNCT . punct 23 O .
" PUNCT `` punct 32 O " _
Nobody PRON NN nsubj 27 O nobody
asked VERB VBD ccomp 32 O ask
us PRON PRP dobj 27 O we _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
she PRON PRP nsubj 32 O she
added VERB VBD ROOT 32 O add _
. PUNCT . punct 32 O . _
"""




def test_a_plural_party_before_group_leader_is_the_body() -> None:
    assert who_of(_GREENS) == [("Moira Dunlop", "group leader", "Greens")]


def test_a_party_nickname_before_group_leader_is_the_body() -> None:
    assert who_of(_TORY) == [("Gareth Pugh", "group leader", "Tory")]


def test_the_party_stays_the_body_when_the_story_names_it_alone_before() -> None:
    rows = who_of(_GREENS_ELSEWHERE)
    assert rows == [("Moira Dunlop", "group leader", "Greens")] * 2
