"""An apposition after a name ends where the next sentence starts, also when that sentence is
cut after a company's `Ltd.` (`said X, chief economist at Kestrel Ltd. X added`), and a
preposition the parser left with no object takes the body the tagger tags right after it.
Frozen parse of sentences written for this file (see tests/frozen.py), `Ltd.` hung on the name
as the model hangs it in `said Aditi Nayar, chief economist at ICRA Ltd. Nayar added`, through
the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "Rates will stay high for longer," said Dana Whitfield, chief economist at Kestrel Ltd.
# Whitfield added that a cut was unlikely before spring.
_LTD = """
" PUNCT `` punct 9 O " _
Rates NOUN NNS nsubj 3 O rate
will AUX MD aux 3 O will
stay VERB VB ccomp 9 O stay
high ADJ JJ acomp 3 O high
for ADP IN prep 3 O for
longer ADJ JJR pobj 5 O long _
, PUNCT , punct 9 O , _
" PUNCT '' punct 9 O "
said VERB VBD ROOT 9 O say
Dana PROPN NNP compound 11 B-PERSON Dana
Whitfield PROPN NNP nsubj 9 I-PERSON Whitfield _
, PUNCT , punct 11 O ,
chief ADJ JJ amod 14 O chief
economist NOUN NN appos 11 O economist
at ADP IN prep 14 O at
Kestrel PROPN NNP compound 17 B-ORG Kestrel
Ltd. PROPN NNP punct 11 I-ORG Ltd.
Whitfield PROPN NNP nsubj 19 B-PERSON Whitfield
added VERB VBD ROOT 19 O add
that SCONJ IN mark 23 O that
a DET DT det 22 O a
cut NOUN NN nsubj 23 O cut
was AUX VBD ccomp 19 O be
unlikely ADJ JJ acomp 23 O unlikely
before ADP IN prep 23 O before
spring NOUN NN pobj 25 O spring _
. PUNCT . punct 19 O . _
"""


def test_an_apposition_ends_where_the_next_sentence_starts_after_ltd() -> None:
    rows = Extractor().rows(frozen(_LTD))
    assert [(r.speaker, r.role, r.organization) for r in rows] == [
        ("Dana Whitfield", "chief economist at Kestrel Ltd.", "Kestrel Ltd.")
    ]
