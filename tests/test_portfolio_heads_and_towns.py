"""An office held for a portfolio, set before a name, is the role whole when the parser made a
word of the portfolio its head (`The Senior Minister for Environment Protection and Climate
Change, X,`); a town named before its noun is where a person works or lives, no part of the role
(`a trader in Mubende town`). Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Smog covered the city again. The Senior Minister for Environment Protection and Climate Change,
# Farah Naz Qureshi, told reporters the government would comply "in letter and spirit".
_SENIOR_MINISTER = """
Smog PROPN NNP nsubj 1 O Smog
covered VERB VBD ROOT 1 O cover
the DET DT det 3 O the
city NOUN NN dobj 1 O city
again ADV RB advmod 1 O again _
. PUNCT . punct 1 O .
The DET DT det 8 O the
Senior PROPN NNP compound 8 O Senior
Minister PROPN NNP nmod 11 O Minister
for ADP IN prep 8 O for
Environment PROPN NNP pobj 9 O Environment
Protection PROPN NNP nsubj 20 O Protection
and CCONJ CC cc 11 O and
Climate PROPN NNP compound 14 O Climate
Change PROPN NNP conj 11 O Change _
, PUNCT , punct 11 O ,
Farah PROPN NNP compound 18 B-PERSON Farah
Naz PROPN NNP compound 18 I-PERSON Naz
Qureshi PROPN NNP appos 11 I-PERSON Qureshi _
, PUNCT , punct 11 O ,
told VERB VBD ROOT 20 O tell
reporters NOUN NNS dobj 20 O reporter
the DET DT det 23 O the
government NOUN NN nsubj 25 O government
would AUX MD aux 25 O would
comply VERB VB ccomp 20 O comply
" PUNCT `` punct 25 O " _
in ADP IN prep 25 O in
letter NOUN NN pobj 27 O letter
and CCONJ CC cc 28 O and
spirit NOUN NN conj 28 O spirit _
" PUNCT '' punct 25 O " _
. PUNCT . punct 20 O . _"""

# "We are afraid to go to the market," said Sarah Nakato, a 34-year-old trader in Mubende town.
_TRADER = """
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 2 O we
are AUX VBP ccomp 11 O be
afraid ADJ JJ acomp 2 O afraid
to PART TO aux 5 O to
go VERB VB xcomp 3 O go
to ADP IN prep 5 O to
the DET DT det 8 O the
market NOUN NN pobj 6 O market _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Sarah PROPN NNP compound 13 B-PERSON Sarah
Nakato PROPN NNP nsubj 11 I-PERSON Nakato _
, PUNCT , punct 13 O ,
a DET DT det 21 O a
34 NUM CD nummod 18 B-DATE 34 _
- PUNCT HYPH punct 18 I-DATE - _
year NOUN NN npadvmod 20 I-DATE year _
- PUNCT HYPH punct 20 I-DATE - _
old ADJ JJ amod 21 I-DATE old
trader NOUN NN appos 13 O trader
in ADP IN prep 21 O in
Mubende PROPN NNP compound 24 B-LOC Mubende
town NOUN NN pobj 22 O town _
. PUNCT . punct 11 O . _"""


def test_an_office_held_for_a_portfolio_is_the_role_whatever_the_parse_made_its_head() -> None:
    assert who(_SENIOR_MINISTER) == [
        ("Farah Naz Qureshi", "Senior Minister for Environment Protection and Climate Change", "")
    ]


def test_a_town_named_before_its_noun_is_no_part_of_the_role() -> None:
    assert who(_TRADER) == [("Sarah Nakato", "trader", "")]
