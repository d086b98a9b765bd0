"""`Councillor JOHN SMITH said …`, the title in small letters and the name in capitals tagged one
body: the words in capitals after the title are the holder's name, as in title case
(names.person_after_a_title_inside), not a body named *Councillor JOHN SMITH*; letters with no
vowel, `Chairman NNPC LTD`, are a body's short form still. Frozen parses of sentences written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Councillor JOHN SMITH said: "The rates are too high."
_COUNCILLOR = """
Councillor PROPN NNP compound 2 B-ORG Councillor
JOHN PROPN NNP compound 2 I-ORG JOHN
SMITH PROPN NNP nsubj 3 I-ORG SMITH
said VERB VBD ROOT 3 O say _
: PUNCT : punct 3 O :
" PUNCT `` punct 3 O " _
The DET DT det 7 O the
rates NOUN NNS nsubj 8 O rate
are AUX VBP ccomp 3 O be
too ADV RB advmod 10 O too
high ADJ JJ acomp 8 O high _
. PUNCT . punct 3 O . _
" PUNCT '' punct 3 O " _
"""

# Chairman NNPC LTD said: "Fuel will be supplied."
_LIMITED = """
Chairman PROPN NNP compound 2 O Chairman
NNPC PROPN NNP compound 2 B-ORG NNPC
LTD PROPN NNP nsubj 3 I-ORG LTD
said VERB VBD ROOT 3 O say _
: PUNCT : punct 3 O :
" PUNCT `` punct 3 O " _
Fuel PROPN NNP nsubjpass 9 O Fuel
will AUX MD aux 9 O will
be AUX VB auxpass 9 O be
supplied VERB VBN ccomp 3 O supply _
. PUNCT . punct 3 O . _
" PUNCT '' punct 3 O " _
"""


def test_a_name_in_capitals_after_a_title_tagged_a_body_is_the_holder() -> None:
    rows = Extractor().rows(frozen(_COUNCILLOR))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [("John Smith", "Councillor", "")]


def test_a_short_form_with_no_vowel_after_a_title_is_no_name() -> None:
    rows = Extractor().rows(frozen(_LIMITED))
    assert [r.speaker for r in rows] != ["Ltd"]
    assert all(r.role != "Chairman" or r.organization for r in rows)
