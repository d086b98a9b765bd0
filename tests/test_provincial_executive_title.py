"""`MEC` (a member of a South African province's executive council) is an office like MP or MLA:
it heads the role of the name after it, and the place before it is no employer."""

from __future__ import annotations

from tests.rows import row_starting


def test_an_mec_before_a_name_is_the_role(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = 'Provincial agriculture MEC Ivan Meyer-Daniels said: "We simply do not have the water."'
    row = row_starting(extract_rows(text), "We simply")
    assert (row.speaker, row.role) == ("Ivan Meyer-Daniels", "Provincial agriculture MEC")
    assert row.organization == ""
