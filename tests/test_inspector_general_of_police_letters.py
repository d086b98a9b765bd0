"""`IGP Kayode Adebayo said … "…," the IGP said.` (Nigerian, Ugandan and Malaysian house style,
issue 10), from a frozen parse of a sentence written for this file, the tagger calling both `IGP`
bodies: an inspector-general of police's letters are a job only a person holds
(models/role_nouns.txt), so the title is his role and `the IGP` is he, no body."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_IGP = """
IGP PROPN NNP compound 1 B-ORG IGP
Kayode PROPN NNP compound 2 B-PERSON Kayode
Adebayo PROPN NNP nsubj 3 I-PERSON Adebayo
said VERB VBD ROOT 3 O say
the DET DT det 5 O the
officers NOUN NNS nsubjpass 8 O officer
would AUX MD aux 8 O would
be AUX VB auxpass 8 O be
punished VERB VBN ccomp 3 O punish _
. PUNCT . punct 3 O .
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 14 O we
will AUX MD aux 14 O will
not PART RB neg 14 O not
tolerate VERB VB ccomp 20 O tolerate
this PRON DT dobj 14 O this _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
the DET DT det 19 O the
IGP PROPN NNP nsubj 20 B-ORG IGP
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""


def test_the_igp_is_the_inspector_general_named_before() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_IGP))]
    assert rows == [("Kayode Adebayo", "IGP", "")]
