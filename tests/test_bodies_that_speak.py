"""Organisations read by mechanisms any country's news shares. A body that speaks is its own
organisation (ROLES.md: an organisation speaker's `organization` is its own name), whatever the
tagger made of its name: a name read as a body where the speaker's mention starts (`the trade
union Unite said`), or an untagged name holding a body's noun (`Fisheries Authority Kenya
said`), which is no person. A plural's possessive mark may sit inside a body's name (`Harbour
Workers' General Union president X`); a form of address (`Dr`) opens a person's name, never a
body's words; a body's short form, then a place, is that body's branch (`Ganu Volta regional
secretary X` after `the Ghana Nurses Union (Ganu)`). Sentences written for this file, through
the real pipeline."""

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


def test_a_plurals_possessive_inside_a_bodys_name_before_a_title(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“We need talks,” said Harbour Workers' General Union president Kofi Mensah."
    row = row_starting(extract_rows(text), "We need talks")
    assert (row.speaker, row.role, row.organization) == (
        "Kofi Mensah",
        "president",
        "Harbour Workers' General Union",
    )


def test_a_form_of_address_ends_a_title_and_is_no_part_of_a_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Head of Disease Control Dr Mere Tuilagi said most cases were “linked to two villages”."
    row = row_starting(extract_rows(text), "linked to two villages")
    assert (row.speaker, row.organization) == ("Mere Tuilagi", "")


def test_a_short_form_then_a_branchs_place_before_a_title_is_the_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Ghana Nurses Union (Ganu) said its members were angry.\n\n"
        "“We wrote to the hospital,” said Ganu Volta regional secretary Ama Owusu."
    )
    row = row_starting(extract_rows(text), "We wrote to the hospital")
    assert (row.speaker, row.role, row.organization) == (
        "Ama Owusu",
        "regional secretary",
        "Ghana Nurses Union",
    )
