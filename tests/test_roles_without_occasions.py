"""When a role was held is no part of it (issue 10, brief who32): `a nurse at the time of the
outbreak` is a nurse, `a teacher since the school opened` a teacher (models/role_modifiers.txt,
kind `occasion`). Each sentence is written for this file."""

from __future__ import annotations

from tests.rows import row_starting


def test_at_the_time_is_cut_from_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "Flu season\n\n\u201cIt was hard,\u201d said Tom Reed, a nurse at the time of the outbreak.\n"
    assert row_starting(extract_rows(text), "It was hard").role == "nurse"


def test_since_is_cut_from_a_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = "School news\n\n\u201cWe stayed,\u201d said Ana Silva, a teacher since the school opened.\n"
    assert row_starting(extract_rows(text), "We stayed").role == "teacher"
