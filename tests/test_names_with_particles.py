"""Names with a surname opened by small particles (`Pieter de Boer`, `Lotte van den Heuvel`),
which the tagger takes for a body or a work (issue 10, brief who32). Each sentence is written
for this file:

- after a job in small letters, the name is the speaker and the job the role (left as a
  body, the row named the person as the organisation and gave no role);
- with the job set beside it after a comma, the name is whole (left as a work, the speaker
  was the surname alone).
"""

from __future__ import annotations

from tests.rows import row_starting


def test_a_name_with_a_particle_after_a_job_is_a_person(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Farm protests\n\n"
        "\u201cThe policy failed farmers,\u201d Union secretary-general Pieter de Boer said in a "
        "statement.\n"
    )
    row = row_starting(extract_rows(text), "The policy")
    assert row.speaker == "Pieter de Boer"
    assert row.role == "Union secretary-general"
    assert row.organization != "Pieter de Boer"


def test_a_name_with_a_particle_beside_its_job_is_whole(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Farm protests\n\n"
        "\u201cThe policy failed farmers,\u201d Pieter de Boer, the union's chairman, said in a "
        "statement.\n"
    )
    row = row_starting(extract_rows(text), "The policy")
    assert row.speaker == "Pieter de Boer"
    assert row.role == "chairman"

