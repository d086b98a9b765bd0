"""Counsel's client in a participle set off after the name (`Ruth Okafor, representing the
council,`, `Vikram Joshi, appearing for the PMC,`) is the body they represent (ROLES.md 5), the
participle hung on the name or on its verb. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Harwell District Council lost the first round. Barrister Ruth Okafor, representing the
# council, told the court the road was safe. "The council inspected it twice," she said.
_COUNSEL = """
The DET DT det 3 B-ORG the
Harwell PROPN NNP compound 3 I-ORG Harwell
District PROPN NNP compound 3 I-ORG District
Council PROPN NNP nsubj 4 I-ORG Council
lost VERB VBD ROOT 4 O lose
the DET DT det 7 O the
first ADJ JJ amod 7 B-ORDINAL first
round NOUN NN dobj 4 O round _
. PUNCT . punct 4 O .
Barrister PROPN NNP compound 11 B-PERSON Barrister
Ruth PROPN NNP compound 11 I-PERSON Ruth
Okafor PROPN NNP nsubj 17 I-PERSON Okafor _
, PUNCT , punct 11 O ,
representing VERB VBG acl 11 O represent
the DET DT det 15 O the
council NOUN NN dobj 13 O council _
, PUNCT , punct 11 O ,
told VERB VBD ROOT 17 O tell
the DET DT det 19 O the
court NOUN NN dobj 17 O court
the DET DT det 21 O the
road NOUN NN nsubj 22 O road
was AUX VBD ccomp 17 O be
safe ADJ JJ acomp 22 O safe _
. PUNCT . punct 17 O .
" PUNCT `` punct 34 O " _
The DET DT det 27 O the
council NOUN NN nsubj 28 O council
inspected VERB VBD ccomp 34 O inspect
it PRON PRP dobj 28 O it
twice ADV RB advmod 28 O twice _
, PUNCT , punct 34 O , _
" PUNCT '' punct 34 O "
she PRON PRP nsubj 34 O she
said VERB VBD ROOT 34 O say _
. PUNCT . punct 34 O . _
"""

# The Pune Municipal Corporation (PMC) was criticised. Senior advocate Vikram Joshi, appearing for
# the PMC, told the bench the drains were clear. "Work goes on day and night," he said.
_ADVOCATE = """
The DET DT det 3 B-ORG the
Pune PROPN NNP compound 3 I-ORG Pune
Municipal PROPN NNP compound 3 I-ORG Municipal
Corporation PROPN NNP nsubjpass 8 I-ORG Corporation
( PUNCT -LRB- punct 3 O ( _
PMC PROPN NNP appos 3 B-ORG PMC _
) PUNCT -RRB- punct 3 O )
was AUX VBD auxpass 8 O be
criticised VERB VBN ROOT 8 O criticise _
. PUNCT . punct 8 O .
Senior ADJ JJ amod 11 O senior
advocate NOUN NN compound 13 O advocate
Vikram PROPN NNP compound 13 B-PERSON Vikram
Joshi PROPN NNP nsubj 20 I-PERSON Joshi _
, PUNCT , punct 20 O ,
appearing VERB VBG advcl 20 O appear
for ADP IN prep 15 O for
the DET DT det 18 O the
PMC PROPN NNP pobj 16 B-ORG PMC _
, PUNCT , punct 20 O ,
told VERB VBD ROOT 20 O tell
the DET DT det 22 O the
bench NOUN NN dobj 20 O bench
the DET DT det 24 O the
drains NOUN NNS nsubj 25 O drain
were AUX VBD ccomp 20 O be
clear ADJ JJ acomp 25 O clear _
. PUNCT . punct 20 O .
" PUNCT `` punct 38 O " _
Work NOUN NN nsubj 30 O work
goes VERB VBZ ccomp 38 O go
on ADP IN prep 30 O on
day NOUN NN pobj 31 O day
and CCONJ CC cc 32 O and
night NOUN NN conj 32 O night _
, PUNCT , punct 38 O , _
" PUNCT '' punct 38 O "
he PRON PRP nsubj 38 O he
said VERB VBD ROOT 38 O say _
. PUNCT . punct 38 O . _
"""


def test_the_body_counsel_represents_is_their_organisation() -> None:
    (row,) = Extractor().rows(frozen(_COUNSEL))
    expected = ("Ruth Okafor", "Barrister", "Harwell District Council")
    assert (row.speaker, row.role, row.organization) == expected


def test_the_body_counsel_appears_for_is_their_organisation() -> None:
    (row,) = Extractor().rows(frozen(_ADVOCATE))
    expected = ("Vikram Joshi", "Senior advocate", "Pune Municipal Corporation")
    assert (row.speaker, row.role, row.organization) == expected
