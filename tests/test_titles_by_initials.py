"""A title written out once and then by its initials (issue 10, brief who28), each from a
sentence written for this file: `the DPP said` after `Director of Public Prosecutions Ann Cole`
is she, `the ASG` after `Additional Solicitor General Tom Reyes` is he, and `the DCE` after
`The District Chief Executive (DCE) for Eastvale, Mrs Ama Owusu,` (read as a body) is she."""

from __future__ import annotations

from tests.rows import row_starting


def test_the_initials_of_a_title_stand_for_its_holder(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fraud case dropped\n\n"
        "The Director of Public Prosecutions, Ann Cole, told the court on Monday that the "
        "evidence had been lost.\n\n"
        "\u201cWe cannot go on without the ledgers,\u201d the DPP said.\n"
    )
    row = row_starting(extract_rows(text), "We cannot go on")
    assert row.speaker == "Ann Cole"


def test_the_initials_of_an_added_title_stand_for_its_holder(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Road widening\n\n"
        "Additional Solicitor General Tom Reyes told the bench the survey was complete.\n\n"
        "\u201cThe records are in the file,\u201d the ASG replied.\n"
    )
    row = row_starting(extract_rows(text), "The records are")
    assert row.speaker == "Tom Reyes"
    assert row.role == "Additional Solicitor General"



def test_the_initials_of_an_office_the_tagger_calls_a_body_stand_for_its_holder(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Drains choked\n\n"
        "The District Chief Executive (DCE) for Eastvale, Mrs Ama Owusu, described the drains "
        "as a trap for children.\n\n"
        "\u201cFrom Monday we will fine anybody dumping refuse,\u201d the DCE said.\n"
    )
    row = row_starting(extract_rows(text), "From Monday")
    assert row.speaker == "Ama Owusu"
