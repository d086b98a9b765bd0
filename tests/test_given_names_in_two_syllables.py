"""A Korean or Chinese given name of two syllables joined by a hyphen, the second in small
letters (`Seo Min-gyu`), which the tagger cuts at the hyphen (`Seo Min`): the person is named
in full (issue 10, brief who32). Each sentence is written for this file."""

from __future__ import annotations

from tests.rows import row_starting


def test_the_second_syllable_of_a_given_name_is_kept(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Subway fares\n\n"
        "\u201cWe have no choice,\u201d said transport official Seo Min-gyu. Seo Min-gyu added that "
        "costs had doubled.\n"
    )
    assert row_starting(extract_rows(text), "We have").speaker == "Seo Min-gyu"

