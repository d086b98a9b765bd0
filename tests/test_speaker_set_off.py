"""Speakers the parser hides inside a noun phrase:

- `,” the 52-year-old told reporters`, parsed with `told` for an adjective on `reporters`: the
  age description is the subject of the verb after it, and the trailing cue beats the name in
  the paragraph before;
- a nickname in quote marks inside a name (`Ramon “Mon” Dizon`) leaves one person, named
  without it, who speaks for the job before the name;
- `Its vice-president for Wales, Dr Owain Rhys, told …`: a name set off by commas between a
  description and the verb speaks, however the parser hung it (on a word of a hyphenated job,
  on the place the job is for).
"""

from __future__ import annotations

from quotes.attribution import age_before_its_verb
from tests.rows import row_starting


def test_an_age_before_a_verb_read_as_an_adjective_is_its_subject(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rovers coach Daniel Okafor dismissed the complaint.\n\n"
        "\u201cWhen you lose, it is easy to talk about the referee,\u201d the 52-year-old told "
        "reporters.\n"
    )
    row = row_starting(extract_rows(text), "When you lose")
    assert (row.mention, row.speaker, row.sieve) == ("the 52-year-old", "Daniel Okafor", "trailing-cue")


def test_an_age_before_a_verb_read_as_an_adjective_is_a_subject_for_the_pronoun_reader(nlp) -> None:  # type: ignore[no-untyped-def]
    # (The who layer reads such a description as a subject pronoun: the subject of the
    # sentence before comes first, not any name nearby.)
    doc = nlp("\u201cWe lost,\u201d the 52-year-old told reporters.")
    old = next(t for t in doc if t.lower_ == "old")
    assert age_before_its_verb(old)
    assert not age_before_its_verb(nlp("the 52-year-old striker")[-2])


def test_a_name_set_off_after_a_hyphenated_job_speaks(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The college said the figures were worrying.\n\n"
        "Its vice-president for Wales, Dr Owain Rhys, told the BBC: \u201cNobody is an outlier "
        "here.\u201d\n"
    )
    assert row_starting(extract_rows(text), "Nobody").speaker == "Owain Rhys"


def test_a_name_set_off_after_a_job_for_a_place_speaks(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The line was due to open in 2028.\n\n"
        "Opposition assemblyman for Pulau Betong, Muhamad Hafiz Yusof, described the new date as "
        "\u201ca moving target\u201d and said residents were tired of waiting.\n"
    )
    assert row_starting(extract_rows(text), "a moving target").speaker == "Muhamad Hafiz Yusof"


def test_a_name_set_off_by_commas_after_a_clause_does_not_speak(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The union wrote to the board.\n\n"
        "Its chairman, who met the minister, Ana Ruiz, and two officials, said: \u201cWe are "
        "not done.\u201d\n"
    )
    assert row_starting(extract_rows(text), "We are not done").speaker != "Ana Ruiz"


def test_a_nickname_inside_a_name_is_one_person_without_it(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Clinic closures\n\n"
        "The clinic closed on Monday after a power cut.\n\n"
        "Point guard Ramon \u201cMon\u201d Dizon said: \u201cWe were not ready for their press.\u201d\n\n"
        "Party spokesperson for health Jacobus \u201cKobus\u201d van der Merwe called the closure "
        "\u201cthe result of years of neglect\u201d.\n"
    )
    rows = extract_rows(text)
    assert row_starting(rows, "We were not ready").speaker == "Ramon Dizon"
    assert row_starting(rows, "the result of years").speaker == "Jacobus van der Merwe"
