"""A sport before a country's name is a national body's name before a job in small letters also
when the tagger takes the two for a person's name (`Cricket Ireland chief executive`) or the
country has two words (`Chess South Africa president`). Each sentence was written for this file.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_sport_and_country_tagged_a_person_is_the_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cGood,\u201d said Cricket Ireland chief executive Warren Doyle.\n"
    row = row_starting(extract_rows(text), "Good")
    assert (row.speaker, row.role, row.organization) == ("Warren Doyle", "chief executive", "Cricket Ireland")
