"""quotes/columns.py: a document's token attributes as lists, equal to what the tokens say."""

from __future__ import annotations

import spacy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotes.columns import NOUN, PREP, PRON, PROPN, places_of, places_of_word, read_columns
from quotes.context import DocContext
from quotes.salience import narrative_sentences


def _doc() -> Doc:
    # Two sentences: `Ana Ruiz of Linden spoke .` and `She left .`
    words = ["Ana", "Ruiz", "of", "Linden", "spoke", ".", "She", "left", "."]
    return Doc(
        Vocab(),
        words=words,
        spaces=[True, True, True, False, False, True, True, False, False],
        heads=[1, 4, 1, 2, 4, 4, 7, 7, 7],
        deps=["compound", "nsubj", "prep", "pobj", "ROOT", "punct", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT", "PRON", "VERB", "PUNCT"],
        ents=["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O", "O"],
        sent_starts=[True, False, False, False, False, False, True, False, False],
    )


def test_columns_agree_with_the_tokens() -> None:
    doc = _doc()
    cols = read_columns(doc)
    assert cols.head == [t.head.i for t in doc]
    assert [p == PROPN for p in cols.pos] == [t.pos_ == "PROPN" for t in doc]
    assert [p == PRON for p in cols.pos] == [t.pos_ == "PRON" for t in doc]
    assert not any(p == NOUN for p in cols.pos)
    assert [d == PREP for d in cols.dep] == [t.dep_ == "prep" for t in doc]
    assert [bool(e) for e in cols.ent_type] == [bool(t.ent_type_) for t in doc]
    assert [bool(v) for v in cols.is_punct] == [t.is_punct for t in doc]
    assert [bool(v) for v in cols.is_title] == [t.is_title for t in doc]
    assert [bool(v) for v in cols.ent_begins] == [t.ent_iob_ == "B" for t in doc]
    assert [doc.vocab.strings[v] for v in cols.lower] == [t.lower_ for t in doc]
    assert [doc.vocab.strings[v] for v in cols.orth] == [t.text for t in doc]
    starts = [s.start for s in doc.sents]
    # The first token starts a sentence whatever it is marked.
    assert [i for i, v in enumerate(cols.sent_start) if v == 1 and i > 0] == starts[1:]


def test_columns_are_read_once_per_document_and_afresh_for_another() -> None:
    first, second = DocContext(_doc()), DocContext(Doc(Vocab(), words=["Hello"]))
    assert first.columns is first.columns
    assert len(first.columns.pos) == 9
    assert len(second.columns.pos) == 1
    assert len(first.columns.pos) == 9


def test_narrative_sentences_skip_sentences_inside_quote_marks() -> None:
    doc = _doc()
    # The first sentence all inside quote marks: it is no sentence of the narrative.
    outside = [False] * 6 + [True] * 3
    assert narrative_sentences(DocContext(doc), outside) == [0] * 9
    assert narrative_sentences(DocContext(doc), [True] * 9) == [0] * 6 + [1] * 3


def test_places_of_finds_every_token_whose_word_is_kept_in_order() -> None:
    vocab = spacy.blank("en").vocab  # (a vocabulary that knows each word's lower case)
    doc = Doc(vocab, words=["Mr", "Lee", "met", "mr.", "Lee", "and", "MR", "Ode", "."])
    assert places_of(doc, ORTH, lambda w: w == "Lee") == [1, 4]
    assert places_of(doc, LOWER, lambda w: w.rstrip(".") == "mr") == [0, 3, 6]
    assert places_of(doc, LEMMA, lambda w: w == "nobody") == []
    assert places_of(Doc(Vocab(), words=[]), ORTH, lambda w: True) == []


def test_places_of_word_finds_the_tokens_of_one_word_as_places_of_does() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Mr", "Lee", "met", "mr.", "Lee", "and", "MR", "Ode", "."])
    assert places_of_word(doc, ORTH, "Lee") == places_of(doc, ORTH, lambda w: w == "Lee") == [1, 4]
    assert places_of_word(doc, LOWER, "mr") == [0, 6]
    assert places_of_word(doc, ORTH, "lee") == []  # (case counts for ORTH)
    assert places_of_word(doc, ORTH, "a word no document has had") == []
    assert places_of_word(Doc(Vocab(), words=[]), ORTH, "Lee") == []
