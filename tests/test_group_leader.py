"""`group leader`, `team leader`: the band of people the leader leads is part of the job's name,
not the body the article calls `the group` (issue 10). Frozen parse of a sentence written for
this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Linden Group, a transport group, cut the night trams. “It is a tax,” said Tom Hale, group
# leader for the Greens on the city council.
_GROUP_LEADER = """
The DET DT det 2 B-ORG the
Linden PROPN NNP compound 2 I-ORG Linden
Group PROPN NNP nsubj 8 I-ORG Group _
, PUNCT , punct 2 O ,
a DET DT det 6 O a
transport NOUN NN compound 6 O transport
group NOUN NN appos 2 O group _
, PUNCT , punct 2 O ,
cut VERB VBD ROOT 8 O cut
the DET DT det 10 O the
night NOUN NN compound 11 B-TIME night
trams NOUN NNS dobj 8 O tram _
. PUNCT . punct 8 O .
“ PUNCT `` punct 20 O " _
It PRON PRP nsubj 15 O it
is AUX VBZ ccomp 20 O be
a DET DT det 17 O a
tax NOUN NN attr 15 O tax _
, PUNCT , punct 20 O , _
” PUNCT '' punct 20 O "
said VERB VBD ROOT 20 O say
Tom PROPN NNP compound 22 B-PERSON Tom
Hale PROPN NNP nsubj 20 I-PERSON Hale _
, PUNCT , punct 22 O ,
group NOUN NN compound 25 O group
leader NOUN NN appos 22 O leader
for ADP IN prep 25 O for
the DET DT det 28 O the
Greens PROPN NNP pobj 26 B-NORP Greens
on ADP IN prep 28 O on
the DET DT det 32 O the
city NOUN NN compound 32 O city
council NOUN NN pobj 29 O council _
. PUNCT . punct 20 O . _
"""


def test_a_group_leader_leads_no_company_called_the_group() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_GROUP_LEADER))]
    assert [(speaker, role) for speaker, role, _ in rows] == [
        ("Tom Hale", "group leader for the Greens on the city council")
    ]
    assert rows[0][2] != "Linden Group"
