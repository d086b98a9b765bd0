"""`Kisumu County CEC Member for Health Jane Achieng said`, `Kisumu County CECM for Trade X told`: Kenyan
news writes a county's executive committee by its letters (`CEC`) and one of its members too
(`CECM`). After the county's name and its tier, the letters name the county's government, as the
words written in full do (`Machakos County Executive Committee Member for Agriculture`): the role is
the title from the letters on, *CEC Member for Health* / *Kisumu County* (it was the whole run as the
role, or none), also where the tagger tagged `The Kisumu County CEC` one body (not *Kisumu County
CEC*); and `CECM` opening a paragraph keeps its capitals (it was *Cecm Agriculture*). Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Kisumu County CEC Member for Health Jane Achieng said the clinics would reopen. "The nurses are
# back," she said.
_COMMITTEE = """
Kisumu PROPN NNP compound 1 O Kisumu
County PROPN NNP compound 3 O County
CEC PROPN NNP compound 3 B-ORG CEC
Member PROPN NNP ROOT 3 O Member
for ADP IN prep 3 O for
Health PROPN NNP compound 6 O Health
Jane PROPN NNP punct 3 O Jane
Achieng PROPN NNP nsubj 8 O Achieng
said VERB VBD ROOT 8 O say
the DET DT det 10 O the
clinics NOUN NNS nsubj 12 O clinic
would AUX MD aux 12 O would
reopen VERB VB ccomp 8 O reopen _
. PUNCT . punct 8 O .
" PUNCT `` punct 22 O " _
The DET DT det 16 O the
nurses NOUN NNS nsubj 17 O nurse
are AUX VBP ccomp 22 O be
back ADV RB advmod 17 O back _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
she PRON PRP nsubj 22 O she
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""
# "The stalls are ready," Kisumu County CECM for Trade Jane Achieng told traders.
_MEMBER = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
stalls NOUN NNS nsubj 3 O stall
are AUX VBP ccomp 9 O be
ready ADJ JJ acomp 3 O ready _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
Kisumu PROPN NNP compound 8 O Kisumu
County PROPN NNP compound 9 O County
CECM VERB VBZ nmod 13 O CECM
for ADP IN prep 9 O for
Trade PROPN NNP compound 12 O Trade
Jane PROPN NNP compound 13 B-PERSON Jane
Achieng PROPN NNP nsubj 14 I-PERSON Achieng
told VERB VBD ROOT 14 O tell
traders NOUN NNS dobj 14 O trader _
. PUNCT . punct 14 O . _
"""
# The Kisumu County CEC Member for Health, Jane Achieng, said the clinics would reopen. "The
# nurses are back," she said.
_APPOSED = """
The DET DT det 4 B-ORG the
Kisumu PROPN NNP compound 2 I-ORG Kisumu
County PROPN NNP compound 4 I-ORG County
CEC PROPN NNP compound 4 I-ORG CEC
Member PROPN NNP nsubj 11 O Member
for ADP IN prep 4 O for
Health PROPN NNP pobj 5 O Health _
, PUNCT , punct 4 O ,
Jane PROPN NNP compound 9 B-PERSON Jane
Achieng PROPN NNP appos 4 I-PERSON Achieng _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 11 O say
the DET DT det 13 O the
clinics NOUN NNS nsubj 15 O clinic
would AUX MD aux 15 O would
reopen VERB VB ccomp 11 O reopen _
. PUNCT . punct 11 O .
" PUNCT `` punct 25 O " _
The DET DT det 19 O the
nurses NOUN NNS nsubj 20 O nurse
are AUX VBP ccomp 25 O be
back ADV RB advmod 20 O back _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
she PRON PRP nsubj 25 O she
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""
# CECM Agriculture Jane Achieng said the seed would arrive on Monday. "Farmers will not wait," she
# said.
_OPENING = """
CECM PROPN NNP compound 2 O CECM
Agriculture PROPN NNP compound 2 O Agriculture
Jane PROPN NNP compound 3 B-PERSON Jane
Achieng PROPN NNP nsubj 4 I-PERSON Achieng
said VERB VBD ROOT 4 O say
the DET DT det 6 O the
seed NOUN NN nsubj 8 O seed
would AUX MD aux 8 O would
arrive VERB VB ccomp 4 O arrive
on ADP IN prep 8 O on
Monday PROPN NNP pobj 9 B-DATE Monday _
. PUNCT . punct 4 O .
" PUNCT `` punct 20 O " _
Farmers PROPN NNP nsubj 16 B-ORG Farmers
will AUX MD aux 16 O will
not PART RB neg 16 O not
wait VERB VB ccomp 20 O wait _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
she PRON PRP nsubj 20 O she
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""




def test_the_committees_letters_after_the_county_name_its_government() -> None:
    assert who_of(_COMMITTEE) == [("Jane Achieng", "CEC Member for Health", "Kisumu County")]


def test_the_members_letters_after_the_county() -> None:
    assert who_of(_MEMBER) == [("Jane Achieng", "CECM for Trade", "Kisumu County")]


def test_the_county_not_its_committee_tagged_with_it() -> None:
    assert who_of(_APPOSED) == [("Jane Achieng", "CEC Member for Health", "Kisumu County")]


def test_the_members_letters_keep_their_capitals_opening_a_paragraph() -> None:
    assert who_of(_OPENING) == [("Jane Achieng", "CECM Agriculture", "")]
