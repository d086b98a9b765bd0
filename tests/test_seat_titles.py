"""A seat's title opening a sentence before the name it describes (issue 10, brief who28), from
sentences written for this file: `Opposition MP for Leeds East, Tom Reyes, said` gives Tom Reyes
the seat, as `Opposition councillor for …` already did, and the `of` in `MP for Port of Spain
South` opens no body."""

from __future__ import annotations

from tests.rows import row_starting


def test_an_mp_for_a_seat_before_the_name_is_the_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Drains\n\n"
        "Opposition MP for Leeds East, Tom Reyes, said the Government had promised the same "
        "drains twice.\n\n"
        "\u201cIt is a promise written in sand,\u201d Reyes said.\n"
    )
    row = row_starting(extract_rows(text), "It is a promise")
    assert row.speaker == "Tom Reyes"
    assert row.role.startswith("MP for Leeds East") or row.role.startswith("Opposition MP")


def test_an_of_inside_a_seats_name_opens_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Drains\n\n"
        "Opposition MP for Port of Spain South, Tom Reyes, said the Government had promised the "
        "same drains twice.\n\n"
        "\u201cIt is a promise written in sand,\u201d Reyes said.\n"
    )
    row = row_starting(extract_rows(text), "It is a promise")
    assert row.speaker == "Tom Reyes"
    assert row.role.startswith("MP for Port of Spain")
    assert row.organization == ""
