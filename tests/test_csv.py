"""CSV for spreadsheets: formula injection neutralised (OWASP), RFC 4180 quoting that
survives a round trip through ``csv.reader``, an optional byte-order mark for Excel."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quotes.cli import app
from quotes.types import Quote
from quotes.write import FIELDS, Writer, neutralise
from tests.conftest import example_budget

CSV_EXAMPLES = example_budget(300)

# Cells a spreadsheet could run as a formula (OWASP's list, plus line feed and the full-width
# forms Excel reads as the ASCII ones in East Asian locales).
DANGEROUS = [
    '=HYPERLINK("http://evil.example","click")',
    "=1+1",
    "+1+1",
    "-1+1",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "＝1+1",
    "＋1",
    "＠SUM(A1)",
    "－1+1",
]
# Cells left alone: ordinary text, plain numbers a spreadsheet reads as numbers, stdin's "-".
SAFE = ["-", "+", "-5", "+3.5", "-1,200", "-20%", "-.5", "The mayor", "", "'quoted'", "5 = 5", " =1"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_a_cell_that_could_start_a_formula_is_prefixed(value: str) -> None:
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", SAFE)
def test_a_cell_that_cannot_start_a_formula_is_left_alone(value: str) -> None:
    assert neutralise(value) == value


def test_numbers_are_never_touched() -> None:
    assert neutralise(-5) == -5 and neutralise(0.95) == 0.95


def _row(**changes: object) -> Quote:
    base = Quote(
        source="a.txt",
        speaker="Ana Ruiz",
        role="mayor",
        organization="City Hall",
        quote="We will rebuild",
        cue="said",
        kind="direct",
        confidence=0.95,
        start=1,
        end=16,
        speaker_start=23,
        speaker_end=31,
        utterance=0,
        sieve="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _csv(rows: list[Quote], sanitize: bool = True) -> str:
    out = io.StringIO(newline="")
    writer = Writer(out, "csv", sanitize=sanitize)
    writer.write(rows)
    writer.close()
    return out.getvalue()


TEXT_COLUMNS = ("source", "speaker", "role", "organization", "quote", "cue")


def test_every_text_column_is_neutralised() -> None:
    rows = [_row(**{column: value}) for column in TEXT_COLUMNS for value in DANGEROUS]
    parsed = list(csv.reader(io.StringIO(_csv(rows), newline="")))
    assert parsed[0] == list(FIELDS)
    checked = 0
    cases = [(c, v) for c in TEXT_COLUMNS for v in DANGEROUS]
    for row, (column, value) in zip(parsed[1:], cases, strict=True):
        cell = row[FIELDS.index(column)]
        assert cell == "'" + value, (column, value, cell)
        checked += 1
    assert checked == len(TEXT_COLUMNS) * len(DANGEROUS)


def test_no_sanitize_writes_cells_verbatim() -> None:
    rows = [_row(quote=value) for value in DANGEROUS]
    parsed = list(csv.reader(io.StringIO(_csv(rows, sanitize=False), newline="")))
    assert [r[FIELDS.index("quote")] for r in parsed[1:]] == DANGEROUS


# Text that tests the quoting: separators, quote marks, line breaks of every kind, NUL.
awkward_text = st.lists(st.sampled_from(list(",;\"'“”\r\n\t =+-@ab5.\x00é") + ["\r\n"]), max_size=40).map(
    "".join
)


@settings(max_examples=CSV_EXAMPLES, deadline=None)
@given(st.lists(st.tuples(awkward_text, awkward_text, awkward_text), min_size=1, max_size=5))
def test_any_cells_survive_a_round_trip_through_csv_reader(cells: list[tuple[str, str, str]]) -> None:
    rows = [_row(source=a, speaker=b, quote=c) for a, b, c in cells]
    for sanitize in (True, False):
        parsed = list(csv.reader(io.StringIO(_csv(rows, sanitize), newline="")))
        assert len(parsed) == len(rows) + 1
        for row, (a, b, c) in zip(parsed[1:], cells, strict=True):
            got = (row[FIELDS.index("source")], row[FIELDS.index("speaker")], row[FIELDS.index("quote")])
            want = tuple(neutralise(v) if sanitize else v for v in (a, b, c))
            assert got == want
            if sanitize:
                for cell in got:
                    # What is left unprefixed cannot start a formula: no = @ or control
                    # character in front, and + or - only before a plain number.
                    assert not cell.startswith(("=", "@", "\t", "\r", "\n"))
                    if cell.startswith(("+", "-")):
                        assert set(cell[1:]) <= set("0123456789.,%"), cell


def test_rfc_4180_line_ends_and_quoting() -> None:
    text = _csv([_row(quote='He said "no",\r\nthen left'), _row(quote="plain")])
    assert text.endswith("\r\n")
    lines = text.split("\r\n")
    assert lines[0] == ",".join(FIELDS)
    # The quote with a comma, a quote mark and a line break is quoted, its mark doubled.
    assert '"He said ""no"",\r\nthen left"' in text


SPICY_ARTICLE = (
    "“=2+5+cmd|/C calc!A0 is what they typed,” said Ana Ruiz.\n\n"
    "“@SUM(1+1) is not a word,” said Tom Hale.\n\n"
    "“-5 degrees, and falling,” said Ana Ruiz.\n\n"
    "“-5,” said Tom Hale.\n"
)


def test_cli_csv_neutralises_and_json_stays_verbatim(tmp_path: Path) -> None:
    runner = CliRunner()
    as_csv = runner.invoke(app, ["extract", "-", "-f", "csv", "--jobs", "1"], input=SPICY_ARTICLE)
    as_json = runner.invoke(app, ["extract", "-", "-f", "json", "--jobs", "1"], input=SPICY_ARTICLE)
    assert as_csv.exit_code == 0 and as_json.exit_code == 0, as_csv.output
    csv_rows = list(csv.DictReader(io.StringIO(as_csv.stdout, newline="")))
    json_rows = json.loads(as_json.stdout)
    assert [r["quote"] for r in json_rows] == [
        "=2+5+cmd|/C calc!A0 is what they typed,",
        "@SUM(1+1) is not a word,",
        "-5 degrees, and falling,",
        "-5,",
    ]
    for c, j in zip(csv_rows, json_rows, strict=True):
        assert c["source"] == j["source"] == "-"  # stdin's name is not mangled
        assert SPICY_ARTICLE[j["start"] : j["end"]] == j["quote"]
    # The first three could start a formula; "-5," is a number to any spreadsheet.
    assert [c["quote"] for c in csv_rows] == ["'" + j["quote"] for j in json_rows[:3]] + ["-5,"]
    raw = runner.invoke(
        app, ["extract", "-", "-f", "csv", "--no-sanitize", "--jobs", "1"], input=SPICY_ARTICLE
    )
    assert [r["quote"] for r in csv.DictReader(io.StringIO(raw.stdout, newline=""))] == [
        r["quote"] for r in json_rows
    ]


def test_bom_for_excel(tmp_path: Path) -> None:
    runner = CliRunner()
    article = "“Ça va,” said Ana Ruiz.\n"
    out = tmp_path / "out.csv"
    with_bom = runner.invoke(app, ["extract", "-", "-o", str(out), "--bom", "--jobs", "1"], input=article)
    assert with_bom.exit_code == 0, with_bom.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"\xef\xbb\xbf" * 2)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0]["quote"] == "Ça va,"
    to_stdout = runner.invoke(app, ["extract", "-", "-f", "csv", "--bom", "--jobs", "1"], input=article)
    assert to_stdout.stdout_bytes.startswith(b"\xef\xbb\xbfsource,")
    plain = runner.invoke(app, ["extract", "-", "-f", "csv", "--jobs", "1"], input=article)
    assert plain.stdout_bytes.startswith(b"source,")
    # A byte-order mark is for CSV only: JSON with one would not parse.
    as_json = runner.invoke(app, ["extract", "-", "-f", "json", "--bom", "--jobs", "1"], input=article)
    assert json.loads(as_json.stdout)[0]["quote"] == "Ça va,"
