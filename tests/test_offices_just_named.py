"""An office's holder named just before (issue 10, brief who24), each from a sentence written
for this file:

- a description set before a name that takes `the` with its form of address (`The Minister of
  Lands, the Hon. Ann Cole,`) gives the name its role, so `the Minister` after is that person;
- `the Minister said`, with two ministers in the article, is the one named in the paragraph
  before;
- `the minister of St Mark's Church said` after `the Rev Ann Lowe` is she: `Rev` is the style of
  a minister of religion.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_form_of_address_with_the_before_a_name_keeps_the_apposition(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Land reform\n\n"
        "The Minister of Lands, the Hon. Ann Cole, told the paper on Monday that the "
        "Government welcomed the plan.\n\n"
        "\u201cEvery farmer will have a title,\u201d the Minister said.\n"
    )
    row = row_starting(extract_rows(text), "Every farmer")
    assert row.speaker == "Ann Cole"
    assert row.role == "Minister of Lands"


def test_the_minister_is_the_minister_just_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fever cases\n\n"
        "Health Minister Ann Cole visited the ward on Monday.\n\n"
        "Minister for Health and Social Care Leela Kurian told a press conference that 200 "
        "people had been traced.\n\n"
        "\u201cThere is no need for panic,\u201d the Minister said.\n\n"
        "Later, Transport Minister Tom Reyes said the roads would stay open.\n\n"
        "\u201cWe are ready,\u201d the Minister said.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "There is no need").speaker == "Leela Kurian"
    assert row_starting(rows, "We are ready").speaker == "Tom Reyes"


def test_the_minister_of_a_church_is_the_reverend_named_before(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Choir funds\n\n"
        "The choir\u2019s chairwoman, the Rev Ann Lowe, said after the hearing that the choir "
        "had lost more than money.\n\n"
        "\u201cWe will sing again,\u201d the minister of St Mark\u2019s Church said.\n"
    )
    row = row_starting(extract_rows(text), "We will sing")
    assert row.speaker == "Ann Lowe"
