"""A rugby club's letters closing a name (`Neath RFC`, models/organization_nouns.txt) make it a
body, as `FC` does, though the tagger calls it a person. A frozen parse of a sentence written
for this file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Lloyd later coached Neath. Neath RFC said in a statement that the club was "devastated".
_RUGBY_CLUB_LETTERS = """
Lloyd PROPN NNP nsubj 2 O Lloyd
later ADV RB advmod 2 O later
coached VERB VBD ROOT 2 O coach
Neath PROPN NNP dobj 2 B-ORG Neath _
. PUNCT . punct 2 O .
Neath PROPN NNP compound 6 B-PERSON Neath
RFC PROPN NNP nsubj 7 I-PERSON RFC
said VERB VBD ROOT 7 O say
in ADP IN prep 7 O in
a DET DT det 10 O a
statement NOUN NN pobj 8 O statement
that SCONJ IN mark 16 O that
the DET DT det 13 O the
club NOUN NN nsubjpass 16 O club
was AUX VBD auxpass 16 O be
" PUNCT `` punct 16 O " _
devastated VERB VBN ccomp 7 O devastate _
" PUNCT '' punct 7 O " _
. PUNCT . punct 7 O . _
"""


def test_a_rugby_clubs_letters_make_a_body() -> None:
    rows = Extractor().rows(frozen(_RUGBY_CLUB_LETTERS))
    assert [(r.speaker, r.organization) for r in rows] == [("Neath RFC", "Neath RFC")]
