"""`Machakos County Executive Committee Member for Agriculture, Mr Peter Mutua,`: a place's name
before a tier of government and its executive's nouns, tagged one body, then a title in capitals:
the county is the member's organisation, as its governor's (*Machakos County*), and the executive's
words stay in the title (*County Executive Committee Member for Agriculture*), not role *Member
for Agriculture* of the *Machakos County Executive Committee*. A city's council is a body of its
own (`Lenton City Council Member`: *Member* of *Lenton City Council*). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Machakos County Executive Committee Member for Agriculture, Mr Peter Mutua, said farmers would
# get seeds. "No farmer will be left out," Mr Mutua said.
_EXECUTIVE = """
Machakos PROPN NNP compound 1 B-ORG Machakos
County PROPN NNP compound 3 I-ORG County
Executive PROPN NNP compound 3 I-ORG Executive
Committee PROPN NNP compound 4 I-ORG Committee
Member PROPN NNP nsubj 12 O Member
for ADP IN prep 4 O for
Agriculture PROPN NNP pobj 5 O Agriculture _
, PUNCT , punct 4 O ,
Mr PROPN NNP compound 10 O Mr
Peter PROPN NNP compound 10 B-PERSON Peter
Mutua PROPN NNP appos 4 I-PERSON Mutua _
, PUNCT , punct 4 O ,
said VERB VBD ROOT 12 O say
farmers NOUN NNS nsubj 15 O farmer
would AUX MD aux 15 O would
get VERB VB ccomp 12 O get
seeds NOUN NNS dobj 15 O seed _
. PUNCT . punct 12 O .
" PUNCT `` punct 29 O " _
No DET DT det 20 O no
farmer NOUN NN nsubjpass 23 O farmer
will AUX MD aux 23 O will
be AUX VB auxpass 23 O be
left VERB VBN ccomp 29 O leave
out ADP RP prt 23 O out _
, PUNCT , punct 29 O , _
" PUNCT '' punct 29 O "
Mr PROPN NNP compound 28 O Mr
Mutua PROPN NNP nsubj 29 B-PERSON Mutua
said VERB VBD ROOT 29 O say _
. PUNCT . punct 29 O . _
"""

# Lenton City Council Member Ana Ruiz said the budget was too thin. "We cannot fix the roads with
# this," Ruiz said.
_COUNCIL = """
Lenton PROPN NNP compound 2 B-ORG Lenton
City PROPN NNP compound 2 I-ORG City
Council PROPN NNP compound 3 I-ORG Council
Member PROPN NNP compound 5 O Member
Ana PROPN NNP compound 5 B-PERSON Ana
Ruiz PROPN NNP nsubj 6 I-PERSON Ruiz
said VERB VBD ROOT 6 O say
the DET DT det 8 O the
budget NOUN NN nsubj 9 O budget
was AUX VBD ccomp 6 O be
too ADV RB advmod 11 O too
thin ADJ JJ acomp 9 O thin _
. PUNCT . punct 6 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 17 O we
can AUX MD aux 17 O can _
not PART RB neg 17 O not
fix VERB VB ccomp 25 O fix
the DET DT det 19 O the
roads NOUN NNS dobj 17 O road
with ADP IN prep 19 O with
this PRON DT pobj 20 O this _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
Ruiz PROPN NNP nsubj 25 O Ruiz
said VERB VBD ROOT 25 O say _
. PUNCT . punct 25 O . _
"""


def test_a_county_executive_member_works_for_the_county() -> None:
    rows = Extractor().rows(frozen(_EXECUTIVE))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Peter Mutua", "County Executive Committee Member for Agriculture", "Machakos County")
    ]


def test_a_city_council_member_works_for_the_council() -> None:
    rows = Extractor().rows(frozen(_COUNCIL))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Ana Ruiz", "Member", "Lenton City Council")
    ]
