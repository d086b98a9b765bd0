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


# --- names, honorifics, pronouns, cues ----------------------------------------------------


def test_honorific_is_not_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Defending, Rhys Morgan said his client was sorry.\n\n"
        "“He knows there is nothing he can say to make this right,” Mr Morgan told the court."
    )
    row = _row(extract_rows(text), "He knows there")
    assert row.speaker == "Rhys Morgan"
    assert row.role == ""


def test_pronoun_prefers_the_person_named_in_its_paragraph(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Judge Helen Marsh said the sentence had to deter others.\n\n"
        "Outside court, Anita Desai, chief executive of the Little Lanterns Trust, said the "
        "charity had lost its reserves. “We had to let six nurses go,” she said."
    )
    row = _row(extract_rows(text), "We had to let")
    assert row.speaker == "Anita Desai"


def test_participle_after_said_is_not_the_cue(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lewis Carter has played for the club since 1994.\n\n"
        "‘People have been asking me that for years,’ he said, laughing. ‘I’ll know when it’s "
        "time. It isn’t yet.’"
    )
    rows = extract_rows(text)
    assert _row(rows, "I’ll know").cue == "said"
    assert _row(rows, "I’ll know").speaker == "Lewis Carter"


def test_quote_after_a_paraphrase_belongs_to_the_subject_of_said(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Omar Nasser, a consultant at St Brendan’s Hospital, said his ward had admitted 23 "
        "children since August. “Two of them were in intensive care. Both are home now.”"
    )
    row = _row(extract_rows(text), "Two of them")
    assert row.speaker == "Omar Nasser"
    assert row.cue == "said"


def test_quote_before_a_sentence_whose_subject_reports(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trains were cancelled across the region.\n\n"
        "“I waited an hour and a half in the rain with a three-year-old.” Ana Pereira, a nurse, "
        "said she had been late for her shift."
    )
    row = _row(extract_rows(text), "I waited")
    assert row.speaker == "Ana Pereira"
