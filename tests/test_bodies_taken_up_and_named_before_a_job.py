"""Bodies a person is tied to (issue 10, ROLES.md 5), from sentences written for this file and
parsed through the pipeline:

- capitalised words the tagger calls no body (here a work of art), right before a job in small
  letters that a person named at once holds, are the body that person works for (`Open Ledger
  Nederland director Anna Moyo`);
- a post taken up in a relative clause (`Hale, who took over as head of the Harbour City
  Constabulary`) is held now: its body is the person's, whatever role the title before the
  name gives;
- a body with its own noun after `from` is where one works, not where one comes from (`a
  glaciologist from Uppsala University`);
- a number inside a body's name before its noun (`president of the District 12 board`);
- a sentence opening at a body places there the person whose job follows the comma (`At
  Harbour Foods on Main Street, manager Luis Ortega said`);
- `the station` is a body's noun (`a researcher at the station`, the Kallsjo Research Station).
"""

from __future__ import annotations

from tests.rows import row_starting


def test_capitalised_words_before_a_job_a_named_person_holds_are_the_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cThe ruling is a warning,\u201d Open Ledger Nederland director Anna Moyo said.\n"
    row = row_starting(extract_rows(text), "The ruling")
    assert (row.role, row.organization) == ("director", "Open Ledger Nederland")


def test_a_party_before_a_nominee_is_no_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cWe will win this,\u201d Presumptive GOP nominee Dan Mercer said.\n"
    row = row_starting(extract_rows(text), "We will win")
    assert row.organization == ""


def test_the_body_of_a_post_taken_up_is_the_persons(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "\u201cWe are listening to every street,\u201d Police Commissioner Tom Hale said on Monday.\n\n"
        "Hale, who took over as head of the Harbour City Constabulary in May, said the new unit "
        "would start in June.\n"
    )
    row = row_starting(extract_rows(text), "We are listening")
    assert (row.role, row.organization) == ("Police Commissioner", "Harbour City Constabulary")


def test_a_body_with_its_own_noun_after_from_is_where_one_works(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cThe ice does not wait,\u201d said Ingrid Berg, a glaciologist from Uppsala University.\n"
    row = row_starting(extract_rows(text), "The ice")
    assert row.organization == "Uppsala University"


def test_a_number_inside_a_bodys_name_before_its_noun(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The board voted on Tuesday. Maria Lopez, president of the District 12 board, said the vote "
        "was \u201cabout safety, not politics.\u201d\n"
    )
    row = row_starting(extract_rows(text), "about safety")
    assert row.organization == "District 12 board"


def test_a_sentence_opening_at_a_body_places_the_job_after_the_comma(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At Harbour Foods on Main Street, manager Luis Ortega said he had slept in the back office. "
        "\u201cSomebody has to bake the bread,\u201d he said.\n"
    )
    row = row_starting(extract_rows(text), "Somebody has")
    assert (row.role, row.organization) == ("manager", "Harbour Foods")


def test_a_researcher_at_the_station_works_at_the_station_the_article_names(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Ana Berg runs the Kallsjo Research Station. Her deputy, Lena Holm, a researcher at the "
        "station, said the ice \u201cis going fast.\u201d\n"
    )
    row = row_starting(extract_rows(text), "is going fast")
    assert row.organization == "Kallsjo Research Station"

