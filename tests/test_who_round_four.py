"""The body a document speaks for, and bodies a role's words or its sentence give, in news the
rules had not been tuned on (who15): each from a sentence written for the test."""

from __future__ import annotations

from tests.rows import row_starting


def test_a_document_from_a_body_has_that_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = '"Costs rose sharply," said a letter from the Acme Foundation.'
    row = row_starting(extract_rows(text), "Costs rose")
    assert row.organization == "Acme Foundation"


def test_a_document_a_body_released_earlier_has_that_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A memo released by the Acme Foundation arrived on Monday.\n\n"
        '"Costs rose sharply," the memo said.'
    )
    row = row_starting(extract_rows(text), "Costs rose")
    assert (row.role, row.organization) == ("", "Acme Foundation")


def test_a_statement_a_campaign_issued_is_the_campaigns(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Cole is running for governor. Her rival Tom Hale mocked her on Sunday.\n\n"
        "Ana Cole's campaign issued a statement on Monday.\n\n"
        '"The vote was unfair," the statement said.'
    )
    row = row_starting(extract_rows(text), "The vote was")
    assert row.organization == "Cole campaign"


def test_a_document_no_body_is_given_for_has_none(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tom Hale wrote to the Acme Foundation on Monday.\n\n"
        '"Costs rose sharply," the letter said.'
    )
    row = row_starting(extract_rows(text), "Costs rose")
    assert row.organization == ""


def test_the_head_of_a_bodys_name_alone_is_that_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ana Ruiz spoke for the Ohio Chamber of Commerce on Monday. "
        '"We are ready," said Tom Hale, the Chamber\'s chief strategist.'
    )
    row = row_starting(extract_rows(text), "We are ready")
    assert (row.role, row.organization) == ("chief strategist", "Ohio Chamber of Commerce")


def test_a_last_word_names_no_body_the_article_has_not_yet_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Ana Cole, the House Speaker, spoke on Monday. The White House was silent. '
        '"We are ready," said Ms. Cole.'
    )
    row = row_starting(extract_rows(text), "We are ready")
    assert (row.role, row.organization) == ("Speaker", "House")
