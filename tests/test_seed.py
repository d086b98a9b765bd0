"""The first real article: its expected table must come out exactly."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from quotes.cli import app

from .conftest import SHARED

SEED = SHARED / "seed"
pytestmark = pytest.mark.skipif(not (SEED / "article.txt").exists(), reason="../shared/seed not present")


def expected_rows() -> list[dict[str, str]]:
    with open(SEED / "expected.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_seed_article_gives_the_expected_table() -> None:
    result = CliRunner().invoke(app, ["extract", str(SEED / "article.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    for row in rows:
        assert text[row["start"] : row["end"]] == row["quote"]
    by_start = {row["start"]: row for row in rows}
    for exp in expected_rows():
        got = by_start.get(int(exp["start"]))
        assert got is not None, f"missing row for {exp['quote'][:40]!r}"
        for key in ("speaker", "role", "organization", "cue", "quote"):
            assert got[key] == exp[key], key
        assert got["end"] == int(exp["end"])
    extra = [r for r in rows if r["start"] not in {int(e["start"]) for e in expected_rows()}]
    # The scare quote “patchwork” may be left out or given to the Journal (shared/README);
    # the ‘illegal’ in the page tail never has a speaker.
    for row in extra:
        assert row["quote"] == "patchwork", row
        assert row["speaker"] in ("The Wall Street Journal", "Wall Street Journal")
    assert all(r["quote"] != "illegal" or not r["speaker"] for r in rows)
