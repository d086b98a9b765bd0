"""The examples of the README and of docs/ keep working.

Each document is parsed generically: every fenced ```bash / ```python block is found, so examples
others add are picked up without touching this file.

Shell blocks: each line that runs `quotes` on `samples/` or on the seed article is run with
``python -m quotes`` (this checkout's code) in a scratch copy of `samples/`, and must exit 0
and produce rows (in its `--format`, or in its `-o` file). In `pip install … && quotes …` only the
part after `&&` runs. Lines are *skipped*, with the reason shown by ``pytest -rs``, when they only
install, do not run `quotes` on samples/ or the seed (e.g. evaluation on the gold corpus: long runs
that need ../shared), or name a file that does not exist in the repository (a placeholder such as
`article.txt`).

Python blocks run in the same scratch directory with ``text`` already bound to a sample article
(so `nlp(text)` snippets run as written); they must not raise and must produce rows: print
something, or leave a `doc` whose ``doc._.quotes`` is non-empty. Blocks naming a file that does
not exist are skipped like shell lines. A python block followed at once by a ```text block must
print exactly that text: the docs show it as the example's real output.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT, SHARED

README = ROOT / "README.md"
# The README and the docs it points to: their examples are held to the same standard.
DOCUMENTS = [README, *sorted((ROOT / "docs").glob("*.md"))]
SEED_ARTICLE = SHARED / "seed" / "article.txt"
FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.M | re.S)
# `quotes` in command position: at the start, or after a pipe / && / ;
QUOTES_COMMAND = re.compile(r"(^|\|\s*|&&\s*|;\s*)quotes(?=\s)")
PATH_LIKE = re.compile(r"^[\w./-]+\.(txt|jsonl|json|csv|html?)$|/")


def blocks(language: str) -> list[str]:
    return [
        body
        for document in DOCUMENTS
        for lang, body in FENCE.findall(document.read_text(encoding="utf-8"))
        if lang == language
    ]


def shell_lines() -> list[str]:
    lines = []
    for body in blocks("bash") + blocks("sh") + blocks("console"):
        for line in body.splitlines():
            line = line.strip().removeprefix("$ ")
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


def _missing_inputs(words: list[str], outputs: set[str]) -> list[str]:
    """Path-looking words that are neither outputs nor existing files of the repo (or the seed)."""
    missing = []
    for word in words:
        if word in outputs or word.startswith("-") or not PATH_LIKE.search(word):
            continue
        if not ((ROOT / word).exists() or Path(word).exists()):
            missing.append(word)
    return missing


OUTPUT_OPTIONS = ("-o", "--output")
# Options whose value is a path the command writes, not an input that must exist.
WRITTEN_PATH_OPTIONS = (*OUTPUT_OPTIONS, "--keep-text")


def _option_values(words: list[str], options: tuple[str, ...]) -> set[str]:
    return {words[i + 1] for i, w in enumerate(words[:-1]) if w in options}


def _format(words: list[str]) -> str:
    for i, w in enumerate(words[:-1]):
        if w in ("-f", "--format"):
            return words[i + 1]
    return "csv"  # the CLI's default when stdout is not a terminal


def count_rows(output: str, fmt: str) -> int:
    output = output.strip()
    if not output:
        return 0
    if fmt == "json":
        return len(json.loads(output))
    if fmt == "jsonl":
        return len([json.loads(line) for line in output.splitlines() if line.strip()])
    if fmt == "csv":
        return len(list(csv.DictReader(io.StringIO(output.lstrip("\ufeff")))))
    if fmt == "markdown":
        return max(0, len([line for line in output.splitlines() if line.startswith("|")]) - 2)
    return len(output.splitlines())  # a table: any output at all


def _count_file(path: Path, fmt: str) -> int:
    """Rows in an output file: a database (``-o quotes.db``) counts its quotes table, a Parquet
    file or folder its rows, a workbook the rows of its sheet."""
    if fmt == "sqlite" or path.suffix.lower() in (".db", ".sqlite", ".sqlite3"):
        import sqlite3

        with contextlib.closing(sqlite3.connect(path)) as conn:
            return int(conn.execute("SELECT count(*) FROM quotes").fetchone()[0])
    if fmt == "parquet" or path.suffix.lower() == ".parquet" or path.is_dir():
        from quotes.write import read_parquet_rows

        return len(read_parquet_rows(path))
    if fmt == "xlsx" or path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True).worksheets[0]
        return sum(1 for _ in sheet.iter_rows()) - 1  # less the header
    return count_rows(path.read_text(encoding="utf-8"), fmt)


def _scratch(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    return tmp_path


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    return env


@pytest.mark.slow
@pytest.mark.parametrize("line", shell_lines())
def test_readme_shell_example_runs(line: str, tmp_path: Path) -> None:
    # `pip install -e . && quotes extract samples/`: the install is not run, the rest is.
    line = " && ".join(part.strip() for part in line.split("&&") if not part.strip().startswith("pip "))
    if not line:
        pytest.skip("set-up command (installs packages): not run by the tests")
    words = shlex.split(line, comments=True)
    if not QUOTES_COMMAND.search(line):
        pytest.skip("does not run quotes")
    if not any(w.startswith("samples") or w == str(SEED_ARTICLE) for w in words) and "seed/" not in line:
        pytest.skip("does not use samples/ or the seed article: not run here (may need ../shared data)")
    outputs = _option_values(words, OUTPUT_OPTIONS)
    missing = _missing_inputs(words, _option_values(words, WRITTEN_PATH_OPTIONS))
    if missing:
        pytest.skip(f"names files not in the repository: {', '.join(missing)}")
    cwd = _scratch(tmp_path)
    command = QUOTES_COMMAND.sub(lambda m: f"{m.group(1)}{shlex.quote(sys.executable)} -m quotes", line)
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=cwd,
        env=_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert result.returncode == 0, f"{line}\nexit {result.returncode}\n{result.stderr}"
    fmt = _format(words)
    if outputs:
        produced = [cwd / out for out in outputs]
        assert all(p.exists() for p in produced), f"{line}: no output file written"
        rows = sum(_count_file(p, fmt) for p in produced)
    else:
        rows = count_rows(result.stdout, fmt)
    assert rows > 0, f"{line}: no rows in the output\n{result.stdout[:500]}"


def _string_paths(code: str) -> list[str]:
    return [s for s in re.findall(r"[\"']([^\"'\s]+)[\"']", code) if PATH_LIKE.search(s) and "." in s]


@pytest.mark.parametrize("code", blocks("python"), ids=lambda c: c.strip().splitlines()[0][:40])
def test_readme_python_example_runs(code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = _missing_inputs(_string_paths(code), set())
    if missing:
        pytest.skip(f"names files not in the repository: {', '.join(missing)}")
    monkeypatch.chdir(_scratch(tmp_path))
    sample = sorted((tmp_path / "samples").glob("*.txt"))[0]
    namespace: dict[str, Any] = {"__name__": "__readme__", "text": sample.read_text(encoding="utf-8")}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the README's own example
    doc = namespace.get("doc")
    rows = len(printed.getvalue().splitlines()) + (len(doc._.quotes) if doc is not None else 0)
    assert rows > 0, f"the example produced no rows:\n{code}"


def examples_with_output() -> list[tuple[str, str]]:
    """(code, output) of every ```python block followed at once by a ```text block: the docs
    show such output as what the example prints."""
    pairs = []
    for document in DOCUMENTS:
        content = document.read_text(encoding="utf-8")
        fences = list(FENCE.finditer(content))
        for block, after in pairwise(fences):
            between = content[block.end() : after.start()]
            if block.group(1) == "python" and after.group(1) == "text" and not between.strip():
                pairs.append((block.group(2), after.group(2)))
    return pairs


@pytest.mark.slow  # runs the pipeline on the example
@pytest.mark.parametrize(
    ("code", "shown"), examples_with_output(), ids=lambda c: c.strip().splitlines()[0][:40]
)
def test_an_example_prints_the_output_shown_under_it(code: str, shown: str) -> None:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "docs", "exec"), {"__name__": "__docs__"})  # noqa: S102 - the docs' own example
    assert printed.getvalue() == shown
