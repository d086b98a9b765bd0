"""A town's name the tagger took for a person's, one word set before a thing's noun (`the Lenton
ferry`), that the story tags a place elsewhere or writes nowhere but so, is no one a lone `he
said` means (quotes/entities.py `_a_place_read_as_a_person`). Frozen parses of stories written
for this file (see tests/frozen.py).
"""

from __future__ import annotations

import pytest

from quotes.extractor import Extractor
from tests.frozen import frozen

# Ferry to keep sailing /  / The council voted on Tuesday to keep the Lenton ferry running through
# the winter. /  / "It will sail every day until March," he said.
_A_TOWNS_FERRY = """
Ferry NOUN NN ROOT 0 O ferry
to PART TO aux 2 O to
keep VERB VB acl 0 O keep
sailing VERB VBG xcomp 2 O sail _
<paragraph> SPACE _SP dep 3 O <paragraph> _
The DET DT det 6 O the
council NOUN NN nsubj 7 O council
voted VERB VBD ROOT 7 O vote
on ADP IN prep 7 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday
to PART TO aux 11 O to
keep VERB VB xcomp 7 O keep
the DET DT det 14 O the
Lenton PROPN NNP compound 14 B-PERSON Lenton
ferry NOUN NN dobj 11 O ferry
running VERB VBG xcomp 11 O run
through ADP IN prep 15 O through
the DET DT det 18 B-DATE the
winter NOUN NN pobj 16 I-DATE winter _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 19 O <paragraph> _
" PUNCT `` punct 24 O " _
It PRON PRP nsubj 24 O it
will AUX MD aux 24 O will
sail VERB VB ccomp 32 O sail
every DET DT det 26 O every
day NOUN NN npadvmod 24 O day
until ADP IN prep 24 O until
March PROPN NNP pobj 27 B-DATE March _
, PUNCT , punct 32 O , _
" PUNCT '' punct 32 O "
he PRON PRP nsubj 32 O he
said VERB VBD ROOT 32 O say _
. PUNCT . punct 32 O . _
"""

# Ferry to keep sailing /  / The council voted on Tuesday to keep the Lenton ferry running, after
# 2,000 people in Lenton signed a petition. /  / "It will sail every day until March," he said.
_A_TOWNS_FERRY_AND_THE_TOWN = """
Ferry NOUN NN ROOT 0 O ferry
to PART TO aux 2 O to
keep VERB VB acl 0 O keep
sailing VERB VBG xcomp 2 O sail _
<paragraph> SPACE _SP dep 3 O <paragraph> _
The DET DT det 6 O the
council NOUN NN nsubj 7 O council
voted VERB VBD ROOT 7 O vote
on ADP IN prep 7 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday
to PART TO aux 11 O to
keep VERB VB xcomp 7 O keep
the DET DT det 15 O the
Lenton PROPN NNP compound 15 B-PERSON Lenton
ferry NOUN NN compound 15 O ferry
running VERB VBG dobj 11 O run _
, PUNCT , punct 11 O ,
after SCONJ IN mark 22 O after
2,000 NUM CD nummod 19 B-CARDINAL 2,000
people NOUN NNS nsubj 22 O people
in ADP IN prep 19 O in
Lenton PROPN NNP pobj 20 B-GPE Lenton
signed VERB VBD advcl 7 O sign
a DET DT det 24 O a
petition NOUN NN dobj 22 O petition _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
" PUNCT `` punct 30 O " _
It PRON PRP nsubj 30 O it
will AUX MD aux 30 O will
sail VERB VB ccomp 38 O sail
every DET DT det 32 O every
day NOUN NN npadvmod 30 O day
until ADP IN prep 30 O until
March PROPN NNP pobj 33 B-DATE March _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
he PRON PRP nsubj 38 O he
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""

# Hale wins seat /  / The Hale campaign said on Tuesday that Tom Hale had won the seat by 300 votes.
# /  / "It was a long night," he said.
_A_CANDIDATES_CAMPAIGN = """
Hale PROPN NNP nsubj 1 O Hale
wins VERB VBZ ROOT 1 O win
seat NOUN NN dobj 1 O seat _
<paragraph> SPACE _SP dep 2 O <paragraph> _
The DET DT det 6 O the
Hale PROPN NNP compound 6 B-ORG Hale
campaign NOUN NN nsubj 7 O campaign
said VERB VBD ROOT 7 O say
on ADP IN prep 7 O on
Tuesday PROPN NNP pobj 8 B-DATE Tuesday
that SCONJ IN mark 14 O that
Tom PROPN NNP compound 12 B-PERSON Tom
Hale PROPN NNP nsubj 14 I-PERSON Hale
had AUX VBD aux 14 O have
won VERB VBN ccomp 7 O win
the DET DT det 16 O the
seat NOUN NN dobj 14 O seat
by ADP IN prep 14 O by
300 NUM CD nummod 19 B-CARDINAL 300
votes NOUN NNS pobj 17 O vote _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 20 O <paragraph> _
" PUNCT `` punct 31 O " _
It PRON PRP nsubj 24 O it
was AUX VBD ccomp 31 O be
a DET DT det 27 B-TIME a
long ADJ JJ amod 27 I-TIME long
night NOUN NN attr 24 I-TIME night _
, PUNCT , punct 31 O , _
" PUNCT '' punct 31 O "
he PRON PRP nsubj 31 O he
said VERB VBD ROOT 31 O say _
. PUNCT . punct 31 O . _
"""


@pytest.mark.parametrize(
    "spec", [_A_TOWNS_FERRY, _A_TOWNS_FERRY_AND_THE_TOWN], ids=["alone", "a-place-elsewhere"]
)
def test_a_town_before_its_ferry_speaks_for_no_one(spec: str) -> None:
    rows = Extractor().rows(frozen(spec))
    assert [(r.quote, r.speaker) for r in rows] == [("It will sail every day until March,", "")]


def test_a_person_named_in_full_stays_a_person() -> None:
    # (`The Hale campaign`: the candidate's, whom the story names in full.)
    rows = Extractor().rows(frozen(_A_CANDIDATES_CAMPAIGN))
    assert [r.speaker for r in rows] == ["Tom Hale"]
