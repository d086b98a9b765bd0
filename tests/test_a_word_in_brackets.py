"""`the Department of Health (DoH) spokesperson`, `the Confederation of Zimbabwe Industries (CZI)
president`: one word alone between brackets, a body's short form most often. One helper
(``tokens.bracketed_word``) reads the shape for a doc and for the tokens of a phrase in order,
which may skip words of the doc (a role's words with the body's taken out)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotes.tokens import bracketed_word

WORDS = ["the", "Department", "of", "Health", "(", "DoH", ")", "spokesperson", "said"]


def test_a_word_alone_between_brackets_in_a_doc() -> None:
    doc = Doc(Vocab(), words=WORDS)
    assert bracketed_word(doc, 5)
    assert not bracketed_word(doc, 4) and not bracketed_word(doc, 7)
    assert not bracketed_word(doc, 0) and not bracketed_word(doc, len(doc) - 1)


def test_a_word_alone_between_brackets_in_a_phrase_that_skips_words() -> None:
    doc = Doc(Vocab(), words=WORDS)
    phrase = [doc[0], doc[4], doc[5], doc[6], doc[7]]  # (`the (DoH) spokesperson`)
    assert bracketed_word(phrase, 2)
    assert not bracketed_word(phrase, 1) and not bracketed_word(phrase, 4)
    # (A bracket only at the end of the phrase: nothing after it to close.)
    assert not bracketed_word(phrase[:3], 2)
