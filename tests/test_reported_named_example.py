"""Who says what a group says through one named example (quotes/indirect.py,
``_named_example``): `Critics like Ana Ruiz argue …` is Ana Ruiz's. Frozen parse
(tests/frozen.py) of a sentence written for this file."""

from __future__ import annotations

from quotes.attribution import QuoteIndex
from quotes.context import DocContext
from quotes.indirect import reported_speech
from tests.frozen import frozen

CRITICS_LIKE_RUIZ = """
Critics NOUN NNS nsubj 4 O critic
like ADP IN prep 0 O like
Ana PROPN NNP compound 3 B-PERSON Ana
Ruiz PROPN NNP pobj 1 I-PERSON Ruiz
argue VERB VBP ROOT 4 O argue
that SCONJ IN mark 8 O that
the DET DT det 7 O the
levy NOUN NN nsubj 8 O levy
is AUX VBZ ccomp 4 O be
unfair ADJ JJ acomp 8 O unfair _
. PUNCT . punct 4 O . _
"""


def test_a_group_named_by_one_example_speaks_through_it() -> None:
    doc = frozen(CRITICS_LIKE_RUIZ)
    found = reported_speech(QuoteIndex(DocContext(doc), []))
    assert [(doc.text[r.start : r.end], doc.text[r.mention.start : r.mention.end]) for r in found] == [
        ("the levy is unfair", "Ana Ruiz")
    ]
