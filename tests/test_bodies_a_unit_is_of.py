"""The body a person works for, named beside a unit of it or a noun for it: `director at
consultancy Brightline Advisory` (the name parsed apart from its noun, tagged a person), `head of
the Accra office of Deloitte`, `who runs the Lagos bureau of Reuters`, `head of the finance
committee of the Lenton Chamber of Commerce` (the unit's noun tagged a proper one), and `speaking
on behalf of the Fire Brigades Union`. Frozen parses of sentences written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen


def who(spec: str) -> list[tuple[str, str, str]]:
    return [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(spec))]

# "Prices will rise," said Tom Hale, director at consultancy Brightline Advisory.
_A_CONSULTANCY_NAMED_AFTER_ITS_NOUN = """
" PUNCT `` punct 6 O " _
Prices NOUN NNS nsubj 3 O price
will AUX MD aux 3 O will
rise VERB VB ccomp 6 O rise _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Tom PROPN NNP compound 8 B-PERSON Tom
Hale PROPN NNP nsubj 6 I-PERSON Hale _
, PUNCT , punct 8 O ,
director NOUN NN appos 8 O director
at ADP IN prep 10 O at
consultancy NOUN NN pobj 11 O consultancy
Brightline PROPN NNP compound 14 B-PERSON Brightline
Advisory PROPN NNP appos 10 I-PERSON Advisory _
. PUNCT . punct 6 O . _
"""


# "Prices will rise," said Ama Mensah, head of the Accra office of Deloitte.
_AN_OFFICE_OF_A_FIRM = """
" PUNCT `` punct 6 O " _
Prices NOUN NNS nsubj 3 O price
will AUX MD aux 3 O will
rise VERB VB ccomp 6 O rise _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Ama PROPN NNP compound 8 B-PERSON Ama
Mensah PROPN NNP nsubj 6 I-PERSON Mensah _
, PUNCT , punct 8 O ,
head NOUN NN appos 8 O head
of ADP IN prep 10 O of
the DET DT det 14 O the
Accra PROPN NNP compound 14 B-ORG Accra
office NOUN NN pobj 11 O office
of ADP IN prep 14 O of
Deloitte PROPN NNP pobj 15 B-ORG Deloitte _
. PUNCT . punct 6 O . _
"""


# "Prices will rise," said Ama Mensah, who runs the Lagos bureau of Reuters.
_A_BUREAU_ONE_RUNS = """
" PUNCT `` punct 6 O " _
Prices NOUN NNS nsubj 3 O price
will AUX MD aux 3 O will
rise VERB VB ccomp 6 O rise _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Ama PROPN NNP compound 8 B-PERSON Ama
Mensah PROPN NNP nsubj 6 I-PERSON Mensah _
, PUNCT , punct 8 O ,
who PRON WP nsubj 11 O who
runs VERB VBZ relcl 8 O run
the DET DT det 14 B-ORG the
Lagos PROPN NNP compound 14 I-ORG Lagos
bureau NOUN NN dobj 11 I-ORG bureau
of ADP IN prep 14 O of
Reuters PROPN NNP pobj 15 B-ORG Reuters _
. PUNCT . punct 6 O . _
"""


# "Prices will rise," said Ama Mensah, head of the finance committee of the Lenton Chamber of
# Commerce.
_A_COMMITTEE_OF_A_CHAMBER = """
" PUNCT `` punct 6 O " _
Prices NOUN NNS nsubj 3 O price
will AUX MD aux 3 O will
rise VERB VB ccomp 6 O rise _
, PUNCT , punct 6 O , _
" PUNCT '' punct 6 O "
said VERB VBD ROOT 6 O say
Ama PROPN NNP compound 8 B-PERSON Ama
Mensah PROPN NNP nsubj 6 I-PERSON Mensah _
, PUNCT , punct 8 O ,
head NOUN NN appos 8 O head
of ADP IN prep 10 O of
the DET DT det 14 O the
finance NOUN NN compound 14 O finance
committee PROPN NNP pobj 11 O committee
of ADP IN prep 14 O of
the DET DT det 18 B-ORG the
Lenton PROPN NNP compound 18 I-ORG Lenton
Chamber PROPN NNP pobj 15 I-ORG Chamber
of ADP IN prep 18 I-ORG of
Commerce PROPN NNP pobj 19 I-ORG Commerce _
. PUNCT . punct 6 O . _
"""


# "We need more volunteers," said Tom Hale, speaking on behalf of the Fire Brigades Union.
_ON_BEHALF_OF_A_UNION = """
" PUNCT `` punct 7 O " _
We PRON PRP nsubj 2 O we
need VERB VBP ccomp 7 O need
more ADJ JJR amod 4 O more
volunteers NOUN NNS dobj 2 O volunteer _
, PUNCT , punct 7 O , _
" PUNCT '' punct 7 O "
said VERB VBD ROOT 7 O say
Tom PROPN NNP compound 9 B-PERSON Tom
Hale PROPN NNP nsubj 7 I-PERSON Hale _
, PUNCT , punct 7 O ,
speaking VERB VBG advcl 7 O speak
on ADP IN prep 11 O on
behalf NOUN NN pobj 12 O behalf
of ADP IN prep 13 O of
the DET DT det 18 B-ORG the
Fire PROPN NNP compound 17 I-ORG Fire
Brigades PROPN NNPS compound 18 I-ORG Brigades
Union PROPN NNP pobj 14 I-ORG Union _
. PUNCT . punct 7 O . _
"""



def test_a_consultancy_named_right_after_its_noun() -> None:
    assert who(_A_CONSULTANCY_NAMED_AFTER_ITS_NOUN)[0][2] == "Brightline Advisory"


def test_an_office_of_a_firm_is_the_firms() -> None:
    assert who(_AN_OFFICE_OF_A_FIRM)[0][2] == "Deloitte"


def test_a_bureau_one_runs_is_the_agencys() -> None:
    assert who(_A_BUREAU_ONE_RUNS) == [("Ama Mensah", "", "Reuters")]


def test_a_committee_tagged_a_proper_noun_is_the_chambers() -> None:
    assert who(_A_COMMITTEE_OF_A_CHAMBER)[0][2] == "Lenton Chamber of Commerce"


def test_speaking_on_behalf_of_a_union() -> None:
    assert who(_ON_BEHALF_OF_A_UNION) == [("Tom Hale", "", "Fire Brigades Union")]
