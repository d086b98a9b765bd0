"""quotes/columns.py: a document's token attributes as lists, equal to what the tokens say."""

from __future__ import annotations

import spacy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotes.columns import (
    NOUN,
    PREP,
    PRON,
    PROPN,
    WordTest,
    places_of_word,
    places_of_words,
    read_columns,
    word_column,
    word_test,
)
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


def test_a_word_test_finds_every_token_whose_word_it_accepts_in_order() -> None:
    vocab = spacy.blank("en").vocab  # (a vocabulary that knows each word's lower case)
    doc = Doc(vocab, words=["Mr", "Lee", "met", "mr.", "Lee", "and", "MR", "Ode", "."])
    assert WordTest(lambda w: w == "Lee").places(doc, ORTH) == [1, 4]
    assert WordTest(lambda w: w.rstrip(".") == "mr").places(doc, LOWER) == [0, 3, 6]
    assert WordTest(lambda w: w == "nobody").places(doc, LEMMA) == []
    assert WordTest(lambda w: True).places(Doc(Vocab(), words=[]), ORTH) == []


def test_a_word_test_asks_each_word_once_and_keeps_the_answer_for_the_next_article() -> None:
    asked: list[str] = []

    def keep(word: str) -> bool:
        asked.append(word)
        return word.lower() in ("company", "firm")

    test = WordTest(keep)
    first = Doc(spacy.blank("en").vocab, words=["The", "company", "and", "the", "Firm", "."])
    second = Doc(Vocab(), words=["A", "firm", "and", "a", "company", "owner", "."])
    assert test.places(first, ORTH) == [1, 4]
    assert sorted(asked) == sorted(["The", "company", "and", "the", "Firm", "."])
    asked.clear()
    # (Another vocabulary: a word's hash is the same in every one, so its answer holds.)
    assert test.places(second, ORTH) == [1, 4]
    assert sorted(asked) == ["A", "a", "firm", "owner"]


def test_a_word_test_that_starts_again_still_answers_every_word_of_the_article(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import quotes.columns

    # Past the most hashes it keeps, a test forgets what it was told; the words of the article
    # that were known before must be asked again, not read from a table that no longer has them.
    monkeypatch.setattr(quotes.columns, "_MOST_ASKED", 3)
    test = WordTest(lambda w: w.lower() in ("company", "firm"))
    vocab = spacy.blank("en").vocab
    assert test.places(Doc(vocab, words=["The", "company", "and", "the", "firm", "."]), ORTH) == [1, 4]
    second = Doc(vocab, words=["A", "company", "sold", "the", "firm", "today", "."])
    assert test.places(second, ORTH) == [1, 4]
    assert test.places(second, ORTH) == [1, 4]


def test_word_test_is_one_per_list_and_reads_words_in_small_letters() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Mrs.", "Ode", "told", "MR", "Lee", "."])
    addresses = frozenset({"mr", "mrs"})
    assert word_test(addresses) is word_test(addresses)
    assert word_test(addresses).places(doc, ORTH) == [3]
    assert word_test(addresses, unstopped=True).places(doc, LOWER) == [0, 3]


def test_places_of_word_and_places_of_words_find_the_tokens_of_the_words_given() -> None:
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Mr", "Lee", "met", "mr.", "Lee", "and", "MR", "Ode", "."])
    assert places_of_word(doc, ORTH, "Lee") == [1, 4]
    assert places_of_word(doc, LOWER, "mr") == [0, 6]
    assert places_of_word(doc, ORTH, "lee") == []  # (case counts for ORTH)
    assert places_of_word(doc, ORTH, "a word no document has had") == []
    assert places_of_word(Doc(Vocab(), words=[]), ORTH, "Lee") == []
    assert places_of_words(doc, ORTH, {"Ode", "Lee", "a word no document has had"}) == [1, 4, 7]
    assert places_of_words(doc, ORTH, ()) == []


def test_a_word_column_is_kept_for_its_own_document_only() -> None:
    # places_of_word keeps the last document's column (word_column): a second document of the
    # same length, and the first asked again after it, each get their own words' places.
    vocab = spacy.blank("en").vocab
    first = Doc(vocab, words=["Lee", "met", "Ode", "."])
    second = Doc(vocab, words=["Ode", "met", "Lee", "."])
    assert places_of_word(first, ORTH, "Lee") == [0]
    assert places_of_word(first, ORTH, "Ode") == [2]  # (the kept column)
    assert places_of_word(second, ORTH, "Lee") == [2]
    assert places_of_words(second, LOWER, {"ode"}) == [0]
    assert places_of_word(first, ORTH, "Lee") == [0]
    assert word_column(first, ORTH) is word_column(first, ORTH)
