"""A given name the lists lack, left untagged between a title and a surname of two words tagged
without it (`TGMA President Shafiqur` + `Rahman Chowdhury`), opens the name; so does any plain
word in capitals the tagger left untagged after an office's title or a seat's letters (`Labour
TD Aodhán` + `Byrne`), with a given name's second syllable after a hyphen (`Superintendent Lam
Wai-kit`, untagged); and a given name the tagger took for a place, set beside a role after its
comma (`Senior Minister for Water Supply and Sanitation, Farzana` + `Begum Qureshi,`); and a
surname tagged alone after given names left untagged is theirs (`Dr Ama Serwaa` + `Boateng`). Frozen
parses of sentences written for this file (see tests/frozen.py; some tags set by hand as the
tagger tags such names), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Our margins are razor-thin," TGMA President Shafiqur Rahman Chowdhury said on Sunday.
_CHOWDHURY = """
" PUNCT `` punct 14 O " _
Our PRON PRP$ poss 2 O our
margins NOUN NNS nsubj 3 O margin
are AUX VBP ccomp 14 O be
razor NOUN NN npadvmod 6 O razor _
- PUNCT HYPH punct 6 O - _
thin ADJ JJ acomp 3 O thin _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
TGMA PROPN NNP compound 10 B-ORG TGMA
President PROPN NNP compound 11 O President
Shafiqur PROPN NNP compound 13 O Shafiqur
Rahman PROPN NNP compound 13 B-PERSON Rahman
Chowdhury PROPN NNP nsubj 14 I-PERSON Chowdhury
said VERB VBD ROOT 14 O say
on ADP IN prep 14 O on
Sunday PROPN NNP pobj 15 B-DATE Sunday _
. PUNCT . punct 14 O . _
"""


def test_an_unknown_given_name_after_a_title_opens_the_name() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_CHOWDHURY))]
    assert rows == [("Shafiqur Rahman Chowdhury", "President")]


# Labour TD Aodhán Byrne yesterday welcomed the vote. "This is what a city for people looks like,"
# he said.
_SEAT = """
Labour NOUN NN compound 1 O labour
TD PROPN NNP compound 3 O TD
Aodhán PROPN NNP compound 3 O Aodhán
Byrne PROPN NNP nsubj 5 B-PERSON Byrne
yesterday NOUN NN npadvmod 5 B-DATE yesterday
welcomed VERB VBD ROOT 5 O welcome
the DET DT det 7 O the
vote NOUN NN dobj 5 O vote _
. PUNCT . punct 5 O .
" PUNCT `` punct 22 O " _
This PRON DT nsubj 11 O this
is AUX VBZ ccomp 22 O be
what PRON WP pobj 18 O what
a DET DT det 14 O a
city NOUN NN nsubj 17 O city
for ADP IN prep 14 O for
people NOUN NNS pobj 15 O people
looks VERB VBZ ccomp 11 O look
like ADP IN prep 17 O like _
, PUNCT , punct 22 O , _
" PUNCT '' punct 22 O "
he PRON PRP nsubj 22 O he
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_a_word_the_lists_lack_after_a_seats_letters_opens_the_name() -> None:
    assert [(r.speaker, r.role) for r in Extractor().rows(frozen(_SEAT))] == [("Aodhán Byrne", "Labour TD")]


# Superintendent Lam Wai-kit yesterday urged drivers to slow down. "Most crashes happen at night,"
# he said. (The name untagged, by hand.)
_SYLLABLES = """
Superintendent PROPN NNP compound 4 O Superintendent
Lam PROPN NNP compound 4 O Lam
Wai PROPN NNP compound 4 O Wai _
- PUNCT HYPH punct 4 O - _
kit PROPN NNP nsubj 6 O kit
yesterday NOUN NN npadvmod 6 B-DATE yesterday
urged VERB VBD ROOT 6 O urge
drivers NOUN NNS dobj 6 O driver
to PART TO aux 9 O to
slow VERB VB xcomp 6 O slow
down ADP RP prt 9 O down _
. PUNCT . punct 6 O .
" PUNCT `` punct 21 O " _
Most ADJ JJS amod 14 O Most
crashes NOUN NNS nsubj 15 O crash
happen VERB VB ccomp 21 O happen
at ADP IN prep 15 O at
night NOUN NN pobj 16 B-TIME night _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
he PRON PRP nsubj 21 O he
said VERB VBD ROOT 21 O say _
. PUNCT . punct 21 O . _
"""


def test_an_untagged_name_after_a_title_keeps_its_second_syllable() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_SYLLABLES))]
    assert rows == [("Lam Wai-kit", "Superintendent")]


# The city will fix the pipes. Sindh's Senior Minister for Water Supply and Sanitation, Farzana
# Begum Qureshi, told reporters the work would take “a few weeks”.
_PLACE_BESIDE_A_ROLE = """
The DET DT det 1 O the
city NOUN NN nsubj 3 O city
will AUX MD aux 3 O will
fix VERB VB ROOT 3 O fix
the DET DT det 5 O the
pipes NOUN NNS dobj 3 O pipe _
. PUNCT . punct 3 O .
Sindh PROPN NNP poss 10 B-GPE Sindh _
's PART POS case 7 O 's
Senior PROPN NNP compound 10 O Senior
Minister PROPN NNP nsubj 21 O Minister
for ADP IN prep 10 O for
Water PROPN NNP compound 13 O Water
Supply PROPN NNP pobj 11 O Supply
and CCONJ CC cc 13 O and
Sanitation PROPN NNP conj 13 O Sanitation _
, PUNCT , punct 10 O ,
Farzana PROPN NNP compound 19 B-GPE Farzana
Begum PROPN NNP compound 19 B-PERSON Begum
Qureshi PROPN NNP appos 10 I-PERSON Qureshi _
, PUNCT , punct 10 O ,
told VERB VBD ROOT 21 O tell
reporters NOUN NNS dobj 21 O reporter
the DET DT det 24 O the
work NOUN NN nsubj 26 O work
would AUX MD aux 26 O would
take VERB VB ccomp 21 O take
“ PUNCT `` punct 26 O " _
a DET DT det 30 B-DATE a
few ADJ JJ amod 30 I-DATE few
weeks NOUN NNS dobj 26 I-DATE week _
” PUNCT '' punct 26 O " _
. PUNCT . punct 21 O . _
"""


def test_a_given_name_tagged_a_place_beside_a_role_opens_the_name() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_PLACE_BESIDE_A_ROLE))]
    assert rows == [("Farzana Begum Qureshi", "Senior Minister for Water Supply and Sanitation")]


# The roads are to be rebuilt. The Regional Minister (RM) for the Volta Region, Dr Ama Serwaa
# Boateng, described them as “a disgrace”.
_SURNAME_TAGGED_ALONE = """
The DET DT det 1 O the
roads NOUN NNS nsubj 2 O road
are AUX VBP ROOT 2 O be
to PART TO aux 5 O to
be AUX VB auxpass 5 O be
rebuilt VERB VBN xcomp 2 O rebuild _
. PUNCT . punct 2 O .
The DET DT det 9 O the
Regional PROPN NNP compound 9 O Regional
Minister PROPN NNP nsubj 23 O Minister
( PUNCT -LRB- punct 9 O ( _
RM PROPN NNP appos 9 O RM _
) PUNCT -RRB- punct 9 O )
for ADP IN prep 9 O for
the DET DT det 16 B-LOC the
Volta PROPN NNP compound 16 I-LOC Volta
Region PROPN NNP pobj 13 I-LOC Region _
, PUNCT , punct 16 O ,
Dr PROPN NNP compound 21 O Dr
Ama PROPN NNP compound 21 O Ama
Serwaa PROPN NNP compound 21 O Serwaa
Boateng PROPN NNP appos 16 B-PERSON Boateng _
, PUNCT , punct 9 O ,
described VERB VBD ROOT 23 O describe
them PRON PRP dobj 23 O they
as ADP IN prep 23 O as
“ PUNCT `` punct 25 O " _
a DET DT det 28 O a
disgrace NOUN NN pobj 25 O disgrace _
” PUNCT '' punct 23 O " _
. PUNCT . punct 23 O . _
"""


def test_a_surname_tagged_alone_after_untagged_given_names_ends_their_name() -> None:
    rows = [r.speaker for r in Extractor().rows(frozen(_SURNAME_TAGGED_ALONE))]
    assert rows == ["Ama Serwaa Boateng"]
