"""`the regulator`, `the watchdog`: a noun for what a body does, with no body of that kind named,
stands for the body that was the subject just before, even when another body was named after it
(`The Authority has opened an inquiry into Northway Bank`)."""

from __future__ import annotations

from tests.rows import row_starting


def test_the_regulator_is_the_subject_not_the_body_it_acts_on(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbour Conduct Authority has opened an inquiry into Northway Bank. "
        '"We have seen evidence of harm," the regulator said.'
    )
    row = row_starting(extract_rows(text), "We have seen")
    assert (row.speaker, row.organization) == ("Harbour Conduct Authority", "Harbour Conduct Authority")


def test_the_watchdog_after_a_body_named_with_its_article(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Harbour Conduct Authority has opened an inquiry. "
        '"We have seen evidence of harm," the watchdog said.'
    )
    assert row_starting(extract_rows(text), "We have seen").speaker == "Harbour Conduct Authority"
