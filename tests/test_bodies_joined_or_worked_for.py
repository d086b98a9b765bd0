"""A body a verb ties a person to in a sentence of its own, each from a frozen parse of a sentence
written for this file (see tests/frozen.py), through the whole extractor:

- `Analyst X works for Kestrel Capital`: the body one works for now is the organisation (it was
  none: only `who works for Y` gave it); `worked for Y until 2019` is a job left, and gives none;
- `Economist X, 45, joined the Meridian Bank in 2010`: a body joined, with no post `as`, is the
  person's since (it was none); `will join Lenton Council next month` gives none; `joined the
  bank in 2010` after `Meridian Bank cut …` joined the bank the article names so;
- `Winger X scored … X, who joined Harbour United from Kestrel Vale`, the club tagged a person:
  a name ending in a body's noun is the body joined.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


_WORKS_FOR_A_BODY = """
Analyst PROPN NNP compound 2 O Analyst
Tom PROPN NNP compound 2 B-PERSON Tom
Berg PROPN NNP nsubj 3 I-PERSON Berg
works VERB VBZ ROOT 3 O work
for ADP IN prep 3 O for
Kestrel PROPN NNP compound 6 B-ORG Kestrel
Capital PROPN NNP pobj 4 I-ORG Capital _
. PUNCT . punct 3 O .
“ PUNCT `` punct 9 O " _
Sell VERB VB ccomp 15 O sell
the DET DT det 11 O the
shares NOUN NNS dobj 9 O share _
, PUNCT , punct 15 O , _
” PUNCT '' punct 15 O "
Berg PROPN NNP nsubj 15 B-PERSON Berg
said VERB VBD ROOT 15 O say _
. PUNCT . punct 15 O . _
"""

_JOINED_A_BODY = """
Economist NOUN NN compound 2 O economist
Sara PROPN NNP compound 2 B-PERSON Sara
Lind PROPN NNP nsubj 6 I-PERSON Lind _
, PUNCT , punct 2 O ,
45 NUM CD appos 2 B-DATE 45 _
, PUNCT , punct 2 O ,
joined VERB VBD ROOT 6 O join
the DET DT det 9 B-ORG the
Meridian PROPN NNP compound 9 I-ORG Meridian
Bank PROPN NNP dobj 6 I-ORG Bank
in ADP IN prep 6 O in
2010 NUM CD pobj 10 B-DATE 2010 _
. PUNCT . punct 6 O .
“ PUNCT `` punct 20 O " _
Rates NOUN NNS nsubj 16 O rate
will AUX MD aux 16 O will
rise VERB VB ccomp 20 O rise _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
Lind PROPN NNP nsubj 20 O Lind
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

_JOINED_A_CLUB_TAGGED_A_PERSON = """
Winger PROPN NNP compound 2 B-ORG Winger
Sione PROPN NNP compound 2 I-ORG Sione
Vuki PROPN NNP nsubj 3 I-ORG Vuki
scored VERB VBD ROOT 3 O score
twice ADV RB advmod 3 O twice
on ADP IN prep 3 O on
Saturday PROPN NNP pobj 5 B-DATE Saturday _
. PUNCT . punct 3 O .
Vuki PROPN NNP nsubjpass 21 B-PERSON Vuki _
, PUNCT , punct 8 O ,
who PRON WP nsubj 11 O who
joined VERB VBD relcl 8 O join
Harbour PROPN NNP compound 13 B-PERSON Harbour
United PROPN NNP dobj 11 I-PERSON United
from ADP IN prep 11 O from
Kestrel PROPN NNP compound 16 B-GPE Kestrel
Vale PROPN NNP pobj 14 I-GPE Vale
last ADJ JJ amod 18 B-DATE last
year NOUN NN npadvmod 11 I-DATE year _
, PUNCT , punct 8 O ,
was AUX VBD auxpass 21 O be
named VERB VBN ROOT 21 O name
man NOUN NN oprd 21 O man
of ADP IN prep 22 O of
the DET DT det 25 O the
match NOUN NN pobj 23 O match _
. PUNCT . punct 21 O .
“ PUNCT `` punct 34 O " _
I PRON PRP nsubj 30 O I
just ADV RB advmod 30 O just
ran VERB VBD ccomp 34 O run _
, PUNCT , punct 34 O , _
” PUNCT '' punct 34 O "
Vuki PROPN NNP nsubj 34 B-PERSON Vuki
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""

_WILL_JOIN_A_BODY = """
Planner PROPN NNP compound 2 O Planner
Jo PROPN NNP compound 2 B-PERSON Jo
Kerr PROPN NNP nsubj 4 I-PERSON Kerr
will AUX MD aux 4 O will
join VERB VB ROOT 4 O join
Lenton PROPN NNP compound 6 B-ORG Lenton
Council PROPN NNP dobj 4 I-ORG Council
next ADJ JJ amod 8 B-DATE next
month NOUN NN npadvmod 4 I-DATE month _
. PUNCT . punct 4 O .
“ PUNCT `` punct 17 O " _
Build VERB VB ccomp 17 O build
more ADJ JJR amod 13 O more
homes NOUN NNS dobj 11 O home _
, PUNCT , punct 17 O , _
” PUNCT '' punct 17 O "
Kerr PROPN NNP nsubj 17 B-PERSON Kerr
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""

_WORKED_FOR_A_BODY = """
Analyst PROPN NNP compound 2 O Analyst
Ann PROPN NNP compound 2 B-PERSON Ann
Moss PROPN NNP nsubj 3 I-PERSON Moss
worked VERB VBD ROOT 3 O work
for ADP IN prep 3 O for
Kestrel PROPN NNP compound 6 B-ORG Kestrel
Capital PROPN NNP pobj 4 I-ORG Capital
until ADP IN prep 3 O until
2019 NUM CD pobj 7 B-DATE 2019 _
. PUNCT . punct 3 O .
“ PUNCT `` punct 17 O " _
Buy VERB VB ccomp 17 O buy
the DET DT det 13 O the
shares NOUN NNS dobj 11 O share _
, PUNCT , punct 17 O , _
” PUNCT '' punct 17 O "
Moss PROPN NNP nsubj 17 B-PERSON Moss
said VERB VBD ROOT 17 O say _
. PUNCT . punct 17 O . _
"""


_JOINED_THE_BANK = """
Meridian PROPN NNP compound 1 B-ORG Meridian
Bank PROPN NNP nsubj 4 I-ORG Bank
on ADP IN prep 4 O on
Monday PROPN NNP pobj 2 B-DATE Monday
cut VERB VBD ROOT 4 O cut
its PRON PRP$ poss 7 O its
growth NOUN NN compound 7 O growth
forecast NOUN NN dobj 4 O forecast _
. PUNCT . punct 4 O .
Sara PROPN NNP compound 10 B-PERSON Sara
Lind PROPN NNP nsubj 14 I-PERSON Lind _
, PUNCT , punct 10 O ,
45 NUM CD appos 10 B-DATE 45 _
, PUNCT , punct 10 O ,
joined VERB VBD ROOT 14 O join
the DET DT det 16 O the
bank NOUN NN dobj 14 O bank
in ADP IN prep 14 O in
2010 NUM CD pobj 17 B-DATE 2010 _
. PUNCT . punct 14 O .
“ PUNCT `` punct 27 O " _
Rates NOUN NNS nsubj 23 O rate
will AUX MD aux 23 O will
rise VERB VB ccomp 27 O rise _
, PUNCT , punct 27 O , _
” PUNCT '' punct 27 O "
Lind PROPN NNP nsubj 27 O Lind
said VERB VBD ROOT 27 O say _
. PUNCT . punct 27 O . _
"""


def test_the_body_one_works_for_now_is_the_organisation() -> None:
    assert who(_WORKS_FOR_A_BODY) == [("Tom Berg", "Analyst", "Kestrel Capital")]


def test_a_body_worked_for_before_is_none() -> None:
    assert who(_WORKED_FOR_A_BODY) == [("Ann Moss", "Analyst", "")]


def test_a_body_joined_is_the_organisation() -> None:
    assert who(_JOINED_A_BODY) == [("Sara Lind", "Economist", "Meridian Bank")]


def test_a_body_only_to_be_joined_is_none() -> None:
    assert who(_WILL_JOIN_A_BODY) == [("Jo Kerr", "Planner", "")]


def test_a_club_joined_tagged_a_person_is_the_organisation() -> None:
    assert who(_JOINED_A_CLUB_TAGGED_A_PERSON) == [("Sione Vuki", "Winger", "Harbour United")]


def test_a_body_joined_by_its_noun_is_the_one_the_article_names_so() -> None:
    assert who(_JOINED_THE_BANK) == [("Sara Lind", "", "Meridian Bank")]
