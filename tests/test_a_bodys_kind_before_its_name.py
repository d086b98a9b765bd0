"""`the` and a body's kind in small letters or capitals before its name, tagged whole (`of the
NGO Ziwa Hai`), say what the body is and are no part of its name: *Ziwa Hai*; a name's own word
in capitals stays (`the Group Against Hunger`). So is a kind in small letters (its first word in
capitals only as the sentence's first) closed by a body's noun: `trade union Unite's general
secretary`, `Lobby group Business Unity South Africa's chief executive`. Frozen parses of
sentences written for this file (see tests/frozen.py), through the whole extractor.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Residents of Kisumu protested on Monday against a plan to fill in wetland near the lake. "The birds
# will have nowhere to go," said conservationist Akinyi Odhiambo of the NGO Ziwa Hai.
_NGO = """
Residents NOUN NNS nsubj 3 O resident
of ADP IN prep 0 O of
Kisumu PROPN NNP pobj 1 O Kisumu
protested VERB VBD ROOT 3 O protest
on ADP IN prep 3 O on
Monday PROPN NNP pobj 4 B-DATE Monday
against ADP IN prep 3 O against
a DET DT det 8 O a
plan NOUN NN pobj 6 O plan
to PART TO aux 10 O to
fill VERB VB acl 8 O fill
in ADP RP prt 10 O in
wetland NOUN NN dobj 10 O wetland
near ADP IN prep 10 O near
the DET DT det 15 O the
lake NOUN NN pobj 13 O lake _
. PUNCT . punct 3 O .
" PUNCT `` punct 27 O " _
The DET DT det 19 O the
birds NOUN NNS nsubj 21 O bird
will AUX MD aux 21 O will
have VERB VB ccomp 27 O have
nowhere ADV RB advmod 21 O nowhere
to PART TO aux 24 O to
go VERB VB xcomp 22 O go _
, PUNCT , punct 27 O , _
" PUNCT '' punct 27 O "
said VERB VBD ROOT 27 O say
conservationist NOUN NN compound 30 O conservationist
Akinyi PROPN NNP compound 30 B-PERSON Akinyi
Odhiambo PROPN NNP nsubj 27 I-PERSON Odhiambo
of ADP IN prep 30 O of
the DET DT det 35 B-ORG the
NGO PROPN NNP compound 35 I-ORG NGO
Ziwa PROPN NNP compound 35 I-ORG Ziwa
Hai PROPN NNP pobj 31 I-ORG Hai _
. PUNCT . punct 27 O . _
"""


# Officials were upbeat. But trade union Unite's general secretary, Sharon Graham, said the deal
# was "a betrayal".
_UNION = """
Officials NOUN NNS nsubj 1 O official
were AUX VBD ROOT 1 O be
upbeat ADJ JJ acomp 1 O upbeat _
. PUNCT . punct 1 O .
But CCONJ CC cc 15 O but
trade NOUN NN compound 6 O trade
union NOUN NN compound 7 O union
Unite PROPN NNP poss 10 B-ORG Unite _
's PART POS case 7 O 's
general ADJ JJ amod 10 O general
secretary NOUN NN nsubj 15 O secretary _
, PUNCT , punct 10 O ,
Sharon PROPN NNP compound 13 B-PERSON Sharon
Graham PROPN NNP appos 10 I-PERSON Graham _
, PUNCT , punct 10 O ,
said VERB VBD ROOT 15 O say
the DET DT det 17 O the
deal NOUN NN nsubj 18 O deal
was AUX VBD ccomp 15 O be
" PUNCT `` punct 18 O " _
a DET DT det 21 O a
betrayal NOUN NN attr 18 O betrayal _
" PUNCT '' punct 18 O " _
. PUNCT . punct 15 O . _
"""

# Lobby group Business Unity South Africa's chief executive, Cas Coovadia, said the deal was "a
# betrayal".
_LOBBY = """
Lobby NOUN NN compound 1 B-ORG lobby
group NOUN NN compound 5 I-ORG group
Business PROPN NNP compound 3 B-ORG Business
Unity PROPN NNP compound 5 I-ORG Unity
South PROPN NNP compound 5 I-ORG South
Africa PROPN NNP poss 8 I-ORG Africa _
's PART POS case 5 I-ORG 's
chief ADJ JJ amod 8 O chief
executive NOUN NN nsubj 13 O executive _
, PUNCT , punct 8 O ,
Cas PROPN NNP compound 11 B-PERSON Cas
Coovadia PROPN NNP appos 8 I-PERSON Coovadia _
, PUNCT , punct 8 O ,
said VERB VBD ROOT 13 O say
the DET DT det 15 O the
deal NOUN NN nsubj 16 O deal
was AUX VBD ccomp 13 O be
" PUNCT `` punct 16 O " _
a DET DT det 19 O a
betrayal NOUN NN attr 16 O betrayal _
" PUNCT '' punct 16 O " _
. PUNCT . punct 13 O . _
"""

# The Group Against Hunger's director, Mary Obi, said the cuts were "cruel".
_CAMPAIGN = """
The DET DT det 1 B-ORG the
Group PROPN NNP nsubj 10 I-ORG Group
Against PROPN NNP prep 1 I-ORG Against
Hunger PROPN NNP poss 5 I-ORG Hunger _
's PART POS case 3 I-ORG 's
director NOUN NN pobj 2 O director _
, PUNCT , punct 1 O ,
Mary PROPN NNP compound 8 B-PERSON Mary
Obi PROPN NNP appos 1 I-PERSON Obi _
, PUNCT , punct 1 O ,
said VERB VBD ROOT 10 O say
the DET DT det 12 O the
cuts NOUN NNS nsubj 13 O cut
were AUX VBD ccomp 10 O be
" PUNCT `` punct 13 O " _
cruel ADJ JJ acomp 13 O cruel _
" PUNCT '' punct 13 O " _
. PUNCT . punct 10 O . _
"""


def test_a_bodys_kind_before_its_name_is_no_part_of_it() -> None:
    rows = Extractor().rows(frozen(_NGO))
    assert [(r.speaker, r.organization) for r in rows] == [("Akinyi Odhiambo", "Ziwa Hai")]


def test_a_kind_in_small_letters_is_no_part_of_the_name() -> None:
    rows = Extractor().rows(frozen(_UNION))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Sharon Graham", "general secretary", "Unite")
    ]


def test_a_kind_opening_the_sentence_is_no_part_of_the_name() -> None:
    rows = Extractor().rows(frozen(_LOBBY))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Cas Coovadia", "chief executive", "Business Unity South Africa")
    ]


def test_a_names_own_noun_in_capitals_stays() -> None:
    rows = Extractor().rows(frozen(_CAMPAIGN))
    assert [(r.speaker, r.organization) for r in rows] == [("Mary Obi", "Group Against Hunger")]
