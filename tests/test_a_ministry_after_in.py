"""`said Julius Korir, principal secretary in the Ministry of Agriculture`: a body tagged after a
job's `in` whose name its own noun opens (`the Ministry of …`, `the Department of …`) is the
job's organisation, as one after `at` is; not a place (`an analyst in Nairobi`). Frozen parses
of sentences written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Funds for the fertiliser subsidy have been released to the counties," said Julius Korir,
# principal secretary in the Ministry of Agriculture.
_MINISTRY = """
" PUNCT `` punct 14 O " _
Funds NOUN NNS nsubjpass 8 O fund
for ADP IN prep 1 O for
the DET DT det 5 O the
fertiliser NOUN NN compound 5 O fertiliser
subsidy NOUN NN pobj 2 O subsidy
have AUX VBP aux 8 O have
been AUX VBN auxpass 8 O be
released VERB VBN ccomp 14 O release
to ADP IN prep 8 O to
the DET DT det 11 O the
counties NOUN NNS pobj 9 O county _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Julius PROPN NNP compound 16 B-PERSON Julius
Korir PROPN NNP nsubj 14 I-PERSON Korir _
, PUNCT , punct 16 O ,
principal ADJ JJ amod 19 O principal
secretary NOUN NN appos 16 O secretary
in ADP IN prep 19 O in
the DET DT det 22 B-ORG the
Ministry PROPN NNP pobj 20 I-ORG Ministry
of ADP IN prep 22 I-ORG of
Agriculture PROPN NNP pobj 23 I-ORG Agriculture _
. PUNCT . punct 14 O . _
"""

# "The shilling will stay under pressure this quarter," said Julius Korir, an analyst in Nairobi.
_NAIROBI = """
" PUNCT `` punct 11 O " _
The DET DT det 2 O the
shilling NOUN NN nsubj 4 O shilling
will AUX MD aux 4 O will
stay VERB VB ccomp 11 O stay
under ADP IN prep 4 O under
pressure NOUN NN pobj 5 O pressure
this DET DT det 8 B-DATE this
quarter NOUN NN npadvmod 4 I-DATE quarter _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
Julius PROPN NNP compound 13 B-PERSON Julius
Korir PROPN NNP nsubj 11 I-PERSON Korir _
, PUNCT , punct 13 O ,
an DET DT det 16 O an
analyst NOUN NN appos 13 O analyst
in ADP IN prep 16 O in
Nairobi PROPN NNP pobj 17 B-GPE Nairobi _
. PUNCT . punct 11 O . _
"""


def test_a_body_its_noun_opens_after_in_is_the_jobs() -> None:
    rows = Extractor().rows(frozen(_MINISTRY))
    assert [(r.speaker, r.organization) for r in rows] == [("Julius Korir", "Ministry of Agriculture")]
    assert rows[0].role.startswith("principal secretary")


def test_a_place_after_in_is_no_body() -> None:
    rows = Extractor().rows(frozen(_NAIROBI))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("Julius Korir", "analyst", "")]
