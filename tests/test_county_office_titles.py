"""Titles of county and provincial offices written before or set beside a name, each from a frozen
parse of a sentence written for this file (the entities as the tagger gave them), so a model update
cannot change what a test exercises:

- `County Executive Committee Member for Water, Roads and Public Works Ms Ann Mary Holt`: a brief
  of words in capitals listed with commas after a title's `for`, and a form of address before the
  name, is the title's (the role was empty);
- `Lenton MEC for Roads Dr Ann Holt`, `Lenton MEC` tagged a person: a title the tagger took into a
  person's name still joins its `for` and brief (the role was empty);
- `the City of Lenton's mayoral committee member for roads and transport services, Cllr Ann Holt,`
  parsed with `City` the head: a title as a noun phrase with the field it covers after `for` is
  the apposition's role (the role was empty).
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_BRIEF_LISTED_WITH_COMMAS = """
County PROPN NNP compound 2 B-ORG County
Executive PROPN NNP compound 2 I-ORG Executive
Committee PROPN NNP compound 3 I-ORG Committee
Member PROPN NNP nsubj 15 O Member
for ADP IN prep 3 O for
Water PROPN NNP pobj 4 O Water _
, PUNCT , punct 5 O ,
Roads PROPN NNPS conj 5 O Roads
and CCONJ CC cc 7 O and
Public PROPN NNP compound 10 O Public
Works PROPN NNP conj 7 O Works
Ms PROPN NNP compound 12 O Ms
Ann PROPN NNP compound 14 O Ann
Mary PROPN NNP compound 14 O Mary
Holt PROPN NNP nsubj 15 O Holt
called VERB VBD ROOT 15 O call
the DET DT det 17 O the
plan NOUN NN dobj 15 O plan
" PUNCT `` punct 17 O " _
a DET DT det 20 O a
disgrace NOUN NN appos 17 O disgrace _
" PUNCT '' punct 15 O " _
. PUNCT . punct 15 O . _
<paragraph> SPACE _SP dep 22 O <paragraph> _
" PUNCT `` punct 33 O " _
We PRON PRP nsubj 27 O we
will AUX MD aux 27 O will
fix VERB VB ccomp 33 O fix
it PRON PRP dobj 27 O it _
, PUNCT , punct 33 O , _
" PUNCT '' punct 33 O "
Ms PROPN NNP compound 32 B-ORG Ms
Holt PROPN NNP nsubj 33 I-ORG Holt
said VERB VBD ROOT 33 O say _
. PUNCT . punct 33 O . _
"""

_A_TITLE_TAGGED_INTO_A_PERSON = """
Lenton PROPN NNP compound 1 B-PERSON Lenton
MEC PROPN NNP nsubj 7 I-PERSON MEC
for ADP IN prep 1 O for
Roads NOUN NNS compound 6 O road
Dr PROPN NNP compound 6 O Dr
Ann PROPN NNP compound 6 B-PERSON Ann
Holt PROPN NNP pobj 2 I-PERSON Holt
apologised VERB VBD ROOT 7 O apologise
to ADP IN prep 7 O to
patients NOUN NNS pobj 8 O patient _
. PUNCT . punct 7 O . _
<paragraph> SPACE _SP dep 10 O <paragraph> _
" PUNCT `` punct 20 O " _
We PRON PRP nsubj 15 O we
will AUX MD aux 15 O will
fix VERB VB ccomp 20 O fix
it PRON PRP dobj 15 O it _
, PUNCT , punct 20 O , _
" PUNCT '' punct 20 O "
Holt PROPN NNP nsubj 20 O Holt
said VERB VBD ROOT 20 O say _
. PUNCT . punct 20 O . _
"""

_A_TITLE_PHRASE_FOR_A_FIELD = """
According VERB VBG prep 23 O accord
to ADP IN prep 0 O to
the DET DT det 3 B-GPE the
City PROPN NNP pobj 1 I-GPE City
of ADP IN prep 3 I-GPE of
Lenton PROPN NNP poss 9 O Lenton _
's PART POS case 5 O 's
mayoral ADJ JJ amod 8 O mayoral
committee NOUN NN compound 9 O committee
member NOUN NN pobj 4 O member
for ADP IN prep 3 O for
roads NOUN NNS pobj 10 O road
and CCONJ CC cc 11 O and
transport NOUN NN compound 14 O transport
services NOUN NNS conj 11 O service _
, PUNCT , punct 23 O ,
Cllr PROPN NNP compound 18 B-PERSON Cllr
Ann PROPN NNP compound 18 I-PERSON Ann
Holt PROPN NNP nsubj 23 I-PERSON Holt _
, PUNCT , punct 18 O ,
the DET DT det 21 O the
city NOUN NN nsubj 23 O city
has AUX VBZ aux 23 O have
set VERB VBN ROOT 23 O set
aside ADP RP prt 23 O aside
money NOUN NN dobj 23 O money _
. PUNCT . punct 23 O . _
<paragraph> SPACE _SP dep 26 O <paragraph> _
" PUNCT `` punct 36 O " _
We PRON PRP nsubj 31 O we
will AUX MD aux 31 O will
fix VERB VB ccomp 36 O fix
it PRON PRP dobj 31 O it _
, PUNCT , punct 36 O , _
" PUNCT '' punct 36 O "
Holt PROPN NNP nsubj 36 O Holt
said VERB VBD ROOT 36 O say _
. PUNCT . punct 36 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_a_brief_listed_with_commas_and_a_form_of_address_is_the_titles() -> None:
    # (The tier and its governing body stay in the title: ROLES.md 4, the full title.)
    role = "County Executive Committee Member for Water, Roads and Public Works"
    assert {row[:2] for row in _rows(_A_BRIEF_LISTED_WITH_COMMAS)} == {("Ann Mary Holt", role)}


def test_a_title_tagged_into_a_persons_name_still_joins_its_brief() -> None:
    assert _rows(_A_TITLE_TAGGED_INTO_A_PERSON) == [("Ann Holt", "Lenton MEC for Roads", "")]


def test_a_title_phrase_with_its_field_after_for_is_the_appositions_role() -> None:
    role = "mayoral committee member for roads and transport services"
    assert {row[:2] for row in _rows(_A_TITLE_PHRASE_FOR_A_FIELD)} == {("Ann Holt", role)}
