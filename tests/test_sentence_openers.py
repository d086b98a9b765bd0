"""Words that open a sentence belong to the sentence, not to the quote or the role beside them:
a cue that ends in a colon leads into the next quote, and an adverb or a phrase of time before
`the mayor, X,` is no part of the mayor's role."""

from __future__ import annotations

import pytest

from tests.rows import row_starting


def test_a_cue_ending_in_a_colon_belongs_to_the_quote_after_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = 'Ana Ruiz said: "We will win." She added: "Yes."'
    rows = extract_rows(text)
    first = row_starting(rows, "We will win")
    assert (first.speaker, first.cue, first.mention) == ("Ana Ruiz", "said", "Ana Ruiz")
    second = row_starting(rows, "Yes")
    assert (second.cue, second.mention) == ("added", "She")


def test_a_cue_after_a_comma_quote_still_reports_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # Only a quote that ends as a sentence hands the next sentence's cue on.
    text = '"We will win," she said: "The count is on our side." Ana Ruiz leads the party.'
    assert row_starting(extract_rows(text), "We will win").cue == "said"


@pytest.mark.parametrize(
    "opening",
    ["Later the mayor", "On Friday the mayor", "In a statement the mayor", "Also the mayor"],
)
def test_a_sentence_opener_is_no_part_of_the_role(extract_rows, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = f'{opening}, Bo Lindqvist, said: "The bridge reopens in May."'
    row = row_starting(extract_rows(text), "The bridge")
    assert (row.speaker, row.role) == ("Bo Lindqvist", "mayor")


def test_an_adverb_inside_the_role_stays(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = 'The newly elected mayor, Bo Lindqvist, said: "The bridge reopens in May."'
    assert row_starting(extract_rows(text), "The bridge").role == "newly elected mayor"
