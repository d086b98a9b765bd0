"""Bodies a speaker's words cannot point back to (issue 10): `who has run a business for years`
brings in a business of the speaker's own, none the story named before (it gave the most-named
body, a football club). Frozen parses of sentences written for this file (see tests/frozen.py),
through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


# Lenton Rovers beat Harbour United on Saturday. / "We are not against bikes," said Mary Keane,
# who has run a business on the quay for years.
_A_BUSINESS = """
Lenton PROPN NNP compound 1 B-PERSON Lenton
Rovers PROPN NNPS nsubj 2 I-PERSON Rovers
beat VERB VBD ROOT 2 O beat
Harbour PROPN NNP compound 4 B-GPE Harbour
United PROPN NNP dobj 2 I-GPE United
on ADP IN prep 2 O on
Saturday PROPN NNP pobj 5 B-DATE Saturday _
. PUNCT . punct 2 O . _
<paragraph> SPACE _SP dep 7 O <paragraph> _
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 11 O we
are AUX VBP ccomp 17 O be
not PART RB neg 11 O not
against ADP IN prep 11 O against
bikes NOUN NNS pobj 13 O bike _
, PUNCT , punct 17 O , _
" PUNCT '' punct 17 O "
said VERB VBD ROOT 17 O say
Mary PROPN NNP compound 19 B-PERSON Mary
Keane PROPN NNP nsubj 17 I-PERSON Keane _
, PUNCT , punct 19 O ,
who PRON WP nsubj 23 O who
has AUX VBZ aux 23 O have
run VERB VBN relcl 19 O run
a DET DT det 25 O a
business NOUN NN dobj 23 O business
on ADP IN prep 23 O on
the DET DT det 28 O the
quay NOUN NN pobj 26 O quay
for ADP IN prep 23 O for
years NOUN NNS pobj 29 B-DATE year _
. PUNCT . punct 17 O . _
"""


def test_a_business_the_relative_clause_brings_in_is_no_body_named_before() -> None:
    assert who(_A_BUSINESS) == [("Mary Keane", "head", "")]
