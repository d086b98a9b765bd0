"""Roles and bodies the descriptors read in news the rules had not been tuned on (who14): each
from a sentence written for the test."""

from __future__ import annotations

from tests.rows import row_starting


def test_an_adviser_to_a_president_in_office_serves_no_campaign(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The campaign against the rebels goes on.\n\n"
        "“We must act,” said Paul Dorn, a senior adviser to then-President Jimmy Carter."
    )
    row = row_starting(extract_rows(text), "We must act")
    assert row.speaker == "Paul Dorn"
    assert row.organization == ""


def test_an_apposition_with_no_comma_before_said_is_whole(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Sam Lee, the communications director for the Ohio Democratic Party said in a statement. "
        "“We are ready.”"
    )
    row = row_starting(extract_rows(text), "We are ready")
    assert row.speaker == "Sam Lee"
    assert row.role.startswith("communications director")
    assert row.organization == "Ohio Democratic Party"


def test_a_past_post_keeps_the_body_the_verb_puts_it_at(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“It was a failure,” said Ken Ruiz, who was coordinator for counterterrorism at the State "
        "Department from 2001 to 2004."
    )
    row = row_starting(extract_rows(text), "It was a failure")
    assert row.role == "former coordinator for counterterrorism"
    assert row.organization == "State Department"


def test_a_candidates_staff_work_for_the_campaign_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“He is wrong,” said Dana Reyes, Mrs. Smith's communications director. The Smith campaign "
        "did not comment further."
    )
    row = row_starting(extract_rows(text), "He is wrong")
    assert (row.role, row.organization) == ("communications director", "Smith campaign")


def test_a_post_retired_from_keeps_the_body_its_holder_is_a_veteran_of(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"Nothing changed," said Lucy Parr, a 30-year veteran of the CIA who retired as deputy '
        "director in 2010."
    )
    row = row_starting(extract_rows(text), "Nothing changed")
    assert (row.role, row.organization) == ("former deputy director", "CIA")


def test_a_presidents_staff_work_for_the_administration_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"We will not wait," said Ben Ross, Mr. Lopez\'s deputy national security adviser. The Lopez '
        "administration has said little."
    )
    row = row_starting(extract_rows(text), "We will not wait")
    assert (row.role, row.organization) == ("deputy national security adviser", "Lopez administration")
