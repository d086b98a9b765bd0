"""Who a mention is, and the body a short name stands for, in news the rules had not been tuned
on (who14): each from a sentence written for the test."""

from __future__ import annotations

from tests.rows import row_starting


def test_a_clipped_short_name_is_the_body_it_starts(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Anna Berg has pushed the Federal Reserve to keep rates low.\n\n"
        "“Rates should stay where they are,” said Ms. Berg, a Fed governor since 2012."
    )
    row = row_starting(extract_rows(text), "Rates should")
    assert (row.speaker, row.role, row.organization) == ("Anna Berg", "governor", "Federal Reserve")


def test_a_description_whose_apposed_name_hangs_on_a_body_is_that_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“Nothing changed,” said his best friend at Purdue, Bruce Hale, who, like several other "
        "former classmates, remembered the day.\n\n“We tried,” Mr. Hale said."
    )
    rows = extract_rows(text)
    assert row_starting(rows, "Nothing changed").speaker == "Bruce Hale"
    assert row_starting(rows, "We tried").speaker == "Bruce Hale"


def test_no_one_is_their_own_organisation() -> None:
    from quotes.entities import not_own_name

    assert not_own_name("John “Tig” Mullins", "Mullins") == ""
    assert not_own_name("Ana Ruiz", "Ruiz Foods") == "Ruiz Foods"



def test_a_rank_and_its_service_between_a_job_and_the_name(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "“We have to win,” said Pentagon spokesman Navy Capt. Jeff Moss, who was asked about the war."
    row = row_starting(extract_rows(text), "We have to win")
    assert (row.speaker, row.role, row.organization) == ("Jeff Moss", "spokesman", "Pentagon")


def test_a_name_after_a_comma_inside_a_tagged_body_is_the_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"It may have been his first attempt," said his best friend at Lehigh, Bruce Turner, who, '
        'like several other former fraternity brothers, remembered the claim.\n\n'
        '"He was going to make it," Mr. Turner said.'
    )
    rows = extract_rows(text)
    assert row_starting(rows, "It may have been").speaker == "Bruce Turner"
    assert row_starting(rows, "He was going").speaker == "Bruce Turner"
