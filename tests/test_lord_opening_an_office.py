"""`Lord Mayor Ailsa Grant said` (British, Australian and Zimbabwean house style, issue 10), from a
frozen parse of a sentence written for this file: `Lord` opening an office (models/role_nouns.txt:
`lord mayor`, `lord provost`) is part of the role, not a form of address dropped from it."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

_LORD_MAYOR = """
Lord PROPN NNP compound 1 O Lord
Mayor PROPN NNP compound 3 O Mayor
Ailsa PROPN NNP compound 3 B-PERSON Ailsa
Grant PROPN NNP nsubj 4 I-PERSON Grant
said VERB VBD ROOT 4 O say
the DET DT det 7 O the
new ADJ JJ amod 7 O new
pipes NOUN NNS nsubjpass 10 O pipe
would AUX MD aux 10 O would
be AUX VB auxpass 10 O be
laid VERB VBN ccomp 4 O lay
by ADP IN agent 10 O by
June PROPN NNP pobj 11 B-DATE June _
. PUNCT . punct 4 O .
" PUNCT `` punct 24 O " _
Every DET DT det 16 O every
cent NOUN NN nsubjpass 19 O cent
will AUX MD aux 19 O will
be AUX VB auxpass 19 O be
accounted VERB VBN ccomp 24 O account
for ADP IN prep 19 O for _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
she PRON PRP nsubj 24 O she
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_lord_opening_an_office_is_part_of_the_role() -> None:
    rows = [(r.speaker, r.role) for r in Extractor().rows(frozen(_LORD_MAYOR))]
    assert rows == [("Ailsa Grant", "Lord Mayor")]
