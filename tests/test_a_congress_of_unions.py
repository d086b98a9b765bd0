"""`the federation's general secretary` after `the Congress of South African Trade Unions`, `the
union's` after `the Nigeria Labour Congress`: a congress of labour is a federation of unions,
called by either noun; a member union the story names, headed by `union`, comes first. Frozen
parses of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Congress of South African Trade Unions has threatened a strike. "Workers cannot pay more," said
# Zwelinzima Vavi, the federation's general secretary.
_FEDERATION = """
The DET DT det 1 B-ORG the
Congress PROPN NNP nsubj 8 I-ORG Congress
of ADP IN prep 1 I-ORG of
South PROPN NNP compound 4 I-ORG South
African PROPN NNP compound 6 I-ORG African
Trade PROPN NNP compound 6 I-ORG Trade
Unions PROPN NNPS pobj 2 I-ORG Unions
has AUX VBZ aux 8 O have
threatened VERB VBN ROOT 8 O threaten
a DET DT det 10 O a
strike NOUN NN dobj 8 O strike _
. PUNCT . punct 8 O .
" PUNCT `` punct 20 O " _
Workers NOUN NNS nsubj 16 O worker
can AUX MD aux 16 O can _
not PART RB neg 16 O not
pay VERB VB ccomp 20 O pay
more ADJ JJR dobj 16 O more _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
Zwelinzima PROPN NNP compound 22 B-PERSON Zwelinzima
Vavi PROPN NNP nsubj 20 I-PERSON Vavi _
, PUNCT , punct 22 O ,
the DET DT det 25 O the
federation NOUN NN poss 28 O federation _
's PART POS case 25 O 's
general ADJ JJ amod 28 O general
secretary NOUN NN appos 22 O secretary _
. PUNCT . punct 20 O . _
"""

# The Nigeria Labour Congress has threatened a strike. "Workers cannot pay more," said Emma Ugboaja, the
# union's general secretary.
_CONGRESS = """
The DET DT det 3 B-ORG the
Nigeria PROPN NNP compound 3 I-ORG Nigeria
Labour PROPN NNP compound 3 I-ORG Labour
Congress PROPN NNP nsubj 5 I-ORG Congress
has AUX VBZ aux 5 O have
threatened VERB VBN ROOT 5 O threaten
a DET DT det 7 O a
strike NOUN NN dobj 5 O strike _
. PUNCT . punct 5 O .
" PUNCT `` punct 17 O " _
Workers NOUN NNS nsubj 13 O worker
can AUX MD aux 13 O can _
not PART RB neg 13 O not
pay VERB VB ccomp 17 O pay
more ADJ JJR dobj 13 O more _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
Emma PROPN NNP compound 19 B-PERSON Emma
Ugboaja PROPN NNP nsubj 17 I-PERSON Ugboaja _
, PUNCT , punct 19 O ,
the DET DT det 22 O the
union NOUN NN poss 25 O union _
's PART POS case 22 O 's
general ADJ JJ amod 25 O general
secretary NOUN NN appos 19 O secretary _
. PUNCT . punct 17 O . _
"""

# The National Union of Mineworkers, a member of the Congress of South African Trade Unions, has threatened
# a strike. "Workers cannot pay more," said Mike Dlamini, the union's general secretary.
_MEMBER_UNION = """
The DET DT det 2 B-ORG the
National PROPN NNP compound 2 I-ORG National
Union PROPN NNP nsubj 18 I-ORG Union
of ADP IN prep 2 I-ORG of
Mineworkers PROPN NNPS pobj 3 I-ORG Mineworkers _
, PUNCT , punct 2 O ,
a DET DT det 7 O a
member NOUN NN appos 2 O member
of ADP IN prep 7 O of
the DET DT det 10 B-ORG the
Congress PROPN NNP pobj 8 I-ORG Congress
of ADP IN prep 10 I-ORG of
South PROPN NNP compound 13 I-ORG South
African PROPN NNP compound 15 I-ORG African
Trade PROPN NNP compound 15 I-ORG Trade
Unions PROPN NNPS pobj 11 I-ORG Unions _
, PUNCT , punct 2 O ,
has AUX VBZ aux 18 O have
threatened VERB VBN ROOT 18 O threaten
a DET DT det 20 O a
strike NOUN NN dobj 18 O strike _
. PUNCT . punct 18 O .
" PUNCT `` punct 30 O " _
Workers NOUN NNS nsubj 26 O worker
can AUX MD aux 26 O can _
not PART RB neg 26 O not
pay VERB VB ccomp 30 O pay
more ADJ JJR dobj 26 O more _
, PUNCT , punct 30 O , _
" PUNCT '' punct 30 O "
said VERB VBD ROOT 30 O say
Mike PROPN NNP compound 32 B-PERSON Mike
Dlamini PROPN NNP nsubj 30 I-PERSON Dlamini _
, PUNCT , punct 32 O ,
the DET DT det 35 O the
union NOUN NN poss 38 O union _
's PART POS case 35 O 's
general ADJ JJ amod 38 O general
secretary NOUN NN appos 32 O secretary _
. PUNCT . punct 30 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_the_federation_is_the_congress_of_unions() -> None:
    body = "Congress of South African Trade Unions"
    assert _rows(_FEDERATION) == [("Zwelinzima Vavi", "general secretary", body)]


def test_the_union_is_the_labour_congress() -> None:
    assert _rows(_CONGRESS) == [("Emma Ugboaja", "general secretary", "Nigeria Labour Congress")]


def test_a_member_union_named_comes_first() -> None:
    assert _rows(_MEMBER_UNION) == [("Mike Dlamini", "general secretary", "National Union of Mineworkers")]
