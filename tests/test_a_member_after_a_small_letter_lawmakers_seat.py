"""`Opposition assemblyman for Pulau Betong Muhamad Hafiz Yusof described …`: a lawmaker's title
in small letters, `for`, the seat and the member's name (tagged a person once the seat is cut
off, tokens.names_after_a_portfolio_tagged_a_body), with no commas, was read whole as one
description, the speaker the whole string. The person after the seat speaks, and the title,
`for` and the seat are the role, as after `MP for`. Frozen parse of a sentence written for this
file (see tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# Opposition assemblyman for Pulau Betong Muhamad Hafiz Yusof described the toll rise as cruel.
_ASSEMBLYMAN = """
Opposition NOUN NN compound 1 O opposition
assemblyman NOUN NN nsubj 8 O assemblyman
for ADP IN prep 1 O for
Pulau PROPN NNP compound 7 B-PERSON Pulau
Betong PROPN NNP compound 7 I-PERSON Betong
Muhamad PROPN NNP compound 7 I-PERSON Muhamad
Hafiz PROPN NNP compound 7 I-PERSON Hafiz
Yusof PROPN NNP pobj 2 O Yusof
described VERB VBD ROOT 8 O describe
the DET DT det 11 O the
toll NOUN NN compound 11 O toll
rise NOUN NN dobj 8 O rise
as ADP IN prep 8 O as
cruel ADJ JJ amod 12 O cruel _
. PUNCT . punct 8 O . _
"""


def test_the_member_after_a_small_letter_lawmakers_seat_speaks() -> None:
    rows = Extractor(indirect=True).rows(frozen(_ASSEMBLYMAN))
    got = [(r.speaker, r.role, r.mention) for r in rows]
    assert got == [("Muhamad Hafiz Yusof", "Opposition assemblyman for Pulau Betong", "Muhamad Hafiz Yusof")]
