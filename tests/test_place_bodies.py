"""A place's body named by the place before its noun (models/place_bodies.txt): `a Welsh
government spokesperson`, `Linden police spokesman`. Sentences written for this file, parsed
by the model (the `extract_rows` fixture): these shapes live across the describer and the
entity layer."""

from __future__ import annotations

from tests.rows import row_starting


def test_a_body_named_by_a_people_before_its_noun(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`A Welsh government spokesperson said`: `government` is a body's noun, not a trade (it
    ends like `agent`), and the words in capitals before it name the body."""
    text = (
        "Schools to get funding\n\n"
        "Schools will get more money next year.\n\n"
        "A Welsh government spokesperson said: \"We are investing in every school.\"\n"
    )
    rows = extract_rows(text)
    assert [(r.role, r.organization) for r in rows] == [("spokesperson", "Welsh government")]


def test_a_place_before_its_police_is_no_part_of_the_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    """`Linden police spokesman X`: the place names the force; where the article names it in
    full, that is the organisation, and the role is the job alone."""
    text = (
        "Man held after chase\n\n"
        "The Linden Police Department arrested a man on Sunday.\n\n"
        "\"He gave himself up,\" Linden police spokesman Kevin Lane said.\n"
    )
    row = row_starting(extract_rows(text), "He gave")
    assert (row.role, row.organization) == ("spokesman", "Linden Police Department")


def test_a_place_before_its_police_names_the_force(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Man held after chase\n\n"
        "\"He gave himself up,\" Eastern Cape police spokesperson Mary Dlamini said.\n"
    )
    row = row_starting(extract_rows(text), "He gave")
    assert (row.role, row.organization) == ("spokesperson", "Eastern Cape police")
