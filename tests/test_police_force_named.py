"""A police spokesperson or officer with no body of their own is of the one police force named
in their paragraph or the one before (`Officers from Kent Police …`, `Brussels police said …`,
`The Garda said …`), and `police` leaves the role then; with two forces named, neither. Each
sentence was written for this file.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_police_spokesman_speaks_for_the_force_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officers from Kent Police arrested two men on Friday.\n\n"
        "\u201cThe investigation is continuing,\u201d a police spokesman said.\n"
    )
    row = row_starting(extract_rows(text), "The investigation is")
    assert (row.role, row.organization) == ("spokesman", "Kent Police")
    # Two forces named: neither; nor one named further back than the paragraph before.
    two = text.replace("Kent Police", "Kent Police and Essex Police")
    row = row_starting(extract_rows(two), "The investigation is")
    assert (row.role, row.organization) == ("police spokesman", "")
    far = text.replace("\n\n", "\n\nBoth men were released on bail.\n\n")
    row = row_starting(extract_rows(far), "The investigation is")
    assert (row.role, row.organization) == ("police spokesman", "")


def test_a_place_before_police_names_the_force(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brussels police said the road would stay closed overnight.\n\n"
        "\u201cWe ask drivers to avoid the area,\u201d a police spokesperson said.\n"
    )
    row = row_starting(extract_rows(text), "We ask drivers")
    assert (row.role, row.organization) == ("spokesperson", "Brussels police")


def test_a_police_rank_is_in_the_force_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Garda said a man in his 40s had been arrested in Cork.\n\n"
        "\u201cHe is being questioned,\u201d Superintendent Joe Walsh said.\n"
    )
    row = row_starting(extract_rows(text), "He is being questioned")
    assert (row.role, row.organization) == ("Superintendent", "Garda")

