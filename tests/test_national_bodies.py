"""A sport or a field before a country's name is a national body's name, before a job in small
letters: `Football Australia chief executive James Johnson` works for Football Australia. A
place whose name opens with a word of direction (`South Australia`) stays a place."""

from __future__ import annotations

from tests.rows import row_starting


def test_a_sport_before_a_country_names_the_body_before_a_job(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Football Australia chief executive Kelly Ryan said the crowd was \u201ca record\u201d.\n"
    row = row_starting(extract_rows(text), "a record")
    assert (row.speaker, row.role, row.organization) == (
        "Kelly Ryan",
        "chief executive",
        "Football Australia",
    )


def test_a_place_opened_by_a_direction_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "South Australia police commissioner Grant Stevens said the road was \u201cclosed\u201d.\n"
    row = row_starting(extract_rows(text), "closed")
    assert row.organization != "South Australia"
