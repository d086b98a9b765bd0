"""The who layer: the article's people and organisations, one profile each, on every row."""

from __future__ import annotations

from typing import Any


def _row(rows: list[Any], start_of_quote: str) -> Any:
    hits = [r for r in rows if r.quote.startswith(start_of_quote)]
    assert hits, [r.quote for r in rows]
    return hits[0]


def test_an_unresolved_pronoun_names_nobody_but_keeps_its_mention(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“The water is rising,” she said."
    row = _row(extract_rows(text), "The water")
    assert row.speaker == "" and row.speaker_id == -1
    assert row.mention == "she"
    assert text[row.speaker_start : row.speaker_end] == "she"
    assert row.confidence == 0.0


def test_a_role_given_later_reaches_the_earlier_rows(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“We will rebuild the pier,” said Ana Ruiz on Monday.\n\n"
        "Ruiz, the mayor of Linden, has held the post since 2019. “It will take a year,” Ruiz said."
    )
    rows = extract_rows(text)
    first, second = _row(rows, "We will rebuild"), _row(rows, "It will take")
    assert first.speaker == second.speaker == "Ana Ruiz"
    assert first.role == second.role == "mayor of Linden"
    assert first.speaker_id == second.speaker_id


def test_speakers_are_numbered_by_their_first_mention_in_the_article(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Hale and Priya Raman met on Friday.\n\n"
        "“We agreed on nothing,” Raman said.\n\n"
        "“That is not true,” Hale said."
    )
    rows = extract_rows(text)
    assert _row(rows, "We agreed").speaker == "Priya Raman"
    assert _row(rows, "We agreed").speaker_id == 2
    assert _row(rows, "That is not").speaker_id == 1


def test_a_title_before_the_surname_is_no_part_of_the_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Dr Leila Haddad opened the clinic. “We are full,” Dr Haddad said."
    row = _row(extract_rows(text), "We are full")
    assert row.speaker == "Leila Haddad"
