"""`benchmarks/accuracy.py GOLD --who` prints the who table of a labels file held out whole,
whose every label is `check` (benchmarks/world/world2.who.jsonl): one column per split that has
labels, none for a split with none (it raised KeyError on such a file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_who_table_of_a_file_held_out_whole_has_no_tune_column() -> None:
    done = subprocess.run(
        [sys.executable, "benchmarks/accuracy.py", "benchmarks/world/world2.jsonl", "--who"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    header = next(line for line in done.stdout.splitlines() if line.startswith("| |"))
    assert header == "| | check | both |"
    assert "| labelled gold quotes | 271 | 271 |" in done.stdout
