"""A side named right before a job only a side has (models/team_jobs.txt, with a side's ranks and
positions): the words in capitals name the side, whatever the tagger calls them. Each sentence
was written for this file.

- a club the tagger reads as an adjective (`Arsenal head coach`) or a place (`Melbourne Victory
  coach`);
- a plural name the tagger calls a people elsewhere in the story (`Scorpions striker`);
- not a people's adjective (`Brazilian striker`) nor a country (`England captain`); a word in
  capitals only because it opens the sentence is no part of the side (`Veteran Arsenal striker`).
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_club_read_as_an_adjective_is_the_coachs_side(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Arsenal beat Chelsea on Sunday.\n\n"
        "\u201cWe were brilliant,\u201d Arsenal head coach Tom Wade said.\n\n"
        "\u201cIt was a great game,\u201d said Brazilian striker Paulo Silva.\n\n"
        "\u201cWe were tired,\u201d said England captain Harry Kane.\n"
    )
    rows = extract_rows(text)
    row = row_starting(rows, "We were brilliant")
    assert (row.role, row.organization) == ("head coach", "Arsenal")
    # A people's adjective and a country are no side (no place is a body).
    assert row_starting(rows, "It was a great").organization == ""
    assert row_starting(rows, "We were tired").organization == ""


def test_a_plural_name_called_a_people_is_the_strikers_side(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Scorpions striker Ebou Camara has gone from the beach pitches of Serekunda to the national "
        "side.\n\n"
        "He scored twice on his Scorpions debut against Benin in March.\n\n"
        "\u201cI play for my mother,\u201d Camara said.\n"
    )
    row = row_starting(extract_rows(text), "I play for my mother")
    assert (row.role, row.organization) == ("striker", "Scorpions")


def test_a_word_opening_the_sentence_is_no_part_of_the_side(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Veteran Arsenal striker Tom Bell said: \u201cWe will be back next season.\u201d\n"
    row = row_starting(extract_rows(text), "We will be back")
    assert (row.role, row.organization) == ("striker", "Arsenal")
