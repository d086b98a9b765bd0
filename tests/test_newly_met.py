"""Someone unnamed a story brings in as a new subject (`One of the victims, a retired bank
employee, told …`): the `he` or `she` after is them, not the person named before."""

from __future__ import annotations

from tests.rows import row_starting


def test_the_pronoun_after_one_of_the_victims_is_that_victim(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police were called to the bank shortly after ten. Inspector Tom Barnes said officers "
        "arrived within minutes.\n\n"
        "One of the victims, a retired bank employee, told a local paper he was \u201cterrified\u201d. "
        "\u201cI thought I was going to die,\u201d he said."
    )
    row = row_starting(extract_rows(text), "I thought")
    assert row.speaker != "Tom Barnes"
    assert row.role == "retired bank employee"


def test_the_pronoun_after_one_witness_set_beside_a_job_is_that_witness(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police were called to the bank shortly after ten. Inspector Tom Barnes said officers "
        "arrived within minutes.\n\n"
        "One witness, a taxi driver, said he saw \u201ctwo men running\u201d. \u201cThey had masks "
        "on,\u201d he said."
    )
    rows = extract_rows(text)
    first, second = row_starting(rows, "two men"), row_starting(rows, "They had")
    assert first.role == second.role == "taxi driver"
    assert second.speaker != "Tom Barnes"


def test_a_reporter_asking_a_named_man_leaves_his_reply_to_him(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # No one set beside the subject: `he` continues the man the story follows.
    text = (
        "Sam Okafor walked along the queue outside the hall.\n\n"
        "A reporter asked Okafor how he felt. He replied: \u201cThe longer the queue, the better.\u201d"
    )
    row = row_starting(extract_rows(text), "The longer")
    assert row.speaker == "Sam Okafor"


def test_the_pronoun_after_someone_the_story_stops_to_describe_is_them(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # `a nurse` says no gender, but a relative clause makes her someone the story has met.
    text = (
        "Dr Amara Nwosu said staff were exhausted. “We are running on goodwill,” she said.\n\n"
        "A nurse who has worked on the ward for 20 years, who did not want to be named, said "
        "morale was at its lowest. “I have never seen it like this,” she said."
    )
    row = row_starting(extract_rows(text), "I have never seen")
    assert row.speaker != "Amara Nwosu"
    assert row.role == "nurse"


def test_the_pronoun_after_a_passing_official_may_still_be_the_person_named(extract_rows) -> None:  # type: ignore[no-untyped-def]
    # A bare `an official said` tells nothing more of them: the `she` is Nwosu.
    text = (
        "Dr Amara Nwosu said staff were exhausted.\n\n"
        "An official said the trust would publish figures. “We are running on goodwill,” she said."
    )
    row = row_starting(extract_rows(text), "We are running")
    assert row.speaker == "Amara Nwosu"

