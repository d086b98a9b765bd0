"""Files a journalist can use: what a run says it wrote, and the files themselves."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app

STORY = (
    "“The ferry will sail on Monday,” said Marta Kowal, the harbour master.\n\n"
    "“We have waited long enough,” said Tom Reyes, who runs the island shop. "
    "He called the delay “surprising,” and said nothing more.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def rows_in(path: Path, fmt: str) -> int:
    text = path.read_text(encoding="utf-8")
    if fmt == "csv":
        return len(list(csv.DictReader(text.splitlines())))
    if fmt == "jsonl":
        return len(text.splitlines())
    if fmt == "json":
        return len(json.loads(text))
    return len([line for line in text.splitlines() if line.startswith("|")]) - 2  # markdown


@pytest.mark.parametrize(
    "suffix, fmt", [(".csv", "csv"), (".jsonl", "jsonl"), (".json", "json"), (".md", "markdown")]
)
def test_an_output_file_says_how_many_rows_it_holds(
    tmp_path: Path, story: Path, suffix: str, fmt: str
) -> None:
    out = tmp_path / f"quotes{suffix}"
    result = CliRunner().invoke(app, ["extract", str(story), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    rows = rows_in(out, fmt)
    assert rows == 3
    assert result.stderr.strip().splitlines()[-1] == f"{rows} quotes written to {out}"


def test_quiet_says_nothing_of_the_file(tmp_path: Path, story: Path) -> None:
    out = tmp_path / "quotes.csv"
    result = CliRunner().invoke(app, ["extract", str(story), "-o", str(out), "--quiet", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert rows_in(out, "csv") == 3


def test_stdout_gets_no_count(story: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(story), "-f", "csv", "--jobs", "1"])
    assert result.exit_code == 0
    assert "written" not in result.stderr


def test_one_row_is_one_quote(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    one.write_text("“The ferry will sail on Monday,” said Marta Kowal.\n", encoding="utf-8")
    out = tmp_path / "one.csv"
    result = CliRunner().invoke(app, ["extract", str(one), "-o", str(out), "--jobs", "1"])
    assert result.stderr.strip() == f"1 quote written to {out}"


def test_speakers_file_says_how_many_speakers_it_holds(tmp_path: Path, story: Path) -> None:
    out = tmp_path / "speakers.csv"
    result = CliRunner().invoke(app, ["speakers", str(story), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    lines = rows_in(out, "csv")
    assert lines == 2
    assert result.stderr.strip().splitlines()[-1] == f"2 speakers written to {out}"


def test_output_files_respect_the_umask(tmp_path: Path, story: Path) -> None:
    umask = os.umask(0o002)  # a shared drive's group-writable setting
    try:
        for name in ("group.csv", "group.jsonl", "group.md"):
            out = tmp_path / name
            assert (
                CliRunner().invoke(app, ["extract", str(story), "-o", str(out), "--jobs", "1"]).exit_code == 0
            )
            assert out.stat().st_mode & 0o777 == 0o664, name
    finally:
        os.umask(umask)


# --- the terminal table over a folder, at 80 columns ------------------------------------------


def test_the_table_over_a_folder_reads_at_80_columns(tmp_path: Path) -> None:
    folder = tmp_path / "newsroom shared drive" / "2025 archive" / "ferry strike coverage"
    folder.mkdir(parents=True)
    (folder / "ferry.txt").write_text(STORY, encoding="utf-8")
    (folder / "harbour.txt").write_text(
        "“The harbour is open again,” said Lena Ortiz, the port's operations manager.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        app, ["extract", str(tmp_path), "-f", "table", "--jobs", "1"], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0, result.output
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    assert max(len(line) for line in lines) <= 80
    assert "2025 archive" not in result.stdout  # the file name, not the whole path
    assert "ferry.txt" in lines and "harbour.txt" in lines  # each document under its file's name
    assert (
        result.stdout.index("ferry.txt") < result.stdout.index("Kowal") < result.stdout.index("harbour.txt")
    )
    header = next(line for line in lines if "speaker" in line)
    assert " id " not in header  # no column that is empty on every row
    # A fragment is marked as one on its row; whole quotes carry no mark.
    assert any("partial" in line and "surprising," in line for line in lines), result.stdout
    assert "direct" not in result.stdout
    for word in ("Kowal", "Reyes", "Ortiz", "operations"):
        assert any(word in line for line in lines), word  # names and words are not cut apart


def test_the_table_names_a_record_by_its_file_and_id(tmp_path: Path) -> None:
    corpus = tmp_path / "wire.jsonl"
    records = [
        {"id": "ap-17", "text": "“Nets are down,” said Ivo Brandt, the harbour pilot.\n"},
        {"id": "ap-18", "text": "“Fuel is short,” said Ruth Amadi, the depot manager.\n"},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = CliRunner().invoke(
        app, ["extract", str(corpus), "-f", "table", "--jobs", "1"], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    # Each record under its own heading: the file's name and the record's id.
    assert (
        out.index("wire.jsonl:ap-17")
        < out.index("Brandt")
        < out.index("wire.jsonl:ap-18")
        < out.index("Amadi")
    )
    assert str(tmp_path) not in result.stdout


# --- Excel workbooks ---------------------------------------------------------------------------


def read_workbook(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[0]
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:  # an empty cell holds nothing at all
                assert cell.data_type == "s", (cell.coordinate, cell.value, cell.data_type)
    return [["" if cell.value is None else cell.value for cell in row] for row in sheet.iter_rows()]


def test_xlsx_is_a_workbook_with_the_csv_columns_all_as_text(tmp_path: Path, story: Path) -> None:
    book, table = tmp_path / "story.xlsx", tmp_path / "story.csv"
    result = CliRunner().invoke(app, ["extract", str(story), "-o", str(book), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip().splitlines()[-1] == f"3 quotes written to {book}"
    assert CliRunner().invoke(app, ["extract", str(story), "-o", str(table), "--no-sanitize"]).exit_code == 0
    rows = read_workbook(book)
    with table.open(encoding="utf-8", newline="") as fh:
        expected = list(csv.reader(fh))
    assert rows == expected  # header and every cell as in the CSV, numbers as their text
    assert rows[0][:3] == ["source", "id", "speaker"]


def test_xlsx_never_runs_a_formula(tmp_path: Path) -> None:
    article = tmp_path / "formula.txt"
    article.write_text(
        "“=SUM(A1:A9)*100 is the figure they sent us,” said Ana Ruiz.\n"
        "“+1 for the plan, @everyone,” said Tom Hale.\n",
        encoding="utf-8",
    )
    book = tmp_path / "formula.xlsx"
    result = CliRunner().invoke(
        app, ["extract", str(article), "--format", "xlsx", "-o", str(book), "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    quotes = [row[6] for row in read_workbook(book)[1:]]
    assert quotes == [
        "=SUM(A1:A9)*100 is the figure they sent us,",
        "+1 for the plan, @everyone,",
    ]


def test_xlsx_takes_control_characters_and_respects_the_umask(tmp_path: Path) -> None:
    article = tmp_path / "bell.txt"
    article.write_text("“Ring the\x07 bell,” said Ana Ruiz.\n", encoding="utf-8")
    book = tmp_path / "bell.xlsx"
    umask = os.umask(0o002)
    try:
        result = CliRunner().invoke(app, ["extract", str(article), "-o", str(book), "--jobs", "1"])
    finally:
        os.umask(umask)
    assert result.exit_code == 0, result.output
    assert book.stat().st_mode & 0o777 == 0o664
    rows = read_workbook(book)
    assert rows[1][2] == "Ana Ruiz" and "bell" in str(rows[1][6])


def test_xlsx_needs_a_file_name(story: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(story), "--format", "xlsx"])
    assert result.exit_code == 2
    assert "--output" in result.stderr


def test_speakers_xlsx_is_a_workbook(tmp_path: Path, story: Path) -> None:
    book, table = tmp_path / "speakers.xlsx", tmp_path / "speakers.csv"
    result = CliRunner().invoke(app, ["speakers", str(story), "-o", str(book), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(app, ["speakers", str(story), "-o", str(table), "--no-sanitize"]).exit_code == 0
    with table.open(encoding="utf-8", newline="") as fh:
        assert read_workbook(book) == list(csv.reader(fh))


def test_the_speakers_table_over_a_folder_reads_at_80_columns(tmp_path: Path) -> None:
    folder = tmp_path / "newsroom shared drive" / "2025 archive"
    folder.mkdir(parents=True)
    (folder / "ferry.txt").write_text(STORY, encoding="utf-8")
    (folder / "harbour.txt").write_text(
        "“The harbour is open again,” said Lena Ortiz, the port's operations manager.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        app, ["speakers", str(tmp_path), "-f", "table", "--jobs", "1"], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    lines = [line.rstrip() for line in out.splitlines()]
    assert max(len(line) for line in lines) <= 80
    assert "2025 archive" not in out
    assert "ferry.txt" in lines and "harbour.txt" in lines
    for name in ("Kowal", "Reyes"):
        assert out.index("ferry.txt") < out.index(name) < out.index("harbour.txt")
    assert out.index("harbour.txt") < out.index("Ortiz")
    assert any("organization" in line and "quotes" in line for line in lines)  # headers whole
