"""Parquet folders (-o DIR): one part per shard, the rows of --jobs 1 exactly once, and a rerun
after a crash or a damaged part that redoes only what is missing."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from quotes.cli import app
from quotes.write import read_parquet_rows

from .conftest import ROOT
from .test_cluster import article, write_corpus, write_csv_corpus

pytest.importorskip("pyarrow")  # the dev extra installs it: these run in CI
runner = CliRunner()


def jsonl_rows(corpus: Path) -> list[dict[str, object]]:
    result = runner.invoke(app, ["extract", str(corpus), "-f", "jsonl", "--jobs", "1"])
    return [json.loads(line) for line in result.stdout.splitlines()]


def to_folder(corpus: Path, folder: Path, *more: str):  # type: ignore[no-untyped-def]
    return runner.invoke(
        app, ["extract", str(corpus), "-f", "parquet", "-o", str(folder), "--shard-size", "1500", *more]
    )


def test_a_folder_holds_one_part_per_shard_with_the_rows_of_jsonl(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    folder = tmp_path / "quotes"
    result = to_folder(corpus, folder, "--jobs", "1")
    assert result.exit_code == 1  # the corpus's bad line and empty record, reported as always
    assert f"{corpus}:12" in result.stderr
    parts = sorted(folder.glob("part-*.parquet"))
    assert len(parts) >= 4
    assert (folder / "_quotes_manifest.json").exists()
    assert read_parquet_rows(folder) == jsonl_rows(corpus)


def test_a_rerun_redoes_only_the_missing_and_damaged_parts(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    folder = tmp_path / "quotes"
    to_folder(corpus, folder, "--jobs", "1")
    parts = sorted(folder.glob("part-*.parquet"))
    untouched = {p: p.stat().st_mtime_ns for p in parts[2:]}
    parts[0].unlink()  # never written (the run died first)
    parts[1].write_bytes(parts[1].read_bytes()[:100])  # damaged afterwards
    (folder / f".{parts[3].name}.x1y2.tmp").write_bytes(b"half a part")  # a write cut short
    again = to_folder(corpus, folder, "--jobs", "1")
    assert f"{len(parts) - 2} of {len(parts)} shards already done" in again.stderr
    assert read_parquet_rows(folder) == jsonl_rows(corpus)  # every row exactly once
    assert {p: p.stat().st_mtime_ns for p in parts[2:]} == untouched
    assert not list(folder.glob(".*.tmp"))


def test_a_csv_corpus_goes_into_parts_by_record_ranges_with_the_rows_of_jsonl(tmp_path: Path) -> None:
    corpus = write_csv_corpus(tmp_path)
    folder = tmp_path / "quotes"
    args = ["extract", str(corpus), "-f", "parquet", "-o", str(folder), "--shard-size", "800", "--jobs", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1  # the record without text, reported as always
    assert len(list(folder.glob("part-*.parquet"))) > 3
    assert read_parquet_rows(folder) == jsonl_rows(corpus)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def test_a_rerun_reports_again_what_the_shards_already_done_could_not_read(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    folder = tmp_path / "quotes"
    first = to_folder(corpus, folder, "--jobs", "1")
    assert first.exit_code == 1
    reported = error_lines(first.stderr)
    assert [line.split(": ")[1] for line in reported] == [f"{corpus}:12", f"{corpus}:18"]
    again = to_folder(corpus, folder, "--jobs", "1")  # every shard done: nothing is extracted
    assert "already done" in again.stderr
    assert again.exit_code == 1  # the exit code of the whole batch, not of this run's share
    assert [line.removesuffix(" (an earlier run)") for line in error_lines(again.stderr)] == reported
    assert all(line.endswith("(an earlier run)") for line in error_lines(again.stderr))
    parts = sorted(folder.glob("part-*.parquet"))
    parts[-1].unlink()  # a shard with no error, done again; the others' errors still count
    resumed = to_folder(corpus, folder, "--jobs", "1")
    assert resumed.exit_code == 1
    assert len(error_lines(resumed.stderr)) == 2
    assert read_parquet_rows(folder) == jsonl_rows(corpus)


def test_a_folder_without_errors_resumes_with_exit_code_0(tmp_path: Path) -> None:
    corpus = tmp_path / "clean.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"c{i}", "text": article(i)}) + "\n" for i in range(8)), encoding="utf-8"
    )
    folder = tmp_path / "quotes"
    first = to_folder(corpus, folder, "--jobs", "1")
    assert first.exit_code == 0
    total = len(read_parquet_rows(folder))
    assert f"{total} quotes written to {folder}\n" in first.stderr
    again = to_folder(corpus, folder, "--jobs", "1")
    assert again.exit_code == 0 and error_lines(again.stderr) == []
    # Nothing was left to do: the count says so without reading as an empty folder.
    assert f"0 quotes written to {folder}, which holds {total} with the shards done before" in again.stderr


def test_a_folder_of_another_run_is_refused(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    folder = tmp_path / "quotes"
    to_folder(corpus, folder, "--jobs", "1")
    before = read_parquet_rows(folder)
    for changed in (["--all"], ["--kind", "partial"]):  # other options: other rows
        other = to_folder(corpus, folder, "--jobs", "1", *changed)
        assert other.exit_code == 2
        assert "parts of another run" in other.stderr
    assert read_parquet_rows(folder) == before
    stranger = tmp_path / "photos"
    stranger.mkdir()
    (stranger / "cat.jpg").write_bytes(b"\xff\xd8")
    refused = to_folder(corpus, stranger, "--jobs", "1")
    assert refused.exit_code == 2
    assert "other files" in refused.stderr


def terminal_stderr(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """What the run shows on stderr, as if stderr were a terminal (where the bar is drawn)."""
    import quotes.cli

    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=100, highlight=False, soft_wrap=True)
    monkeypatch.setattr(quotes.cli, "err", console)
    return screen


def test_a_folder_run_shows_the_bar_advanced_by_each_shards_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stories = tmp_path / "stories"
    stories.mkdir()
    for i in range(7):
        (stories / f"story{i}.txt").write_text(article(i), encoding="utf-8")
    screen = terminal_stderr(monkeypatch)
    result = runner.invoke(
        app, ["extract", str(stories), str(tmp_path / "gone.txt"), "-o", str(tmp_path / "out"),
              "-f", "parquet", "--shard-size", "400", "--jobs", "1"],
    )  # fmt: skip
    assert result.exit_code == 1  # gone.txt
    shown = screen.getvalue()
    assert "extracting" in shown
    assert "8/8" in shown  # seven stories and the missing file, each counted once
    assert "9/8" not in shown


def test_a_corpus_into_a_folder_counts_every_record_and_quiet_shows_no_bar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path)
    screen = terminal_stderr(monkeypatch)
    to_folder(corpus, tmp_path / "quotes", "--jobs", "1")
    assert "26/?" in screen.getvalue()  # 24 articles, a bad line, a record without text
    assert "27/?" not in screen.getvalue()
    screen = terminal_stderr(monkeypatch)
    to_folder(corpus, tmp_path / "again", "--jobs", "1", "--quiet")
    assert "extracting" not in screen.getvalue()


@pytest.mark.slow
def test_a_run_killed_part_way_is_finished_on_the_cluster_with_every_row_once(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, n=150)
    folder = tmp_path / "quotes"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "quotes", "extract", str(corpus), "-o", str(folder), "-f", "parquet"]
    command += ["--shard-size", "1500", "-q"]
    run = subprocess.Popen([*command, "--jobs", "1"], env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(list(folder.glob("part-*.parquet"))) < 3 and time.monotonic() < deadline:
        time.sleep(0.02)
    run.send_signal(signal.SIGKILL)  # no chance to tidy up: a crash, a killed machine
    run.wait()
    manifest = json.loads((folder / "_quotes_manifest.json").read_text(encoding="utf-8"))
    done = len(list(folder.glob("part-*.parquet")))
    assert 3 <= done < len(manifest["shards"])
    resumed = subprocess.run([*command, "--cluster", "local:2"], env=env, capture_output=True, text=True)
    # The corpus's bad records, whether in shards done before the kill or after, fail the batch.
    assert resumed.returncode == 1, resumed.stderr
    assert sorted(line.split(": ")[1] for line in error_lines(resumed.stderr)) == [
        f"{corpus}:12",
        f"{corpus}:18",
    ]
    assert len(list(folder.glob("part-*.parquet"))) == len(manifest["shards"])
    assert read_parquet_rows(folder) == jsonl_rows(corpus)
