"""Small word sets the rules once wrote in the code are word lists in models/, with a header
saying where their entries come from: read like every other list, for the running extraction
(a newsroom's folder of lists replaces the packaged one of the same name)."""

from __future__ import annotations

from pathlib import Path

from quotes.lexicon import (
    care_jobs,
    care_verbs,
    offices_addressed,
    self_capitalised_body_nouns,
    university_offices,
    word_lists_from,
)


def test_the_offices_a_form_of_address_goes_before_are_a_list(tmp_path: Path) -> None:
    # (`Mr Speaker`, `Madam Chairman`: the office; `Mr Judge`: a surname.)
    assert {"speaker", "chairman", "president", "justice"} <= offices_addressed()
    assert "judge" not in offices_addressed()
    (tmp_path / "offices_addressed.txt").write_text("# a newsroom's list\nwarden\n", encoding="utf-8")
    with word_lists_from(tmp_path):
        assert offices_addressed() == frozenset({"warden"})
    assert "speaker" in offices_addressed()


def test_the_offices_only_a_university_has_are_a_list(tmp_path: Path) -> None:
    # (`Unilag Vice-Chancellor Professor X`: the word before one is the university's short name.)
    assert {"vice-chancellor", "deputy vice-chancellor", "registrar", "bursar"} <= university_offices()
    (tmp_path / "university_offices.txt").write_text("# a newsroom's list\ndean\n", encoding="utf-8")
    with word_lists_from(tmp_path):
        assert university_offices() == frozenset({"dean"})
    assert "registrar" in university_offices()


def test_the_nouns_a_body_capitalises_for_itself_are_a_list(tmp_path: Path) -> None:
    # (`“…,” the Club said.`: the club's own word for itself, no body called `Club`.)
    assert {"club", "company", "firm"} <= self_capitalised_body_nouns()
    own = tmp_path / "self_capitalised_body_nouns.txt"
    own.write_text("# a newsroom's list\nsociety\n", encoding="utf-8")
    with word_lists_from(tmp_path):
        assert self_capitalised_body_nouns() == frozenset({"society"})
    assert "club" in self_capitalised_body_nouns()


def test_the_words_of_care_are_a_list_by_kind(tmp_path: Path) -> None:
    # (`Tom Baxter was taken to hospital. “…,” the doctor said`: the patient is not the doctor.)
    assert {"doctor", "nurse", "paramedic"} <= care_jobs()
    assert {"take", "treat", "airlift"} <= care_verbs()
    assert not care_jobs() & care_verbs()
    rows = "# a newsroom's list\nvet\tjob\nsedate\tverb\n"
    (tmp_path / "care_words.txt").write_text(rows, encoding="utf-8")
    with word_lists_from(tmp_path):
        assert (care_jobs(), care_verbs()) == (frozenset({"vet"}), frozenset({"sedate"}))
    assert "doctor" in care_jobs()
