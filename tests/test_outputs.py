"""Output formats beyond the core four: Markdown tables and SQLite databases."""

from __future__ import annotations

from typer.testing import CliRunner

from quotes.cli import app
from quotes.write import markdown_cell, markdown_table

runner = CliRunner()


def test_markdown_cell_escapes_pipes_newlines_and_syntax() -> None:
    assert markdown_cell("a | b") == r"a \| b"
    assert markdown_cell("one\ntwo\r\nthree") == "one<br>two<br>three"
    assert markdown_cell("*not bold* [link](x) <b>") == r"\*not bold\* \[link\](x) \<b\>"
    assert markdown_cell(r"back\slash") == r"back\\slash"


def test_markdown_table_keeps_one_line_per_row() -> None:
    table = markdown_table(["speaker", "quote"], [["Ann | Lee", "line one\nline two"]])
    lines = table.splitlines()
    assert lines == [
        "| speaker | quote |",
        "| --- | --- |",
        r"| Ann \| Lee | line one<br>line two |",
    ]


def test_extract_markdown_from_stdin() -> None:
    text = "“We will | not back down,” Helen Adeyemi said.\n"
    result = runner.invoke(app, ["extract", "-", "--format", "markdown"], input=text.encode())
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "| speaker | role | organization | quote |"
    assert lines[1] == "| --- | --- | --- | --- |"
    assert len(lines) == 3
    # Every row has exactly the header's number of unescaped cell separators.
    assert lines[2].replace(r"\|", "").count("|") == lines[0].count("|")
    assert "Helen Adeyemi" in lines[2]
    assert r"We will \| not back down," in lines[2]
