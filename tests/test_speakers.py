"""Speaker resolution and split-quote utterances: each test is a news-like text showing one rule."""

from __future__ import annotations

from typing import Any

from quotes.spans import find_quote_spans


def _row(rows: list[Any], start_of_quote: str) -> Any:
    hits = [r for r in rows if r.quote.startswith(start_of_quote)]
    assert hits, [r.quote for r in rows]
    return hits[0]


def _utterances(text: str) -> list[int]:
    return [s.utterance for s in find_quote_spans(text)]


# --- a quote split by its attribution is one utterance --------------------------------------


def test_quote_split_by_a_short_attribution_is_one_utterance() -> None:
    text = "“The dam will hold,” the engineer said. “We checked it twice.”\n\n“Next.”"
    assert _utterances(text) == [0, 0, 1]


def test_split_around_an_inverted_attribution_with_an_apposition() -> None:
    text = (
        "“Rents have doubled,” said Maria Lopez, chair of the Eastside Tenants' Union, who "
        "has lived there since 1990. “People are leaving.”"
    )
    assert _utterances(text) == [0, 0]


def test_split_with_single_marks_and_a_participle_after_the_cue() -> None:
    text = "‘We lost our heads,’ he said, shaking his head. ‘It won’t happen again.’"
    assert _utterances(text) == [0, 0]


def test_split_with_an_abbreviated_title_in_the_attribution() -> None:
    text = "“Prices will fall,” said Dr. Ellen R. Marsh. “But not this year.”"
    assert _utterances(text) == [0, 0]


def test_quote_ending_its_sentence_is_not_joined_to_the_next() -> None:
    # The first quote ends with a full stop: the next is a new statement.
    text = "“The dam will hold.” The engineer said so twice. “We checked it.”"
    assert _utterances(text) == [0, 1]


def test_quotes_in_different_paragraphs_are_not_joined() -> None:
    text = "“The dam will hold,” the engineer said.\n\n“We checked it twice.”"
    assert _utterances(text) == [0, 1]


def test_dialogue_turns_with_their_own_attribution_stay_apart() -> None:
    text = "“Are you ready,” the captain asked. “Ready,” the pilot replied."
    assert _utterances(text) == [0, 1]


def test_long_narrative_between_quotes_is_not_an_attribution() -> None:
    text = (
        "“We will appeal,” she said. Then the court heard from four more witnesses. “Nothing "
        "changes.”"
    )
    assert _utterances(text) == [0, 1]


def test_second_piece_of_a_split_quote_shares_speaker_and_cue(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Becker, the mayor of Linden, spoke after the vote. “We built this town together,” "
        "he said. “We will rebuild it together.”"
    )
    rows = extract_rows(text)
    first, second = _row(rows, "We built"), _row(rows, "We will rebuild")
    assert first.utterance == second.utterance
    assert (second.speaker, second.cue) == (first.speaker, first.cue) == ("Tom Becker", "said")
