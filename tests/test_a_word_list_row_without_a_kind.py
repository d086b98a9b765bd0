"""A row of a word list with a kind column that gives no kind (`marshal` alone in police.txt, a
tab and nothing after it, a title with its gender but no kind): the lists are read whole when the
lexicon is built, and such a row made it fail with an IndexError that named no list, or (a kind
left empty between two tabs) went in as no kind at all. It is now a WordListError naming the
file, the line and the column. A list whose rows may go without a kind (member_jobs.txt: a job
alone on its row is a member's) reads them as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.lexicon import WordListError, lexicon_of


def _folder_with(tmp_path: Path, name: str, rows: str) -> Path:
    (tmp_path / name).write_text(f"# a newsroom's list\n{rows}", encoding="utf-8")
    return tmp_path


def test_a_row_without_its_kind_names_the_file_and_line(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, "police.txt", "sergeant\trank\nmarshal\nrangers\tforce\n")
    with pytest.raises(WordListError, match=r"police\.txt:3: 'marshal' has no kind \(column 2\)"):
        lexicon_of(folder)


def test_a_kind_left_empty_between_tabs_is_no_kind(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, "offices.txt", "mayor\tcivic town\nwarden\t\tx\n")
    with pytest.raises(WordListError, match=r"offices\.txt:3: 'warden' has no kind"):
        lexicon_of(folder)


def test_a_title_without_its_kind_names_the_third_column(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, "titles.txt", "mr\tm\taddress\nsir\tm\n")
    with pytest.raises(WordListError, match=r"titles\.txt:3: 'sir' has no kind \(column 3\)"):
        lexicon_of(folder)


def test_a_list_whose_rows_may_go_without_a_kind_reads_as_before(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, "member_jobs.txt", "backbencher\nspeaker\tpost\n")
    lexicon = lexicon_of(folder)
    assert "backbencher" in lexicon.member_jobs and lexicon.house_posts == frozenset({"speaker"})
