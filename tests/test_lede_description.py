"""A story that opens on a description of its speaker (`The Treasurer has warned …`, `Manitoba's
education minister says …`), as British, Irish, Canadian and Australian ledes do, names them in
the next paragraph: the description is that person, who gains its role. Only a definite
description that is the story's first speaker, with nobody named before it, and only when the
person named next has no other role. Stories written for this file."""

from __future__ import annotations


def who(rows) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    return [(r.speaker, r.role, r.speaker_id) for r in rows]


def test_a_capitalised_office_in_the_lede_is_the_person_named_next(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasurer has warned of \u201cpainful choices\u201d in next month's budget.\n\n"
        "Speaking in Perth on Friday, Colin Barnett said revenue had fallen sharply.\n\n"
        "\u201cWe will not borrow our way out,\u201d he said.\n"
    )
    assert who(extract_rows(text)) == [("Colin Barnett", "Treasurer", 1)] * 2


def test_a_possessive_description_in_the_lede_is_the_person_named_next(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Manitoba's education minister says the province will hire 200 teachers, calling the "
        "plan \u201ca first step toward smaller classes\u201d.\n\n"
        "\u201cClass sizes are too big,\u201d Nora Quill told reporters on Monday.\n"
    )
    assert who(extract_rows(text)) == [("Nora Quill", "education minister", 1)] * 2


def test_the_person_named_next_with_another_role_is_someone_else(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasurer has warned of \u201cpainful choices\u201d in next month's budget.\n\n"
        "Opposition leader Dana Holt said the warning was \u201cspin\u201d.\n"
    )
    rows = who(extract_rows(text))
    # (The office alone after `the`, tagged a name, is the description *The Treasurer*, as `The Mayor` is.)
    assert [r[0] for r in rows] == ["The Treasurer", "Dana Holt"]
    assert rows[0][2] != rows[1][2]


def test_an_indefinite_description_stays_unnamed(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A council spokesperson said the road would reopen \u201cwithin weeks\u201d.\n\n"
        "Resident Tom Hale said he had heard \u201cthat before\u201d.\n"
    )
    rows = who(extract_rows(text))
    assert rows[0][0] != "Tom Hale" and rows[1][0] == "Tom Hale"
