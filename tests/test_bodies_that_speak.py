"""A body that speaks is its own organisation (ROLES.md: an organisation speaker's
`organization` is its own name), whatever the tagger made of its name: a name read as a body
where the speaker's mention starts (`the dockers' union Unite said`), or an untagged name holding
a body's noun (`Fisheries Authority Kenya said`), which is no person. Sentences written for
this file, through the real pipeline."""

from __future__ import annotations

from tests.rows import row_starting


def test_a_name_read_as_a_body_after_its_noun_speaks_as_that_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“We will not accept this,” the trade union Unite said on Monday."
    row = row_starting(extract_rows(text), "We will not accept")
    assert (row.speaker, row.role, row.organization) == ("Unite", "", "Unite")


def test_an_untagged_name_holding_a_bodys_noun_is_a_body_not_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Fisheries Authority Kenya said the catch was “down by half” this season."
    row = row_starting(extract_rows(text), "down by half")
    assert (row.speaker, row.role, row.organization) == (
        "Fisheries Authority Kenya",
        "",
        "Fisheries Authority Kenya",
    )


def test_a_given_name_before_a_bodys_noun_is_still_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“It was a disgrace,” Margaret Court said after the match."
    row = row_starting(extract_rows(text), "It was a disgrace")
    assert (row.speaker, row.organization) == ("Margaret Court", "")
