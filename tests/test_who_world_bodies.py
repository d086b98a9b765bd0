"""Bodies and offices in other countries' news, each from a sentence written for this file:

- a short form whose spelled-out name the tagger cut in two at `and` (`the Highland Office and
  Rural Fisheries Board` … `a HORFB spokesperson`), or left untagged before the short form in
  brackets (`Northern Rivers Authority (NRA)`).
"""

from __future__ import annotations

from quotes.entities import spelled_in_text
from tests.rows import row_starting


def test_a_short_form_is_the_body_cut_in_two_at_and(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Highland Office and Rural Fisheries Board said the boats would be inspected.\n\n"
        "\u201cWe will inspect every boat,\u201d a HORFB spokesperson said.\n"
    )
    row = row_starting(extract_rows(text), "We will inspect")
    assert (row.role, row.organization) == ("spokesperson", "Highland Office and Rural Fisheries Board")


def test_a_short_form_in_brackets_names_the_words_before_it() -> None:
    text = "Lowland Water Conservancy (Lowcon) met on Monday. A Lowcon officer said so."
    assert spelled_in_text(text, "Lowcon") == "Lowland Water Conservancy"
    nra = "The Northern Rivers Authority (NRA) said so."
    assert spelled_in_text(nra, "NRA") == "Northern Rivers Authority"
    # Initials alone must point at one name only.
    assert spelled_in_text("Border Rail Company and Blue Ridge Council met.", "BRC") == ""
