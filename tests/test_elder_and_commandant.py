"""Two words about a person's place (issue 10, brief who28), each from a sentence written for
this file: `the elder Lowe` tells a father from his daughter and gives him no role; a
`Commandant` before a name is that person's rank."""

from __future__ import annotations

from tests.rows import row_starting


def test_the_elder_before_a_name_is_no_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Old mill\n\n"
        "Her father, Jon Lowe, now 70, still visits the mill most mornings.\n\n"
        "\u201cI thought the mill would close with me,\u201d the elder Lowe says.\n"
    )
    row = row_starting(extract_rows(text), "I thought the mill")
    assert row.speaker == "Jon Lowe"
    assert row.role == ""


def test_a_commandant_before_a_name_is_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Flood relief\n\n"
        "The coast guard has sent six boats to the delta, Coast Guard Commandant Tom Reyes "
        "told reporters.\n\n"
        "\u201cWe have kept two boats in reserve,\u201d he said.\n"
    )
    row = row_starting(extract_rows(text), "We have kept")
    assert row.speaker == "Tom Reyes"
    assert "Commandant" in row.role
