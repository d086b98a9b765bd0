"""Bodies a speaker's words cannot point back to (issue 10): `who has run a business for years`
brings in a business of the speaker's own, none the story named before (it gave the most-named
body, a football club); a body named only in a link to another story (`Related: <headline>`) is
no `company` of this one. Frozen parses of sentences written for this file (see tests/frozen.py),
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


# Related: Harbour Ferries Cut Winter Sailings / The shop on Quay Street will close in May. "We
# have tried everything," said the company's owner, Mary Keane.
_RELATED_LINK = """
Related ADJ JJ ROOT 0 O related _
: PUNCT : punct 0 O :
Harbour PROPN NNP compound 4 B-ORG Harbour
Ferries PROPN NNPS compound 4 I-ORG Ferries
Cut PROPN NNP compound 6 I-ORG Cut
Winter PROPN NNP compound 6 O Winter
Sailings PROPN NNPS dep 0 O Sailings _
<paragraph> SPACE _SP dep 6 O <paragraph> _
The DET DT det 9 O the
shop NOUN NN nsubj 14 O shop
on ADP IN prep 9 O on
Quay PROPN NNP compound 12 B-FAC Quay
Street PROPN NNP pobj 10 I-FAC Street
will AUX MD aux 14 O will
close VERB VB ROOT 14 O close
in ADP IN prep 14 O in
May PROPN NNP pobj 15 B-DATE May _
. PUNCT . punct 14 O .
" PUNCT `` punct 25 O " _
We PRON PRP nsubj 21 O we
have AUX VBP aux 21 O have
tried VERB VBN ccomp 25 O try
everything PRON NN dobj 21 O everything _
, PUNCT , punct 25 O , _
" PUNCT '' punct 25 O "
said VERB VBD ROOT 25 O say
the DET DT det 27 O the
company NOUN NN poss 29 O company _
's PART POS case 27 O 's
owner NOUN NN nsubj 25 O owner _
, PUNCT , punct 29 O ,
Mary PROPN NNP compound 32 B-PERSON Mary
Keane PROPN NNP appos 29 I-PERSON Keane _
. PUNCT . punct 25 O . _
"""


def test_a_body_named_only_in_a_link_to_another_story_is_no_company_of_this_one() -> None:
    assert who(_RELATED_LINK) == [("Mary Keane", "owner", "")]
