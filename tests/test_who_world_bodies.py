"""Bodies and offices in other countries' news, each from a sentence written for this file:

- a short form whose spelled-out name the tagger cut in two at `and` (`the Highland Office and
  Rural Fisheries Board` … `a HORFB spokesperson`), or left untagged before the short form in
  brackets (`Northern Rivers Authority (NRA)`);
- a town the tagger takes for a body before the office it has (`Borongo Mayor`);
- a minister's brief that holds `government` (`Rural and Local Government Minister`);
- a body's short form in brackets, in small letters, between its name and the title
  (`Tenants Federation of Ghana (Tefog) secretary-general`);
- a long portfolio after a minister of state's `for` (`Union Minister of State for Roads and
  Highways`).
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


def test_a_town_tagged_a_body_before_its_mayor_is_no_employer(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = 'On Samar, Borongo Mayor Lito Dacanay-Flores called the storm "the worst in memory" on Sunday.\n'
    row = row_starting(extract_rows(text), "the worst")
    assert (row.speaker, row.role, row.organization) == ("Lito Dacanay-Flores", "Borongo Mayor", "")


def test_a_brief_holding_government_before_a_minister_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rural and Local Government Minister Tomas Vale-Ortiz said the funds were "
        '"already spent" by Friday.\n'
    )
    row = row_starting(extract_rows(text), "already spent")
    assert row.organization == ""
    assert row.role.endswith("Local Government Minister")


def test_a_short_form_in_small_letters_between_body_and_title(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tenants Federation of Ghana (Tefog) secretary-general Kwame Mensah-Boateng described "
        'the rise as "too little, too late" on Monday.\n'
    )
    row = row_starting(extract_rows(text), "too little")
    assert (row.role, row.organization) == ("secretary-general", "Tenants Federation of Ghana")


def test_a_long_portfolio_after_minister_of_state_for(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Union Minister of State for Roads and Highways Dr. Arvind Kumar Sethi said the work would "
        'finish soon. "We are on schedule," Dr. Sethi said.\n'
    )
    row = row_starting(extract_rows(text), "We are on schedule")
    assert row.speaker == "Arvind Kumar Sethi"
    assert row.role.startswith("Union Minister of State for Roads and Highway")
