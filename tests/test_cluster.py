"""Shards and --cluster: a batch cut into shards and run on a Dask LocalCluster gives the rows
of one process, in the same order; a killed worker loses nothing; a document that kills every
worker that reads it fails alone."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.pipeline import extract_documents
from quotes.read import Document, InputError, read_inputs
from quotes.shards import ShardOptions, extract_shard, plan_shards, shard_documents, single_documents
from quotes.write import Writer

from .conftest import ROOT

SPEAKERS = ("Aroha Ngata", "Declan Byrne", "Sunita Rao", "the port authority")


def article(i: int, extra: str = "") -> str:
    speaker = SPEAKERS[i % len(SPEAKERS)]
    paragraphs = [
        f"Harbour works, update {i}",
        f"“The dredging of berth {i} is on schedule,” {speaker} said on Thursday.{extra}",
    ]
    if i % 3 == 0:
        paragraphs.append("Nobody else commented before the deadline.")
    if i % 2 == 1:
        paragraphs.append(f"“We expect the first ships in {i + 3} weeks,” the spokeswoman added.")
    return "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, n: int = 24, marks: dict[int, str] | None = None) -> Path:
    """A JSONL corpus of ``n`` made-up articles, with a blank line, a bad line and a record
    without text among them (each reported in its place)."""
    marks = marks or {}
    lines = []
    for i in range(n):
        lines.append(json.dumps({"id": f"h{i:03d}", "title": f"Harbour works, update {i}",
                                 "text": article(i, marks.get(i, ""))}))  # fmt: skip
        if i == 5:
            lines.append("")
        if i == 9:
            lines.append("{not json")
        if i == 14:
            lines.append(json.dumps({"id": "empty"}))
    corpus = folder / "harbour.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus


def local_jsonl(paths: list[str]) -> tuple[str, list[str]]:
    """What one process gives: rows as JSONL, and the errors' sources in order."""
    items = list(read_inputs(paths))
    errors = [item.source for item in items if isinstance(item, InputError)]
    from quotes.pipeline import shared_pipeline

    out = io.StringIO()
    writer = Writer(out, "jsonl")
    documents = [item for item in items if isinstance(item, Document)]
    for result in extract_documents(shared_pipeline(), documents, jobs=1):
        writer.write(result.rows)
    return out.getvalue(), errors


def outcome_jsonl(outcomes) -> tuple[str, list[str]]:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    writer = Writer(out, "jsonl")
    errors = []
    for outcome in outcomes:
        for item in outcome.items:
            if isinstance(item, InputError):
                errors.append(item.source)
            elif item.error:
                errors.append(item.document.source)
            else:
                writer.write(item.rows)
    return out.getvalue(), errors


# --- shards (no Dask) -----------------------------------------------------------------------


def test_line_ranges_cover_the_corpus_once_with_its_line_numbers(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    options = ShardOptions()
    shards, errors = plan_shards([str(corpus)], options, size=1500)
    assert errors == []
    assert len(shards) > 3
    pieces = [p for s in shards for p in s.pieces]
    assert pieces[0].start == 0 and pieces[-1].end == corpus.stat().st_size
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:], strict=False))
    sharded = [item for s in shards for item in shard_documents(s, options)]
    whole = list(read_inputs([str(corpus)]))
    assert sharded == whole  # same documents, ids, titles, and errors with the same line numbers
    assert [i.source for i in whole if isinstance(i, InputError)] == [f"{corpus}:12", f"{corpus}:18"]


def test_a_shards_key_is_stable_and_names_its_inputs_and_options(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    first, _ = plan_shards([str(corpus)], ShardOptions(), size=1500)
    again, _ = plan_shards([str(corpus)], ShardOptions(), size=1500)
    assert [s.key for s in first] == [s.key for s in again]
    assert len({s.key for s in first}) == len(first)
    other, _ = plan_shards([str(corpus)], ShardOptions(include_all=True), size=1500)
    assert not {s.key for s in other} & {s.key for s in first}
    corpus.write_text(corpus.read_text(encoding="utf-8") + json.dumps({"text": article(99)}) + "\n")
    grown, _ = plan_shards([str(corpus)], ShardOptions(), size=1500)
    assert grown[0].key != first[0].key  # the file changed: no part of it is taken as done


def test_small_files_are_grouped_and_missing_inputs_reported(tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"story{i}.txt").write_text(article(i), encoding="utf-8")
    shards, errors = plan_shards([str(tmp_path), str(tmp_path / "gone.txt")], ShardOptions(), size=400)
    assert [e.source for e in errors] == [str(tmp_path / "gone.txt")]
    assert sum(len(s.pieces) for s in shards) == 6
    assert 1 < len(shards) < 6
    singles = [single for s in shards for single in single_documents(s, ShardOptions())]
    assert [p.source for s in singles for p in s.pieces] == [
        str(tmp_path / f"story{i}.txt") for i in range(6)
    ]


def test_a_shard_run_here_gives_the_rows_of_one_process(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, n=10)
    shards, _ = plan_shards([str(corpus)], ShardOptions(), size=2000)
    assert outcome_jsonl(extract_shard(s, ShardOptions()) for s in shards) == local_jsonl([str(corpus)])


def write_csv_corpus(folder: Path, n: int = 20) -> Path:
    """A CSV corpus of made-up articles whose text fields hold newlines (a line is not a
    record), with a blank line, a record without text and a repeated id among them."""
    import csv

    corpus = folder / "harbour.csv"
    with open(corpus, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["id", "title", "text"])
        for i in range(n):
            out.writerow([f"c{i:03d}" if i != 12 else "c004", f"Harbour works, update {i}", article(i)])
            if i == 6:
                fh.write("\r\n")
            if i == 9:
                out.writerow(["nothing", "No text here", ""])
    return corpus


def test_a_csv_corpus_is_cut_at_record_boundaries_with_its_line_numbers(tmp_path: Path) -> None:
    corpus = write_csv_corpus(tmp_path)
    options = ShardOptions()
    shards, errors = plan_shards([str(corpus)], options, size=800)
    assert errors == []
    assert len(shards) > 3
    pieces = [p for s in shards for p in s.pieces]
    assert pieces[-1].end == corpus.stat().st_size
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:], strict=False))
    sharded = [item for s in shards for item in shard_documents(s, options)]
    whole = list(read_inputs([str(corpus)]))
    # The same documents, ids and line numbers (the duplicate id's note needs both in one shard).
    assert [(i.source, getattr(i, "id", None)) for i in sharded] == [
        (i.source, getattr(i, "id", None)) for i in whole
    ]
    errors = [i for i in whole if isinstance(i, InputError)]
    assert [i for i in sharded if isinstance(i, InputError)] == errors
    assert len(errors) == 1 and errors[0].source.startswith(f"{corpus}:")  # the record without text
    texts = [i.text for i in whole if isinstance(i, Document)]
    assert [i.text for i in sharded if isinstance(i, Document)] == texts
    singles = [single for s in shards for single in single_documents(s, options)]
    assert len(singles) == len(whole)
    assert outcome_jsonl(extract_shard(s, options) for s in shards) == local_jsonl([str(corpus)])


def test_a_csv_corpus_that_cannot_be_cut_is_one_shard(tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    records = b"".join(b'a%d,"' % i + article(i).encode() + b'"\n' for i in range(9))
    broken.write_bytes(b"id,text\n" + records + b"x,\xff\xfe bad\n")
    no_text = tmp_path / "other.csv"
    no_text.write_text("id,body\n" + "".join(f'b{i},"{article(i)}"\n' for i in range(9)), encoding="utf-8")
    for corpus in (broken, no_text):
        shards, _ = plan_shards([str(corpus)], ShardOptions(), size=300)
        assert len(shards) == 1 and shards[0].pieces[0].whole_file
        sharded = [i for s in shards for i in shard_documents(s, ShardOptions())]
        assert sharded == list(read_inputs([str(corpus)]))


def test_cluster_without_dask_says_how_to_install_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from quotes.cli import app

    story = tmp_path / "story.txt"
    story.write_text(article(2), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if it were not installed
    result = CliRunner().invoke(app, ["extract", str(story), "--cluster", "local:2", "-f", "jsonl"])
    assert result.exit_code == 1
    assert 'pip install "quotes[dask]"' in result.stderr
    assert result.stdout == ""
    for wrong in ("local:none", "my-laptop"):
        result = CliRunner().invoke(app, ["extract", str(story), "--cluster", wrong])
        assert result.exit_code == 1
        assert "--cluster" in result.stderr


# --- on a LocalCluster ----------------------------------------------------------------------

distributed = pytest.importorskip("distributed")  # the dev extra installs it: these run in CI


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    """One LocalCluster of two single-threaded workers for every test here (starting one
    costs seconds), through the code --cluster local:2 uses."""
    from quotes.cluster import connect

    with connect("local:2") as dask_client:
        dask_client.register_plugin(Saboteur())
        yield dask_client


class Saboteur(distributed.WorkerPlugin):
    """A worker plugin: a document saying ``KILL-WORKER-ALWAYS`` kills the worker process that
    extracts it (as a crash in compiled code or the kernel's OOM killer would), every time;
    ``KILL-WORKER-ONCE <file>`` only while ``<file>`` does not exist (it is made first)."""

    name = "quotes-test-saboteur"

    def setup(self, worker) -> None:  # type: ignore[no-untyped-def]
        import quotes.pipeline

        real = quotes.pipeline.quotes_from_doc

        def sabotaged(doc, **kwargs):  # type: ignore[no-untyped-def]
            text = kwargs.get("text") or doc.text
            if "KILL-WORKER-ALWAYS" in text:
                os._exit(9)
            if "KILL-WORKER-ONCE " in text:
                marker = Path(text.split("KILL-WORKER-ONCE ", 1)[1].split()[0])
                if not marker.exists():
                    marker.write_text("killed")
                    os._exit(9)
            return real(doc, **kwargs)

        quotes.pipeline.quotes_from_doc = sabotaged


def _worker_overheads() -> tuple[object, object, object, object]:
    import dask

    get = dask.config.get
    return (
        get("distributed.worker.profile.enabled"),
        get("distributed.admin.system-monitor.gil.enabled"),
        get("distributed.scheduler.allowed-failures"),
        os.environ.get("MALLOC_TRIM_THRESHOLD_"),
    )


@pytest.mark.slow
def test_local_workers_run_without_profiler_gil_monitor_or_malloc_trimming(client) -> None:  # type: ignore[no-untyped-def]
    # Dask's defaults sample every worker's stack each 10 ms and make glibc give memory back
    # at every free over 64 KB; local workers spend that CPU on extraction.
    from quotes.cluster import ALLOWED_FAILURES

    assert set(client.run(_worker_overheads).values()) == {(False, False, ALLOWED_FAILURES, None)}


@pytest.mark.slow
def test_a_local_cluster_keeps_the_nannies_of_workers_that_die(client) -> None:  # type: ignore[no-untyped-def]
    # Dask's LocalCluster closes for good the nanny of a worker that has not re-registered
    # 15 s after dying; a document that kills workers over and over once left none that way.
    import dask

    assert dask.utils.parse_timedelta(dask.config.get("distributed.deploy.lost-worker-timeout")) > 86400


@pytest.mark.slow
def test_cluster_gives_the_rows_of_one_process_in_input_order(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from quotes.cluster import run_shards

    corpus = write_corpus(tmp_path)
    page = tmp_path / "notes.txt"
    page.write_text(article(7), encoding="utf-8")
    inputs = [str(corpus), str(page)]
    shards, _ = plan_shards(inputs, ShardOptions(), size=1500)
    assert len(shards) > 4
    expected = local_jsonl(inputs)
    assert expected[0].count("\n") > 30
    assert outcome_jsonl(run_shards(client, shards, ShardOptions())) == expected


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_nothing(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from quotes.cluster import run_shards

    marker = tmp_path / "killed-once"
    corpus = write_corpus(tmp_path, marks={11: f" KILL-WORKER-ONCE {marker} "})
    shards, _ = plan_shards([str(corpus)], ShardOptions(), size=1500)
    rows, errors = outcome_jsonl(run_shards(client, shards, ShardOptions()))
    assert marker.exists()  # a worker did die, and its shard was done again elsewhere
    assert (rows, errors) == local_jsonl([str(corpus)])


@pytest.mark.slow
def test_a_document_that_kills_every_worker_fails_alone(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from quotes.cluster import run_shards

    corpus = write_corpus(tmp_path, marks={3: " KILL-WORKER-ALWAYS "})
    shards, _ = plan_shards([str(corpus)], ShardOptions(), size=1500)
    rows, errors = outcome_jsonl(run_shards(client, shards, ShardOptions()))
    assert errors == [f"{corpus}:4", f"{corpus}:12", f"{corpus}:18"]  # the killer, then the bad lines
    kept = [json.loads(line)["id"] for line in rows.splitlines()]
    assert "h003" not in kept
    assert {f"h{i:03d}" for i in range(24) if i != 3} == set(kept)
    assert kept == sorted(kept)  # input order


class SilentCluster:
    """A client whose cluster has no worker: every result waits, as Dask's would for ever."""

    def __init__(self) -> None:
        self.waits = 0

    def nthreads(self) -> dict[str, int]:
        return {}

    def result(self, timeout: float | None = None) -> object:
        self.waits += 1
        raise TimeoutError


def test_a_wait_on_a_cluster_without_workers_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    import quotes.cluster

    monkeypatch.setattr(quotes.cluster, "NO_WORKER_GRACE", 0.05)
    monkeypatch.setattr(quotes.cluster, "WORKER_CHECK_INTERVAL", 0.001)
    silent = SilentCluster()
    with pytest.raises(quotes.cluster.NoWorkers, match="no worker on the cluster"):
        quotes.cluster.result_while_workers(silent, silent)
    assert silent.waits > 1


def test_a_slow_shard_on_a_cluster_with_workers_is_waited_for(monkeypatch: pytest.MonkeyPatch) -> None:
    import quotes.cluster

    monkeypatch.setattr(quotes.cluster, "NO_WORKER_GRACE", 0.0)
    monkeypatch.setattr(quotes.cluster, "WORKER_CHECK_INTERVAL", 0.001)

    class BusyCluster(SilentCluster):
        def nthreads(self) -> dict[str, int]:
            return {"tcp://worker": 1}

        def result(self, timeout: float | None = None) -> object:
            if self.waits < 5:
                return super().result(timeout)
            return "rows"

    busy = BusyCluster()
    assert quotes.cluster.result_while_workers(busy, busy) == "rows"


@pytest.mark.slow
def test_a_cluster_whose_workers_all_left_fails_every_shard_instead_of_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotes.cluster

    monkeypatch.setattr(quotes.cluster, "NO_WORKER_GRACE", 1.0)
    corpus = write_corpus(tmp_path, n=8)
    shards, _ = plan_shards([str(corpus)], ShardOptions(), size=1500)
    with quotes.cluster.connect("local:1") as deserted:
        deserted.retire_workers(list(deserted.nthreads()), close_workers=True)
        rows, errors = outcome_jsonl(quotes.cluster.run_shards(deserted, shards, ShardOptions()))
    from quotes.shards import where

    assert len(shards) > 1
    assert rows == ""  # and every shard is reported, where it starts, rather than waited on
    assert errors == [where(piece) for shard in shards for piece in shard.pieces]


@pytest.fixture
def on_fixture_cluster(client, monkeypatch):  # type: ignore[no-untyped-def]
    """``--cluster ADDRESS`` runs on the module's LocalCluster (no second one to start)."""
    from contextlib import nullcontext

    import quotes.cluster

    monkeypatch.setattr(quotes.cluster, "connect", lambda address: nullcontext(client))
    return client


@pytest.mark.slow
def test_cluster_run_advances_the_bar_by_each_shards_documents(
    on_fixture_cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from quotes.cli import app

    from .test_dataset import terminal_stderr

    stories = tmp_path / "stories"
    stories.mkdir()
    for i in range(9):
        (stories / f"story{i}.txt").write_text(article(i), encoding="utf-8")
    screen = terminal_stderr(monkeypatch)
    args = ["extract", str(stories), "-f", "jsonl", "--cluster", "local:2", "--shard-size", "400"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, screen.getvalue()
    assert result.stdout.count("\n") > 9
    assert "9/9" in screen.getvalue() and "10/9" not in screen.getvalue()
    screen = terminal_stderr(monkeypatch)
    assert CliRunner().invoke(app, [*args, "--quiet"]).stdout == result.stdout
    assert "extracting" not in screen.getvalue()


@pytest.mark.slow
def test_a_csv_corpus_on_the_cluster_gives_the_bytes_of_jobs_1(on_fixture_cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from quotes.cli import app

    corpus = write_csv_corpus(tmp_path, n=30)
    args = ["extract", str(corpus), "-f", "jsonl"]
    one = CliRunner().invoke(app, [*args, "--jobs", "1"])
    on_cluster = CliRunner().invoke(app, [*args, "--cluster", "local:2", "--shard-size", "800"])
    assert on_cluster.exit_code == one.exit_code == 1  # the record without text
    assert on_cluster.stdout == one.stdout
    assert one.stdout.count("\n") > 30


@pytest.mark.slow
def test_speakers_on_the_cluster_gives_the_table_of_jobs_1(on_fixture_cluster) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from quotes.cli import app

    runner = CliRunner()
    for more in ([], ["--indirect"]):
        args = ["speakers", str(ROOT / "samples"), "-f", "csv", *more]
        one = runner.invoke(app, [*args, "--jobs", "1"])
        assert one.exit_code == 0, one.stderr
        on_cluster = runner.invoke(app, [*args, "--cluster", "local:2", "--shard-size", "8K"])
        assert on_cluster.exit_code == 0, on_cluster.stderr
        assert on_cluster.stdout == one.stdout
        assert one.stdout.count("\n") > 50


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "quotes", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.mark.slow
def test_cli_cluster_writes_the_bytes_of_jobs_1_on_the_samples(tmp_path: Path) -> None:
    one = _run(["extract", "samples/", "-f", "jsonl", "--jobs", "1"], ROOT)
    assert one.returncode == 0, one.stderr
    on_cluster = _run(
        ["extract", "samples/", "-f", "jsonl", "--cluster", "local:2", "--shard-size", "8K"], ROOT
    )
    assert on_cluster.returncode == 0, on_cluster.stderr
    assert on_cluster.stdout == one.stdout
    assert one.stdout.count("\n") > 100


@pytest.mark.slow
def test_nothing_dask_is_imported_without_cluster(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(article(1), encoding="utf-8")
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from quotes.cli import app\n"
        f"result = CliRunner().invoke(app, ['extract', {str(story)!r}, '-o', 'rows.parquet'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "rows.parquet").exists()
