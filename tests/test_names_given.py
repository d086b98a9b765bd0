"""A name the story gives for someone it met (issue 10, brief who24), each from a sentence
written for this file: `a nurse who gave her name only as Julia`, `one worker, who gave only her
first name, Shilpi`, `who asked to be identified only by his first name, Musa`: the description
is the person so named (a given name alone, which the tagger takes for a body or nothing), and
its noun is their role.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_name_given_only_as_a_given_name_names_the_description(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rail strike\n\n"
        "At the station, one commuter, a 34-year-old nurse who gave her name only as Julia, said "
        "she had waited two hours. \u201cI understand the drivers,\u201d she said.\n"
    )
    row = row_starting(extract_rows(text), "I understand")
    assert (row.speaker, row.role) == ("Julia", "nurse")


def test_a_first_name_set_after_the_words_that_give_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Mill\n\n\u201cWhere will I go?\u201d said one worker, who gave only her first name, Shilpi."
    row = row_starting(extract_rows(text), "Where will I go")
    assert (row.speaker, row.role) == ("Shilpi", "worker")


def test_a_first_name_given_by_request_names_the_subject(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dry wells\n\n"
        "A farmer who asked to be identified only by his first name, Musa, said the water had "
        "gone. \u201cWe have nothing left,\u201d he said.\n"
    )
    row = row_starting(extract_rows(text), "We have nothing")
    assert row.speaker == "Musa"
