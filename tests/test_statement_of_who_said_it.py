"""A document read out after the one who said it in it: `X said in a statement …` or `In a
statement, X said …`, then `“…,” the statement said` is X's statement, so X is its issuing body
(ROLES.md 3) when X is a body, and none when X is a person. Each sentence was written for this
file.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_body_that_said_it_in_a_statement_issued_the_statement(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harbour Rail Corporation said in a statement that the new line would open in May.\n\n"
        "\u201cThe first trains will run on time,\u201d the statement said.\n"
    )
    row = row_starting(extract_rows(text), "The first trains")
    assert (row.speaker, row.organization) == ("the statement", "Harbour Rail Corporation")


def test_a_statement_opening_the_sentence_is_the_subjects(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a statement, the Ministry of Fisheries said it had closed the bay to trawlers.\n\n"
        "\u201cNo boat may fish there until June,\u201d the statement read.\n"
    )
    row = row_starting(extract_rows(text), "No boat may fish")
    assert row.organization == "Ministry of Fisheries"
