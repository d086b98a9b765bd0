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
