"""A body named for its members' trade (`the Airline Pilots' Union`, `Bank Workers Union`) is a
union, not an airline or a bank: `the company` is never it."""

from __future__ import annotations

from tests.rows import row_starting


def test_the_company_is_not_the_union_named_for_its_trade(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Pilots at Norrvik Air walked out on Friday over pay.\n\n"
        "The Northern Airline Pilots' Union (NAPU) said its members had voted for action. "
        '"Our pilots have waited two years," NAPU general secretary Tom Ellery said.\n\n'
        'The company said it was "deeply disappointed" by the walkout.'
    )
    row = row_starting(extract_rows(text), "deeply disappointed")
    assert row.speaker == "Norrvik Air"


def test_a_bank_named_with_of_is_still_a_bank(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Bank of Westmark raised its main rate on Thursday.\n\n"
        'The bank said inflation was "still far too high".'
    )
    assert row_starting(extract_rows(text), "still far").speaker == "Bank of Westmark"
