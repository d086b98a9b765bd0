"""`JR East official X` after `East Japan Railway Company, or JR East, says …`: two or three
words in capitals before a job in small letters that the article sets after a body's name, in
brackets or after `, or`, are that body's short form, whatever the tagger made of them there
(a noun and an adjective, a person): the organisation is the body's full name and the role the
job alone (ROLES.md 5). Words set beside no body's name stay in the role (`West Coast
official`). Frozen parses of sentences written for this file (see tests/frozen.py), through the
whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# West Nippon Expressway Company, or NEXCO West, says 500 vehicles are stuck near Kobe. NEXCO West
# official Mori Akiko said crews would work through the night. "Please stay off the roads," Mori
# said.
_NOUN_AND_ADJECTIVE = """
West PROPN NNP compound 3 B-ORG West
Nippon PROPN NNP compound 3 I-ORG Nippon
Expressway PROPN NNP compound 3 I-ORG Expressway
Company PROPN NNP nsubj 9 I-ORG Company _
, PUNCT , punct 3 O ,
or CCONJ CC cc 3 O or
NEXCO PROPN NNP compound 7 O NEXCO
West PROPN NNP conj 3 O West _
, PUNCT , punct 3 O ,
says VERB VBZ ROOT 9 O say
500 NUM CD nummod 11 B-CARDINAL 500
vehicles NOUN NNS nsubjpass 13 O vehicle
are AUX VBP auxpass 13 O be
stuck VERB VBN ccomp 9 O stick
near ADP IN prep 13 O near
Kobe PROPN NNP pobj 14 B-GPE Kobe _
. PUNCT . punct 9 O .
NEXCO NOUN NN compound 19 O nexco
West PROPN NNP compound 19 O West
official NOUN NN compound 21 O official
Mori PROPN NNP compound 21 B-PERSON Mori
Akiko PROPN NNP nsubj 22 I-PERSON Akiko
said VERB VBD ROOT 22 O say
crews NOUN NNS nsubj 25 O crew
would AUX MD aux 25 O would
work VERB VB ccomp 22 O work
through ADP IN prep 25 O through
the DET DT det 28 B-TIME the
night NOUN NN pobj 26 I-TIME night _
. PUNCT . punct 22 O .
" PUNCT `` punct 32 O " _
Please INTJ UH intj 32 O please
stay VERB VB ccomp 39 O stay
off ADP IN prep 32 O off
the DET DT det 35 O the
roads NOUN NNS pobj 33 O road _
, PUNCT , punct 39 O , _
" PUNCT '' punct 39 O "
Mori PROPN NNP nsubj 39 B-PERSON Mori
said VERB VBD ROOT 39 O say _
. PUNCT . punct 39 O . _
"""
# The Lowland Rail Company, or Rail North, said the line was flooded. Rail North manager Tom Hale
# said the trains would stop. "We have no choice," Hale said.
_TAGGED_A_PERSON = """
The DET DT det 3 B-ORG the
Lowland PROPN NNP compound 2 I-ORG Lowland
Rail PROPN NNP compound 3 I-ORG Rail
Company PROPN NNP nsubj 9 I-ORG Company _
, PUNCT , punct 3 O ,
or CCONJ CC cc 3 O or
Rail PROPN NNP compound 7 B-PERSON Rail
North PROPN NNP conj 3 I-PERSON North _
, PUNCT , punct 3 O ,
said VERB VBD ROOT 9 O say
the DET DT det 11 O the
line NOUN NN nsubjpass 13 O line
was AUX VBD auxpass 13 O be
flooded VERB VBN ccomp 9 O flood _
. PUNCT . punct 9 O .
Rail NOUN NN compound 16 B-PERSON rail
North PROPN NNP compound 17 I-PERSON North
manager NOUN NN compound 19 O manager
Tom PROPN NNP compound 19 B-PERSON Tom
Hale PROPN NNP nsubj 20 I-PERSON Hale
said VERB VBD ROOT 20 O say
the DET DT det 22 O the
trains NOUN NNS nsubj 24 O train
would AUX MD aux 24 O would
stop VERB VB ccomp 20 O stop _
. PUNCT . punct 20 O .
" PUNCT `` punct 34 O " _
We PRON PRP nsubj 28 O we
have VERB VBP ccomp 34 O have
no DET DT det 30 O no
choice NOUN NN dobj 28 O choice _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
Hale PROPN NNP nsubj 34 B-PERSON Hale
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""
# The West Coast has had heavy snow since Monday. West Coast official Mere Tane said crews would
# work through the night. "Please stay off the roads," Tane said.
_A_REGION_NO_SHORT_FORM = """
The DET DT det 2 B-LOC the
West PROPN NNP compound 2 I-LOC West
Coast PROPN NNP nsubj 4 I-LOC Coast
has AUX VBZ aux 4 O have
had VERB VBN ROOT 4 O have
heavy ADJ JJ amod 6 O heavy
snow NOUN NN dobj 4 O snow
since SCONJ IN prep 4 O since
Monday PROPN NNP pobj 7 B-DATE Monday _
. PUNCT . punct 4 O .
West PROPN NNP compound 11 B-LOC West
Coast PROPN NNP compound 12 I-LOC Coast
official NOUN NN compound 14 O official
Mere PROPN NNP compound 14 B-PERSON Mere
Tane PROPN NNP nsubj 15 I-PERSON Tane
said VERB VBD ROOT 15 O say
crews NOUN NNS nsubj 18 O crew
would AUX MD aux 18 O would
work VERB VB ccomp 15 O work
through ADP IN prep 18 O through
the DET DT det 21 B-TIME the
night NOUN NN pobj 19 I-TIME night _
. PUNCT . punct 15 O .
" PUNCT `` punct 25 O " _
Please INTJ UH intj 25 O please
stay VERB VB ccomp 32 O stay
off ADP IN prep 25 O off
the DET DT det 28 O the
roads NOUN NNS pobj 26 O road _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
Tane PROPN NNP nsubj 32 B-PERSON Tane
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""




def test_a_short_form_read_as_a_noun_and_an_adjective_is_the_body() -> None:
    assert who_of(_NOUN_AND_ADJECTIVE) == [("Mori Akiko", "official", "West Nippon Expressway Company")]


def test_a_short_form_tagged_a_person_is_the_body() -> None:
    assert who_of(_TAGGED_A_PERSON) == [("Tom Hale", "manager", "Lowland Rail Company")]


def test_words_set_beside_no_body_stay_in_the_role() -> None:
    assert who_of(_A_REGION_NO_SHORT_FORM) == [("Mere Tane", "West Coast official", "")]
