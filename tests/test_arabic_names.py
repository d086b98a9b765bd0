"""An Arabic name the tagger cuts in two (`Maitha` as a place, `Al Suwaidi` as a body) is one
person's: a given name right before a name opened by a particle (`Al`, `bin`, `Abu`)."""

from __future__ import annotations

from tests.rows import row_starting


def test_a_given_name_joins_the_particle_name_after_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = 'Maitha Al Suwaidi studies dugongs off Abu Dhabi. "Stable is not the same as safe," she says.'
    assert row_starting(extract_rows(text), "Stable is").speaker == "Maitha Al Suwaidi"


def test_a_place_before_a_particle_name_stays_a_place(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `Dubai` is no given name: the name is the one after it.
    text = 'In Dubai Al Mansouri told reporters: "The port will grow."'
    assert row_starting(extract_rows(text), "The port").speaker == "Al Mansouri"
