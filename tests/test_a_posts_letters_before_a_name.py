"""`said Kasarani OCS John Mwangi`: the posts East and West African and South Asian news writes by
their letters (Kenya's `OCS` and `OCPD`, Nigeria's `DPO`, Uganda's `RDC` and `DPC`, India's `DCP`,
`ACP` and `SDM`) are roles, as `SHO` is, also where the tagger runs the place and the letters
into a person and the parser makes them a second subject of the verb: the one named after them
speaks (not a person `Kasarani OCS` with no role). Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "The suspects were arrested on Tuesday and will be arraigned tomorrow," said Kasarani OCS John
# Mwangi.
_OCS = """
" PUNCT `` punct 14 O " _
The DET DT det 2 O the
suspects NOUN NNS nsubjpass 4 O suspect
were AUX VBD auxpass 4 O be
arrested VERB VBN ccomp 14 O arrest
on ADP IN prep 4 O on
Tuesday PROPN NNP pobj 5 B-DATE Tuesday
and CCONJ CC cc 4 O and
will AUX MD aux 10 O will
be AUX VB auxpass 10 O be
arraigned VERB VBN conj 4 O arraign
tomorrow NOUN NN npadvmod 10 B-DATE tomorrow _
, PUNCT , punct 14 O , _
" PUNCT '' punct 14 O "
said VERB VBD ROOT 14 O say
Kasarani PROPN NNP compound 16 B-PERSON Kasarani
OCS PROPN NNP nsubj 14 I-PERSON OCS
John PROPN NNP compound 18 B-PERSON John
Mwangi PROPN NNP nsubj 14 I-PERSON Mwangi _
. PUNCT . punct 14 O . _
"""

# "We urge residents to report any suspicious activity," said the Kasarani OCPD, John Mwangi.
_OCPD = """
" PUNCT `` punct 11 O " _
We PRON PRP nsubj 2 O we
urge VERB VBP ccomp 11 O urge
residents NOUN NNS dobj 2 O resident
to PART TO aux 5 O to
report VERB VB xcomp 2 O report
any DET DT det 8 O any
suspicious ADJ JJ amod 8 O suspicious
activity NOUN NN dobj 5 O activity _
, PUNCT , punct 11 O , _
" PUNCT '' punct 11 O "
said VERB VBD ROOT 11 O say
the DET DT det 14 B-ORG the
Kasarani PROPN NNP compound 14 I-ORG Kasarani
OCPD PROPN NNP nsubj 11 I-ORG OCPD _
, PUNCT , punct 14 O ,
John PROPN NNP compound 17 B-PERSON John
Mwangi PROPN NNP appos 14 I-PERSON Mwangi _
. PUNCT . punct 11 O . _
"""


def test_a_posts_letters_run_into_a_person_are_the_title_of_the_name_after() -> None:
    rows = Extractor().rows(frozen(_OCS))
    assert [(r.speaker, r.role) for r in rows] == [("John Mwangi", "Kasarani OCS")]


def test_a_posts_letters_set_off_before_the_name_are_its_role() -> None:
    rows = Extractor().rows(frozen(_OCPD))
    assert [(r.speaker, r.role) for r in rows] == [("John Mwangi", "Kasarani OCPD")]
