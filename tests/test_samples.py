"""The team's sample articles (samples/*.txt) against their expected tables (tests/expected/*.csv).

Each expected table is written by hand, by judgment of what a correct system must output; the
conventions are in tests/expected/README.md. The CLI is run once on every sample with
``--format json --all`` (so scare quotes come out too, and their offsets are checked) and for
each sample the test checks:

* every row's ``text[start:end] == quote``;
* every expected row with a speaker is there (same ``start``) with the same speaker, role,
  organization, cue, quote and end;
* expected rows without a speaker (scare quotes, titles, nicknames, headlines in page noise)
  are either absent or present without a speaker;
* no row names a speaker unless the expected table has it;
* pieces of one utterance (a split or multi-paragraph quote) share an ``utterance`` number and
  pieces of different utterances do not.

A failure lists every problem of the sample at once: which row, expected vs got.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotes.cli import app

from .conftest import ROOT

SAMPLES = ROOT / "samples"
EXPECTED = ROOT / "tests" / "expected"
COMPARED = ("speaker", "role", "organization", "cue", "quote", "end")
SAMPLE_PATHS = sorted(SAMPLES.glob("*.txt"))


def _name(value: str) -> str:
    """Names compare without a leading article: `The Times` and `Times` are one newspaper."""
    value = value.strip()
    return value[4:] if value.lower().startswith("the ") else value


def _same(key: str, expected: Any, got: Any) -> bool:
    if key in ("speaker", "organization"):
        return _name(str(expected)) == _name(str(got))
    return bool(expected == got)


def expected_rows(sample: Path) -> list[dict[str, Any]]:
    with open(EXPECTED / f"{sample.stem}.csv", encoding="utf-8", newline="") as fh:
        rows: list[dict[str, Any]] = list(csv.DictReader(fh))
    for row in rows:
        for key in ("start", "end", "utterance"):
            row[key] = int(row[key])
    return rows


@pytest.fixture(scope="module")
def output() -> dict[str, list[dict[str, Any]]]:
    """All samples through the CLI in one run: {sample stem: rows}."""
    result = CliRunner().invoke(
        app, ["extract", *map(str, SAMPLE_PATHS), "--format", "json", "--all"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    by_sample: dict[str, list[dict[str, Any]]] = {p.stem: [] for p in SAMPLE_PATHS}
    for row in json.loads(result.stdout):
        by_sample[Path(row["source"]).stem].append(row)
    return by_sample


def test_every_sample_has_its_table() -> None:
    assert SAMPLE_PATHS, "samples/ is empty"
    tables = {p.stem for p in EXPECTED.glob("*.csv")}
    assert tables == {p.stem for p in SAMPLE_PATHS}, "every sample needs tests/expected/<name>.csv"


@pytest.mark.parametrize("sample", SAMPLE_PATHS, ids=lambda p: p.stem)
def test_expected_table_indexes_its_sample(sample: Path) -> None:
    """The tables themselves are sound: offsets point at the quoted words."""
    text = sample.read_text(encoding="utf-8")
    for exp in expected_rows(sample):
        assert text[exp["start"] : exp["end"]] == exp["quote"], exp


def _row(row: dict[str, Any]) -> str:
    return (
        f"{row['start']}-{row['end']} speaker={row['speaker']!r} role={row['role']!r} "
        f"organization={row['organization']!r} cue={row['cue']!r} quote={row['quote'][:50]!r}"
    )


@pytest.mark.parametrize("sample", SAMPLE_PATHS, ids=lambda p: p.stem)
def test_sample_gives_its_expected_table(sample: Path, output: dict[str, list[dict[str, Any]]]) -> None:
    text = sample.read_text(encoding="utf-8")
    got_rows = output[sample.stem]
    expected = expected_rows(sample)
    problems: list[str] = []

    for row in got_rows:
        if text[row["start"] : row["end"]] != row["quote"]:
            problems.append(f"offsets do not give the quote: {_row(row)}")

    got_by_start = {row["start"]: row for row in got_rows}
    for exp in expected:
        got = got_by_start.get(exp["start"])
        if not exp["speaker"]:
            if got is not None and got["speaker"]:
                problems.append(f"scare quote/title must have no speaker:\n  got      {_row(got)}")
            continue
        if got is None:
            problems.append(f"missing row:\n  expected {_row(exp)}")
            continue
        wrong = [k for k in COMPARED if not _same(k, exp[k], got[k])]
        if wrong:
            problems.append(f"wrong {', '.join(wrong)}:\n  expected {_row(exp)}\n  got      {_row(got)}")

    expected_starts = {exp["start"] for exp in expected if exp["speaker"]}
    for row in got_rows:
        if row["speaker"] and row["start"] not in expected_starts:
            problems.append(f"extra row with a speaker:\n  got      {_row(row)}")

    # Utterances: expected numbers are local to the table; compare the grouping, not the numbers.
    pairs = [(exp, got_by_start[exp["start"]]) for exp in expected if exp["start"] in got_by_start]
    for i, (exp_a, got_a) in enumerate(pairs):
        for exp_b, got_b in pairs[i + 1 :]:
            if not (exp_a["speaker"] and exp_b["speaker"]):
                continue
            same_expected = exp_a["utterance"] == exp_b["utterance"]
            if same_expected != (got_a["utterance"] == got_b["utterance"]):
                how = "one utterance" if same_expected else "different utterances"
                problems.append(
                    f"expected {how}: {exp_a['quote'][:30]!r} and {exp_b['quote'][:30]!r} "
                    f"(got utterance {got_a['utterance']} and {got_b['utterance']})"
                )

    if problems:
        pytest.fail(f"{sample.name}: {len(problems)} problem(s)\n" + "\n".join(problems), pytrace=False)
