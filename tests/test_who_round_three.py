"""Roles and bodies from the third round of labelled political news (issue 10), each from a
sentence written for this file:

- a role noun later in an apposition takes the head only across a body's name (`Deputy FBI
  Director`), never across `of`/`with`, a possessive or `and`: `co-director of the X Program
  at Y University's Z Center for Justice` is a co-director, not a `Justice`;
- a `former` aide to a politician served the office, not a campaign running now (the role is
  the job alone, `former top aide`);
- a body the tagger tags but reads as a common noun (`of Mic.com`) is still the body;
- fields joined by `and` before one job (`global politics and government outreach director`)
  are one title, not two people's;
- a description the subject acts on (`An article written by X attacked the governor`) is not
  the subject's author;
- of roles given at one mention, a post held now beats one held before (`Democratic pollster
  X, who was then a member of Y's campaign team`);
- a name opening a place named after the person (`the James S. Brady briefing room`) is no
  mention of a person (models/facility_nouns.txt);
- a post one `is listed as` (or registered as) is one's role;
- a person's office or campaign that speaks (`Rand's office said`) is a body, not the person.
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_later_office_word_does_not_take_the_head_across_of(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Experts said the line was hard to draw.\n\n"
        "\u201cIt is one thing to ban a video,\u201d said Maria Patel, co-director of the Liberty "
        "and Security Program at Midwest University's Carter Center for Justice.\n"
    )
    row = row_starting(extract_rows(text), "It is one thing")
    assert row.role.startswith("co-director of the Liberty")
    assert row.organization in ("Liberty and Security Program", "Carter Center for Justice")


def test_a_fellow_and_author_keeps_fellow_as_the_head(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Platforms are under pressure.\n\n"
        "\u201cThe company has ramped up its response,\u201d said J.K. Barrow, a fellow with "
        "Eastern State University's Program on Extremism and author of books on extremist issues.\n"
    )
    row = row_starting(extract_rows(text), "The company has")
    assert row.role.startswith("fellow with Eastern State University")
    assert "Eastern State University" in row.organization


def test_a_former_aide_to_a_senator_is_on_no_campaign(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The campaign enters its last week. The Kemper campaign says it has the money, and the "
        "campaign of her rival is buying television time.\n\n"
        "\u201cWe have the votes,\u201d said Martin Hale, a former top aide to Senate Majority "
        "Leader Ruth Kemper. \u201cThe campaign is over.\u201d\n\n"
        "\u201cWe will win,\u201d said Ann Cole, a senior adviser to Kemper.\n"
    )
    rows = extract_rows(text)
    hale = row_starting(rows, "We have the votes")
    # (The senator's office and name after the job's `to` are no part of the role: ROLES.md, and
    # descriptors._office_holder_served, `former speechwriter to Secretary of State X`.)
    assert (hale.role, hale.organization) == ("former top aide", "")
    assert row_starting(rows, "We will win").organization == "Kemper campaign"


def test_a_body_tagged_but_read_as_a_common_noun_after_of(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Media\n\n"
        "\u201cYou have a very sophisticated operation,\u201d said Jack Horan, editor in chief of Mic.com.\n"
    )
    row = row_starting(extract_rows(text), "You have a very")
    assert (row.role, row.organization) == ("editor in chief of Mic.com", "Mic.com")


def test_fields_joined_by_and_before_one_job_are_one_title(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Platforms and politics\n\n"
        "\u201cThe approach is made possible by its resources,\u201d said Kate Harlow, Facebook's "
        "global politics and government outreach director.\n\n"
        "\u201cWe ran for the seat,\u201d said Andy Rice, a Democrat and former state senator.\n"
    )
    rows = extract_rows(text)
    harlow = row_starting(rows, "The approach")
    assert harlow.role == "global politics and government outreach director"
    assert harlow.organization == "Facebook"
    assert row_starting(rows, "We ran").role == "former state senator"


def test_a_description_the_subject_acts_on_is_not_the_subjects_author(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Endorsements\n\n"
        "An article written by National Review's Ian Tuller attacked the governor. Tuller added, "
        "\u201cThere are better deals on offer.\u201d\n"
    )
    row = row_starting(extract_rows(text), "There are better")
    assert (row.speaker, row.role, row.organization) == ("Ian Tuller", "", "National Review")


def test_a_post_held_now_beats_one_held_before_at_the_same_mention(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The primary\n\n"
        "\u201cIt was a hard race,\u201d said Democratic pollster Glen Garner, who was then a member "
        "of Holt's campaign team and now serves as an adviser to Priorities Forward.\n"
    )
    assert row_starting(extract_rows(text), "It was a hard").role == "Democratic pollster"


def test_a_name_opening_a_place_named_after_the_person_is_no_mention(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Shooting response\n\n"
        "Ann Holt canceled a rally with President Tom Reed on Sunday, citing the attack.\n\n"
        "Speaking to reporters at the White House James S. Brady briefing room Sunday, the "
        "president framed the shooting as a moment of unity. He called it \u201can attack on all "
        "of us.\u201d\n"
    )
    assert row_starting(extract_rows(text), "an attack on").speaker == "Tom Reed"


def test_a_post_one_is_listed_as_in_a_relative_clause(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The lawsuit\n\n"
        "The suit was filed by Larry Joyce. Joyce \u2014 who is listed as an attorney in Illinois "
        "\u2014 said: \u201cThe rules are clear.\u201d\n"
    )
    assert row_starting(extract_rows(text), "The rules are").role == "attorney"


def test_a_persons_office_or_campaign_speaks_as_a_body(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The bill\n\n"
        "House Speaker Paul Rand said on Friday that the vote would be delayed. \u201cWe need more "
        "time to read it,\u201d Rand's office said in a statement. \u201cWe are ready,\u201d Rand's "
        "campaign said.\n"
    )
    rows = extract_rows(text)
    office = row_starting(rows, "We need more")
    assert (office.speaker, office.role) == ("Paul Rand's office", "")
    assert office.organization == "Paul Rand's office"
    assert row_starting(rows, "We are ready").speaker == "Rand campaign"
