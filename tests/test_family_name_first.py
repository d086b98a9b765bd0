"""A name written family name first (`Takahashi Kenji`, `Park Min-jun` is the hyphen case) is
referred to later by its family name alone: that later mention is the same person, even when
the tagger reads the lone family name as an organisation."""

from __future__ import annotations

from tests.rows import row_starting


def test_the_family_name_alone_is_the_person_named_family_name_first(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Finance Minister Takahashi Kenji said the case showed the need for tighter rules. "
        '"Banks must put customers first," Takahashi said.'
    )
    row = row_starting(extract_rows(text), "Banks must")
    assert (row.speaker, row.role, row.organization) == ("Takahashi Kenji", "Finance Minister", "")


def test_a_given_name_first_keeps_the_surname_as_the_short_form(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Finance Minister Kenji Marlowe said the case showed the need for tighter rules. "
        '"Banks must put customers first," Marlowe said.'
    )
    assert row_starting(extract_rows(text), "Banks must").speaker == "Kenji Marlowe"
