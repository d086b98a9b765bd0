"""Someone who uses a service (`Library user X`, `Daily commuter X`) is described, not given a job:
no role, and the service is no organisation of theirs (ROLES.md: a customer, a resident, a
voter are no roles)."""

from __future__ import annotations

import pytest

from tests.rows import row_starting


@pytest.mark.parametrize(
    "text",
    [
        'Library user Margaret Hine, 81, was blunter. "They have taken the bus," she said.',
        'Daily commuter Tom Reid said: "They have taken the bus."',
    ],
)
def test_a_user_of_a_service_has_no_role_and_no_organisation(extract_rows, text) -> None:  # type: ignore[no-untyped-def]
    row = row_starting(extract_rows(text), "They have taken")
    assert row.speaker in ("Margaret Hine", "Tom Reid")
    assert (row.role, row.organization) == ("", "")
