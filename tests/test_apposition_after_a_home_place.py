"""A place after a person's name, set off before an apposition, from a frozen parse of a
sentence written for this file (the entities as the tagger gave them), so a model update cannot
change what a test exercises:

- `said Tom Hale of Lenton, a member of the planning board`: the place a person comes from or
  stands for (`Sen. X of Texas`) is a label, no body (ROLES.md); the apposition after it is the
  person's role, as it is right after the name (there was no role);
- `said Ben Orr of the Harbour Group, a political risk analyst`: so is one after the body the
  person is of, the body the role's organisation (there was no role); one that describes the
  body, `of the Harbour Group, a political risk consultancy`, names no role.
"""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_A_MEMBER_OF_A_PLACE = """
" PUNCT `` punct 6 O " _
We PRON PRP nsubj 3 O we
will AUX MD aux 3 O will
wait VERB VB ccomp 6 O wait _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Tom PROPN NNP compound 8 B-PERSON Tom
Hale PROPN NNP nsubj 6 I-PERSON Hale
of ADP IN prep 8 O of
Lenton PROPN NNP pobj 9 B-GPE Lenton _
, PUNCT , punct 8 O ,
a DET DT det 13 O a
member NOUN NN appos 8 O member
of ADP IN prep 13 O of
the DET DT det 17 O the
planning NOUN NN compound 17 O planning
board NOUN NN pobj 14 O board _
. PUNCT . punct 6 O . _
"""


_AN_ANALYST_OF_A_BODY = """
" PUNCT `` punct 6 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 6 O be
late ADJ JJ acomp 2 O late _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Ben PROPN NNP compound 8 B-PERSON Ben
Orr PROPN NNP nsubj 6 I-PERSON Orr
of ADP IN prep 8 O of
the DET DT det 12 B-ORG the
Harbour PROPN NNP compound 12 I-ORG Harbour
Group PROPN NNP pobj 9 I-ORG Group _
, PUNCT , punct 12 O ,
a DET DT det 17 O a
political ADJ JJ amod 16 O political
risk NOUN NN compound 17 O risk
analyst NOUN NN appos 12 O analyst _
. PUNCT . punct 6 O . _
"""

_A_BODY_DESCRIBED = """
" PUNCT `` punct 6 O " _
It PRON PRP nsubj 2 O it
is AUX VBZ ccomp 6 O be
late ADJ JJ acomp 2 O late _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Ben PROPN NNP compound 8 B-PERSON Ben
Orr PROPN NNP nsubj 6 I-PERSON Orr
of ADP IN prep 8 O of
the DET DT det 12 B-ORG the
Harbour PROPN NNP compound 12 I-ORG Harbour
Group PROPN NNP pobj 9 I-ORG Group _
, PUNCT , punct 12 O ,
a DET DT det 17 O a
political ADJ JJ amod 17 O political
risk NOUN NN compound 17 O risk
consultancy NOUN NN appos 12 O consultancy _
. PUNCT . punct 6 O . _
"""


def _rows(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]


def test_an_apposition_after_a_home_place_is_the_persons_role() -> None:
    assert _rows(_A_MEMBER_OF_A_PLACE) == [("Tom Hale", "member of the planning board", "")]


def test_an_apposition_after_the_body_a_person_is_of_is_the_persons_role() -> None:
    assert _rows(_AN_ANALYST_OF_A_BODY) == [("Ben Orr", "political risk analyst", "Harbour Group")]
    assert _rows(_A_BODY_DESCRIBED) == [("Ben Orr", "", "Harbour Group")]
