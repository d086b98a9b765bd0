"""A sport or a field before a country's name is a national body's name, before a job in small
letters: `Football Australia chief executive James Johnson` works for Football Australia. A
place whose name opens with a word of direction (`South Australia`) stays a place. A business
called by its trade (`the supermarket's chief executive`) is the one the story names."""

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


def test_a_supermarkets_chief_executive_works_for_the_supermarket_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `supermarket` is a business's noun (models/organization_nouns.txt): `the supermarket's`
    # is the company the story names.
    text = (
        "Freshway Foods has been fined after mouldy food was found on its shelves.\n\n"
        "The supermarket's chief executive, Ken Moran, told shareholders the company would "
        "review its procedures. \u201cThis should never have happened,\u201d he said.\n"
    )
    row = row_starting(extract_rows(text), "This should never")
    assert (row.speaker, row.role, row.organization) == ("Ken Moran", "chief executive", "Freshway Foods")
