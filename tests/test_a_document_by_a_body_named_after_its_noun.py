"""`a story by the website Hilltop News says …`, which the parser reads as two subjects of `says`
(`a story by the website` and `Hilltop News`): a body's noun in small letters after `the`, right
before a name the tagger tags a body, is that body, so the document is that body's (ROLES.md 3:
the issuing body when the article states it), as `the charity Shelter` names Shelter. A body's
noun with no name after it names none here. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from tests.frozen import who_of

# Meanwhile, a story by the website Hilltop News says donors are uneasy. "Money is drying up," the
# story says.
_WEBSITE = """
Meanwhile ADV RB advmod 9 O meanwhile _
, PUNCT , punct 9 O ,
a DET DT det 3 O a
story NOUN NN nsubj 9 O story
by ADP IN prep 3 O by
the DET DT det 6 O the
website NOUN NN pobj 4 O website
Hilltop PROPN NNP compound 8 B-ORG Hilltop
News PROPN NNP nsubj 9 I-ORG News
says VERB VBZ ROOT 9 O say
donors NOUN NNS nsubj 11 O donor
are AUX VBP ccomp 9 O be
uneasy ADJ JJ acomp 11 O uneasy _
. PUNCT . punct 9 O .
" PUNCT `` punct 23 O " _
Money NOUN NN nsubj 17 O money
is AUX VBZ aux 17 O be
drying VERB VBG ccomp 23 O dry
up ADP RP prt 17 O up _
, PUNCT , punct 23 O , _
" PUNCT '' punct 23 O "
the DET DT det 22 O the
story NOUN NN nsubj 23 O story
says VERB VBZ ROOT 23 O say _
. PUNCT . punct 23 O . _
"""
# On Monday a report by the charity Lenton Trust said rents had doubled. "Families are being
# priced out," the report said.
_CHARITY = """
On ADP IN prep 9 O on
Monday PROPN NNP pobj 0 B-DATE Monday
a DET DT det 3 O a
report NOUN NN nsubj 9 O report
by ADP IN prep 3 O by
the DET DT det 6 O the
charity NOUN NN pobj 4 O charity
Lenton PROPN NNP compound 8 B-ORG Lenton
Trust PROPN NNP nsubj 9 I-ORG Trust
said VERB VBD ROOT 9 O say
rents NOUN NNS nsubj 12 O rent
had AUX VBD aux 12 O have
doubled VERB VBN ccomp 9 O double _
. PUNCT . punct 9 O .
" PUNCT `` punct 24 O " _
Families NOUN NNS nsubjpass 18 O family
are AUX VBP aux 18 O be
being AUX VBG auxpass 18 O be
priced VERB VBN ccomp 24 O price
out ADP RP prt 18 O out _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
the DET DT det 23 O the
report NOUN NN nsubj 24 O report
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""
# A bulletin from the agency Harbour Watch warns of floods. "Move cars to higher ground," the
# bulletin says.
_AGENCY = """
A DET DT det 1 O a
bulletin NOUN NN nsubj 7 O bulletin
from ADP IN prep 1 O from
the DET DT det 4 O the
agency NOUN NN pobj 2 O agency
Harbour PROPN NNP compound 6 B-ORG Harbour
Watch PROPN NNP nsubj 7 I-ORG Watch
warns VERB VBZ ROOT 7 O warn
of ADP IN prep 7 O of
floods NOUN NNS pobj 8 O flood _
. PUNCT . punct 7 O .
" PUNCT `` punct 21 O " _
Move VERB VB ccomp 21 O move
cars NOUN NNS dobj 12 O car
to ADP IN prep 12 O to
higher ADJ JJR amod 16 O high
ground NOUN NN pobj 14 O ground _
, PUNCT , punct 21 O , _
" PUNCT '' punct 21 O "
the DET DT det 20 O the
bulletin NOUN NN nsubj 21 O bulletin
says VERB VBZ ROOT 21 O say _
. PUNCT . punct 21 O . _
"""
# A story on the website says donors are uneasy. "Money is drying up," the story says.
_NO_NAME = """
A DET DT det 1 O a
story NOUN NN nsubj 5 O story
on ADP IN prep 1 O on
the DET DT det 4 O the
website NOUN NN pobj 2 O website
says VERB VBZ ROOT 5 O say
donors NOUN NNS nsubj 7 O donor
are AUX VBP ccomp 5 O be
uneasy ADJ JJ acomp 7 O uneasy _
. PUNCT . punct 5 O .
" PUNCT `` punct 19 O " _
Money NOUN NN nsubj 13 O money
is AUX VBZ aux 13 O be
drying VERB VBG ccomp 19 O dry
up ADP RP prt 13 O up _
, PUNCT , punct 19 O , _
" PUNCT '' punct 19 O "
the DET DT det 18 O the
story NOUN NN nsubj 19 O story
says VERB VBZ ROOT 19 O say _
. PUNCT . punct 19 O . _
"""


def _who(spec: str) -> list[tuple[str, ...]]:
    return who_of(spec, ("speaker", "organization"))


def test_a_story_by_the_website_named_after_it() -> None:
    assert _who(_WEBSITE) == [("the story", "Hilltop News")]


def test_a_report_by_the_charity_named_after_it() -> None:
    assert _who(_CHARITY) == [("the report", "Lenton Trust")]


def test_a_bulletin_from_the_agency_named_after_it() -> None:
    assert _who(_AGENCY) == [("the bulletin", "Harbour Watch")]


def test_a_body_noun_with_no_name_names_no_body() -> None:
    assert _who(_NO_NAME) == [("the story", "")]
