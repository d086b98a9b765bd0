"""A definite description later in a story gives its job to the person it stands for; an office
a job owns (`the mayor's office asked …`) is a body acting, and describes no person. Stories
written for this file."""

from __future__ import annotations

from tests.rows import row_starting


def test_an_office_owned_by_a_job_is_no_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maria Duarte said the family was heartbroken. \u201cHe was coming home from his shift,\u201d "
        "she said.\n\n"
        "The mayor's office asked witnesses to come forward.\n"
    )
    row = row_starting(extract_rows(text), "He was coming")
    assert (row.speaker, row.role) == ("Maria Duarte", "")
