"""Small word sets the rules once wrote in the code are word lists in models/, with a header
saying where their entries come from: read like every other list, for the running extraction
(a newsroom's folder of lists replaces the packaged one of the same name)."""

from __future__ import annotations

from pathlib import Path

from quotes.lexicon import offices_addressed, word_lists_from


def test_the_offices_a_form_of_address_goes_before_are_a_list(tmp_path: Path) -> None:
    # (`Mr Speaker`, `Madam Chairman`: the office; `Mr Judge`: a surname.)
    assert {"speaker", "chairman", "president", "justice"} <= offices_addressed()
    assert "judge" not in offices_addressed()
    (tmp_path / "offices_addressed.txt").write_text("# a newsroom's list\nwarden\n", encoding="utf-8")
    with word_lists_from(tmp_path):
        assert offices_addressed() == frozenset({"warden"})
    assert "speaker" in offices_addressed()
