"""A body's name that runs on after its `of` up to the title is whole also with its short form
in brackets between it and the title (`Lahore Chamber of Commerce and Industry (LCCI)
president`: the role is *president*, not *and Industry president*). A frozen parse of sentences
written for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lahore Chamber of Commerce and Industry (LCCI) president Kashif Anwar said exports would fall.
# "Mills are closing," Anwar said.
_CHAMBER = """
Lahore PROPN NNP compound 1 B-ORG Lahore
Chamber PROPN NNP nmod 11 I-ORG Chamber
of ADP IN prep 1 I-ORG of
Commerce PROPN NNP pobj 2 I-ORG Commerce
and CCONJ CC cc 3 I-ORG and
Industry PROPN NNP nmod 7 I-ORG Industry
( PUNCT -LRB- punct 7 O ( _
LCCI PROPN NNP nmod 9 O LCCI _
) PUNCT -RRB- punct 7 O )
president NOUN NN compound 11 O president
Kashif PROPN NNP compound 11 B-PERSON Kashif
Anwar PROPN NNP nsubj 12 I-PERSON Anwar
said VERB VBD ROOT 12 O say
exports NOUN NNS nsubj 15 O export
would AUX MD aux 15 O would
fall VERB VB ccomp 12 O fall _
. PUNCT . punct 12 O .
" PUNCT `` punct 24 O " _
Mills NOUN NNS nsubj 20 O mill
are AUX VBP aux 20 O be
closing VERB VBG ccomp 24 O close _
, PUNCT , punct 24 O , _
" PUNCT '' punct 24 O "
Anwar PROPN NNP nsubj 24 B-PERSON Anwar
said VERB VBD ROOT 24 O say _
. PUNCT . punct 24 O . _
"""


def test_a_short_form_in_brackets_between_the_body_and_the_title() -> None:
    rows = [(r.speaker, r.role, r.organization) for r in Extractor().rows(frozen(_CHAMBER))]
    assert rows == [("Kashif Anwar", "president", "Lahore Chamber of Commerce and Industry")]
