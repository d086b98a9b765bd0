"""Bodies a speaker's words cannot point back to (issue 10): `who has run a business for years` brings
in a business of the speaker's own, none the story named before (it gave the most-named body, a
football club); a body named only in a link to another story (`Related: <headline>`) is no `company`
of this one; nor is a body of the noun's kind that the story names only later (`the club's
chairman`, before the story names any club but the one the side lost to). Frozen parses of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

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
    assert who(_A_BUSINESS) == [("Mary Keane", "", "")]


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


# Lenton Town have sacked their coach. / "It was a hard night," the club's chairman, Tom Hale,
# said. / Fans blamed the 3-0 loss to Harbour Rovers last week.
_A_CLUB_NAMED_LATER = """
Lenton PROPN NNP compound 1 B-PERSON Lenton
Town PROPN NNP nsubj 3 I-PERSON Town
have AUX VBP aux 3 O have
sacked VERB VBN ROOT 3 O sack
their PRON PRP$ poss 5 O their
coach NOUN NN dobj 3 O coach _
. PUNCT . punct 3 O . _
<paragraph> SPACE _SP dep 6 O <paragraph> _
" PUNCT `` punct 24 O " _
It PRON PRP nsubj 10 O it
was AUX VBD ccomp 24 O be
a DET DT det 13 B-TIME a
hard ADJ JJ amod 13 I-TIME hard
night NOUN NN attr 10 I-TIME night _
, PUNCT , punct 10 O , _
" PUNCT '' punct 10 O "
the DET DT det 17 O the
club NOUN NN poss 19 O club _
's PART POS case 17 O 's
chairman NOUN NN nsubj 24 O chairman _
, PUNCT , punct 19 O ,
Tom PROPN NNP compound 22 B-PERSON Tom
Hale PROPN NNP appos 19 I-PERSON Hale _
, PUNCT , punct 19 O ,
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
<paragraph> SPACE _SP dep 25 O <paragraph> _
Fans NOUN NNS nsubj 28 O fan
blamed VERB VBD ROOT 28 O blame
the DET DT det 33 O the
3 NUM CD nummod 33 B-CARDINAL 3 _
- SYM SYM punct 32 O - _
0 NUM CD prep 30 O 0
loss NOUN NN dobj 28 O loss
to ADP IN prep 28 O to
Harbour PROPN NNP compound 36 B-PERSON Harbour
Rovers PROPN NNPS pobj 34 I-PERSON Rovers
last ADJ JJ amod 38 B-DATE last
week NOUN NN npadvmod 28 I-DATE week _
. PUNCT . punct 28 O . _
"""


def test_the_club_is_no_club_the_story_names_only_after_it() -> None:
    assert who(_A_CLUB_NAMED_LATER) == [("Tom Hale", "chairman", "")]
