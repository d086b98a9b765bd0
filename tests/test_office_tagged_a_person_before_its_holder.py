"""`The Town Clerk (Mr. H. J. Dobbs) said:`, the council minutes' and old reports' way of naming an
office's holder: the tagger calls the office (`The Town Clerk`, or its last word `Clerk`) a
person, but no name opens with `the`; the name in apposition to it speaks, with the office for
role, as it does where the office is tagged a body. Frozen parses of sentences written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# The Town Clerk (Mr. H. J. Dobbs) said: "The rate must be raised by twopence in the pound."
_TOWN_CLERK = """
The DET DT det 2 B-PERSON the
Town PROPN NNP compound 2 I-PERSON Town
Clerk PROPN NNP nsubj 9 I-PERSON Clerk
( PUNCT -LRB- punct 7 O ( _
Mr. PROPN NNP compound 7 O Mr.
H. PROPN NNP compound 7 B-PERSON H.
J. PROPN NNP compound 7 I-PERSON J.
Dobbs PROPN NNP appos 2 I-PERSON Dobbs _
) PUNCT -RRB- punct 7 O )
said VERB VBD ROOT 9 O say _
: PUNCT : punct 9 O :
" PUNCT `` punct 9 O " _
The DET DT det 13 O the
rate NOUN NN nsubjpass 16 O rate
must AUX MD aux 16 O must
be AUX VB auxpass 16 O be
raised VERB VBN ccomp 9 O raise
by ADP IN agent 16 O by
twopence NOUN NN pobj 17 O twopence
in ADP IN prep 16 O in
the DET DT det 21 O the
pound NOUN NN pobj 19 O pound _
. PUNCT . punct 9 O . _
" PUNCT '' punct 9 O " _
"""

# The Parish Clerk (Mr. Jesse Lamb) said: "The footpath was closed in 1890."
_PARISH_CLERK = """
The DET DT det 2 O the
Parish PROPN NNP compound 2 O Parish
Clerk PROPN NNP nsubj 8 B-PERSON Clerk
( PUNCT -LRB- punct 2 O ( _
Mr. PROPN NNP compound 6 O Mr.
Jesse PROPN NNP compound 6 B-PERSON Jesse
Lamb PROPN NNP appos 2 I-PERSON Lamb _
) PUNCT -RRB- punct 2 O )
said VERB VBD ROOT 8 O say _
: PUNCT : punct 8 O :
" PUNCT `` punct 8 O " _
The DET DT det 12 O the
footpath NOUN NN nsubjpass 14 O footpath
was AUX VBD auxpass 14 O be
closed VERB VBN ccomp 8 O close
in ADP IN prep 14 O in
1890 NUM CD pobj 15 B-DATE 1890 _
. PUNCT . punct 8 O . _
" PUNCT '' punct 8 O " _
"""


def test_the_office_tagged_whole_gives_way_to_its_holder() -> None:
    rows = Extractor().rows(frozen(_TOWN_CLERK))
    assert [(r.speaker, r.role) for r in rows] == [("H. J. Dobbs", "Town Clerk")]


def test_the_office_tagged_by_its_last_word_gives_way_to_its_holder() -> None:
    rows = Extractor().rows(frozen(_PARISH_CLERK))
    assert [(r.speaker, r.role) for r in rows] == [("Jesse Lamb", "Parish Clerk")]
