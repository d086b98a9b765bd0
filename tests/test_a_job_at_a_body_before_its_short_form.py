"""`"…," a senior official at the Reserve Bank of India (RBI) said`: the short form in brackets
broke the parse (the official read as an object inside the quote's clause, the verb of saying left
with no subject), and the nearest name before the cue, the short form, spoke for the person; the
person whose job at that body is written before its name speaks, with the words up to the body's
name (as without the bracket). Frozen parse of a sentence written for this file (see
tests/frozen.py), through the whole extractor."""

from __future__ import annotations

from quotes.extractor import Extractor
from tests.frozen import frozen

# "We have received the governor's report," a senior official at the Reserve Bank of India (RBI)
# said.
_BRACKET = """
" PUNCT `` punct 22 O " _
We PRON PRP nsubj 3 O we
have AUX VBP aux 3 O have
received VERB VBN ccomp 22 O receive
the DET DT det 5 O the
governor NOUN NN poss 7 O governor _
's PART POS case 5 O 's
report NOUN NN dobj 3 O report _
, PUNCT , punct 3 O , _
" PUNCT '' punct 3 O "
a DET DT det 12 O a
senior ADJ JJ amod 12 O senior
official NOUN NN dobj 3 O official
at ADP IN prep 12 O at
the DET DT det 16 B-ORG the
Reserve PROPN NNP compound 16 I-ORG Reserve
Bank PROPN NNP pobj 13 I-ORG Bank
of ADP IN prep 16 I-ORG of
India PROPN NNP pobj 17 I-ORG India
( PUNCT -LRB- punct 20 O ( _
RBI PROPN NNP appos 16 B-ORG RBI _
) PUNCT -RRB- punct 3 O )
said VERB VBD ROOT 22 O say _
. PUNCT . punct 22 O . _
"""


def test_the_official_at_a_body_with_its_short_form_speaks() -> None:
    doc = frozen(_BRACKET)
    [row] = Extractor().rows(doc, text=doc.text)
    assert row.mention == "a senior official at the Reserve Bank of India"
    role = "senior official at the Reserve Bank of India"
    assert (row.role, row.organization) == (role, "Reserve Bank of India")
