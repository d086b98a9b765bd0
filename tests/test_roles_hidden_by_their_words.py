"""Roles the words around a title hid: a place the tagger called a person after `from` is where
one lives (`a dairy farmer from Normandy`); `According to` opens no apposition (`According to the
city's mayoral committee member for health, X,`); a brief in small letters in brackets after a
job (`general secretary (communications) X`); a portfolio listed with commas after a minister's
`of` (`Minister of Youth, Sports and Community Empowerment X`). Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We are working at a loss," said Jean-Pierre Morel, 52, a dairy farmer from Normandy. (`Normandy`
# tagged a person.)
_FARMER = """
" PUNCT `` punct 9 O " _
We PRON PRP nsubj 3 O we
are AUX VBP aux 3 O be
working VERB VBG ccomp 9 O work
at ADP IN prep 3 O at
a DET DT det 6 O a
loss NOUN NN pobj 4 O loss _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Jean PROPN NNP compound 13 B-PERSON Jean _
- PUNCT HYPH punct 13 I-PERSON - _
Pierre PROPN NNP compound 13 I-PERSON Pierre
Morel PROPN NNP nsubj 9 I-PERSON Morel _
, PUNCT , punct 13 O ,
52 NUM CD appos 13 B-DATE 52 _
, PUNCT , punct 13 O ,
a DET DT det 19 O a
dairy NOUN NN compound 19 O dairy
farmer NOUN NN appos 13 O farmer
from ADP IN prep 19 O from
Normandy PROPN NNP pobj 20 B-PERSON Normandy _
. PUNCT . punct 9 O . _"""

# According to the city's mayoral committee member for health, Sipho Dlamini, the city has set
# aside R2-billion. "This is not a quick fix," Dlamini said.
_ACCORDING = """
According VERB VBG prep 17 O accord
to ADP IN prep 0 O to
the DET DT det 3 O the
city NOUN NN poss 7 O city _
's PART POS case 3 O 's
mayoral ADJ JJ amod 7 O mayoral
committee NOUN NN compound 7 O committee
member NOUN NN pobj 1 O member
for ADP IN prep 7 O for
health NOUN NN pobj 8 O health _
, PUNCT , punct 7 O ,
Sipho PROPN NNP compound 12 B-PERSON Sipho
Dlamini PROPN NNP appos 7 I-PERSON Dlamini _
, PUNCT , punct 17 O ,
the DET DT det 15 O the
city NOUN NN nsubj 17 O city
has AUX VBZ aux 17 O have
set VERB VBN ROOT 17 O set
aside ADV RB advmod 17 O aside
R2 PROPN NNP compound 21 B-MONEY R2 _
- PUNCT HYPH punct 21 I-MONEY - _
billion NUM CD dobj 17 I-MONEY billion _
. PUNCT . punct 17 O .
" PUNCT `` punct 33 O " _
This PRON DT nsubj 25 O this
is AUX VBZ ccomp 33 O be
not PART RB neg 25 O not
a DET DT det 29 O a
quick ADJ JJ amod 29 O quick
fix NOUN NN attr 25 O fix _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
Dlamini PROPN NNP nsubj 33 B-ORG Dlamini
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _"""

# Party general secretary (communications) Arjun Mehta said in a post that the government "was busy
# flagging off trains".
_BRACKET = """
Party PROPN NNP nmod 2 O Party
general ADJ JJ amod 2 O general
secretary NOUN NN nsubj 8 O secretary
( PUNCT -LRB- punct 2 O ( _
communications NOUN NNS appos 2 O communication _
) PUNCT -RRB- punct 2 O )
Arjun PROPN NNP compound 7 B-PERSON Arjun
Mehta PROPN NNP nsubj 8 I-PERSON Mehta
said VERB VBD ROOT 8 O say
in ADP IN prep 8 O in
a DET DT det 11 O a
post NOUN NN pobj 9 O post
that SCONJ IN mark 16 O that
the DET DT det 14 O the
government NOUN NN nsubj 16 O government
" PUNCT `` punct 16 O " _
was AUX VBD ccomp 8 O be
busy ADJ JJ acomp 16 O busy
flagging VERB VBG xcomp 17 O flag
off ADP RP prt 18 O off
trains NOUN NNS dobj 18 O train _
" PUNCT '' punct 8 O " _
. PUNCT . punct 8 O . _"""

# Minister of Youth, Sports and Community Empowerment Kevin Walcott-Moore, who watched from the
# stands, described the win as "a tonic for the whole island".
_YOUTH = """
Minister PROPN NNP nmod 11 O Minister
of ADP IN prep 0 O of
Youth PROPN NNP pobj 1 B-ORG Youth _
, PUNCT , punct 2 I-ORG ,
Sports PROPN NNPS conj 2 I-ORG Sports
and CCONJ CC cc 4 I-ORG and
Community PROPN NNP compound 7 I-ORG Community
Empowerment PROPN NNP conj 4 O Empowerment
Kevin PROPN NNP compound 11 B-PERSON Kevin
Walcott PROPN NNP compound 11 I-PERSON Walcott _
- PUNCT HYPH punct 11 I-PERSON - _
Moore PROPN NNP nsubj 19 I-PERSON Moore _
, PUNCT , punct 11 O ,
who PRON WP nsubj 14 O who
watched VERB VBD relcl 11 O watch
from ADP IN prep 14 O from
the DET DT det 17 O the
stands NOUN NNS pobj 15 O stand _
, PUNCT , punct 11 O ,
described VERB VBD ROOT 19 O describe
the DET DT det 21 O the
win NOUN NN dobj 19 O win
as ADP IN prep 19 O as
" PUNCT `` punct 25 O " _
a DET DT det 25 O a
tonic NOUN NN pobj 22 O tonic
for ADP IN prep 25 O for
the DET DT det 29 O the
whole ADJ JJ amod 29 O whole
island NOUN NN pobj 26 O island _
" PUNCT '' punct 19 O " _
. PUNCT . punct 19 O . _"""


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        (_FARMER, ("Jean-Pierre Morel", "dairy farmer")),
        (_ACCORDING, ("Sipho Dlamini", "mayoral committee member for health")),
        (_BRACKET, ("Arjun Mehta", "Party general secretary")),
        (_YOUTH, ("Kevin Walcott-Moore", "Minister of Youth, Sports and Community Empowerment")),
    ],
    ids=["residence-tagged-a-person", "according-to", "brief-in-brackets", "portfolio-after-of"],
)
def test_the_role_the_words_around_a_title_hid(spec: str, expected: tuple[str, str]) -> None:
    rows = Extractor().rows(frozen(spec))
    assert {(r.speaker, r.role) for r in rows} == {expected}
