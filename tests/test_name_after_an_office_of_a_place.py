"""A name the tagger leaves untagged right after `The <office> of <Place>,` (issue 10, brief
who28), from sentences written for this file: the words in capitals set off by commas there name
the office's holder, whatever given name opens them."""

from __future__ import annotations

from tests.rows import row_starting


def test_an_untagged_name_after_the_mayor_of_a_town_is_the_mayor(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Slide closes road\n\n"
        "The mayor of Lyngdal, Dag Fjeld Olsen (Sp), said the closure had cut off around 300 "
        "residents.\n\n"
        "\u201cThe ferry is running extra trips,\u201d he said.\n"
    )
    row = row_starting(extract_rows(text), "The ferry is running")
    assert row.speaker == "Dag Fjeld Olsen"
    assert row.role.startswith("mayor")
