"""A user's files are never overwritten (issue 15).

Each test here names one guarantee of docs/reliability.md: an output never
replaces the input it reads (stdin included), writes through to what is not a regular file
(a FIFO, a device, a link to stdout), and never adds tables to a database another program owns.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typer.testing import CliRunner

from quotes.cli import app

ARTICLE = "“The bridge will reopen in May,” said Tomas Varga, the county engineer.\n"


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["extract", *args])


@contextmanager
def stdin_from(path: Path) -> Iterator[None]:
    """File descriptor 0 reads ``path`` for the block, as ``< path`` gives it in a shell."""
    saved = os.dup(0)
    fd = os.open(path, os.O_RDONLY)
    try:
        os.dup2(fd, 0)
        yield
    finally:
        os.dup2(saved, 0)
        os.close(saved)
        os.close(fd)


def test_output_that_is_the_file_on_stdin_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    with stdin_from(article):
        result = invoke("-", "-o", str(article))
    assert result.exit_code == 2, result.output
    assert "is the file on stdin" in result.stderr
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_output_that_is_a_hard_link_to_the_file_on_stdin_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    os.link(article, tmp_path / "other.csv")
    with stdin_from(article):
        result = invoke("-", "-o", str(tmp_path / "other.csv"))
    assert result.exit_code == 2, result.output
    assert article.read_text(encoding="utf-8") == ARTICLE


def _read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def reader() -> None:
        with open(path, "rb") as fh:
            into.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread


def test_output_onto_a_fifo_writes_through_it(tmp_path: Path) -> None:
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "rows.csv"
    os.mkfifo(fifo)
    got: list[bytes] = []
    thread = _read_fifo(fifo, got)
    result = invoke(str(article), "-o", str(fifo), "--jobs", "1")
    thread.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a regular file"
    assert b"Tomas Varga" in got[0]
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_output_onto_a_link_to_a_fifo_writes_through_and_keeps_the_link(tmp_path: Path) -> None:
    # /dev/stdout is such a link (to /proc/self/fd/1, a pipe or a terminal).
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.jsonl"
    link.symlink_to(fifo)
    got: list[bytes] = []
    thread = _read_fifo(fifo, got)
    result = invoke(str(article), "-o", str(link), "--jobs", "1")
    thread.join(10)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and stat.S_ISFIFO(os.stat(link).st_mode)
    assert b'"speaker": "Tomas Varga"' in got[0]


def test_output_onto_a_link_to_a_file_replaces_the_file_and_keeps_the_link(tmp_path: Path) -> None:
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "real.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "out.csv"
    link.symlink_to(target)
    result = invoke(str(article), "-o", str(link), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert "Tomas Varga" in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o640


def test_output_onto_a_full_device_is_one_clear_error() -> None:
    # /dev/full is a character device that refuses every write as "no space left": written
    # through, never replaced by a regular file (as root, a rename would replace it).
    if not os.path.exists("/dev/full"):
        return
    before = os.stat("/dev/full")
    # (One sample is enough: the first row written fails.)
    sample = Path(__file__).parent.parent / "samples" / "council_bridge.txt"
    result = invoke("--jobs", "1", "-o", "/dev/full", str(sample))
    after = os.stat("/dev/full")
    assert stat.S_ISCHR(after.st_mode) and (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert lines and "no space left" in lines[-1].lower(), result.stderr
    assert "unexpected error" not in result.stderr and "Traceback" not in result.output


# --- SQLite: only this tool's databases are written to ---------------------------------------


def test_a_database_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "app.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")
        conn.execute("INSERT INTO users VALUES ('ada')")
    conn.close()
    before = db.read_bytes()
    result = invoke(str(article), "-o", str(db))
    assert result.exit_code == 2, result.output
    assert "not a quotes database" in result.stderr and "users" in result.stderr
    assert db.read_bytes() == before


def test_a_database_holding_our_tables_and_others_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "mixed.db"
    assert invoke(str(article), "-o", str(db)).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    before = db.read_bytes()
    result = invoke(str(article), "-o", str(db))
    assert result.exit_code == 2, result.output
    assert db.read_bytes() == before


def test_a_half_matching_schema_is_refused_not_half_migrated(tmp_path: Path) -> None:
    # A quotes table of the right shape but no speakers table: not a database this tool wrote.
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "half.db"
    assert invoke(str(article), "-o", str(db)).exit_code == 0
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE speakers")
    conn.close()
    before = db.read_bytes()
    result = invoke(str(article), "-o", str(db))
    assert result.exit_code == 2, result.output
    assert db.read_bytes() == before


def test_our_own_database_is_added_to(tmp_path: Path) -> None:
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "quotes.db"
    assert invoke(str(article), "-o", str(db)).exit_code == 0
    result = invoke(str(article), "-o", str(db))
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM quotes").fetchone() == (1,)
    conn.close()


# --- --keep-text: never over a user's file, never read back, never outside its folder --------

PAGE = (
    "<!DOCTYPE html><html><head><title>Bridge to reopen</title></head><body><article>"
    "<h1>Bridge to reopen</h1><p>The county said on Monday that the old river bridge would reopen "
    "to traffic in May after repairs.</p><p>{quote}</p></article></body></html>"
)


def page(
    path: Path, quote: str = "“The bridge will reopen in May,” said Tomas Varga, the county engineer."
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(quote=quote), encoding="utf-8")
    return path


def jsonl_rows(result) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    import json

    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_keep_text_never_overwrites_a_file_it_did_not_write(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    page(tmp_path / "page.html")
    mine = tmp_path / "page.html.txt"
    mine.write_text("my own notes on the bridge\n", encoding="utf-8")
    result = invoke("page.html", "--keep-text", ".", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert mine.read_text(encoding="utf-8") == "my own notes on the bridge\n"
    notes = [line for line in result.stderr.splitlines() if "page.html~2.txt" in line]
    assert notes, result.stderr
    kept = (tmp_path / "page.html~2.txt").read_text(encoding="utf-8")
    row = jsonl_rows(result)[0]
    assert kept[row["start"] : row["end"]] == row["quote"]  # type: ignore[misc]
    # A second run finds its own text again, and still leaves the user's file alone.
    again = invoke("page.html", "--keep-text", ".", "-f", "jsonl")
    assert again.exit_code == 0 and "~2" in again.stderr and not (tmp_path / "page.html~3.txt").exists()
    assert mine.read_text(encoding="utf-8") == "my own notes on the bridge\n"


def test_kept_texts_are_not_read_back_as_inputs(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    page(tmp_path / "page.html")
    first = invoke(".", "--keep-text", ".", "-f", "jsonl", "--jobs", "1")
    assert first.exit_code == 0, first.output
    assert (tmp_path / "page.html.txt").is_file()
    second = invoke(".", "--keep-text", ".", "-f", "jsonl", "--jobs", "1")
    assert second.exit_code == 0, second.output
    assert jsonl_rows(second) == jsonl_rows(first)
    # A glob skips them too; named on the command line, a kept text is read.
    assert jsonl_rows(invoke("*", "-f", "jsonl", "--jobs", "1")) == jsonl_rows(first)
    assert len(jsonl_rows(invoke("page.html.txt", "-f", "jsonl"))) == 1


def test_keep_text_never_writes_outside_its_folder_through_a_link(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    page(tmp_path / "sub" / "page.html")
    outside = tmp_path / "outside"
    outside.mkdir()
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "sub").symlink_to(outside)
    result = invoke("sub/page.html", "--keep-text", "kept", "-f", "jsonl")
    assert list(outside.iterdir()) == []
    assert result.exit_code == 1
    assert "outside" in result.stderr or "symbolic link" in result.stderr, result.stderr
    assert len(jsonl_rows(result)) == 1  # the rows still come


def test_inputs_whose_names_clean_alike_keep_distinct_texts(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    corpus = work / "wire.jsonl"
    ids = ["a/b", "a_b", "a:b"]
    corpus.write_text(
        "".join(
            json.dumps({"id": rid, "text": f"“We will rebuild {n},” said Tomas Varga.\n"}) + "\n"
            for n, rid in enumerate(ids)
        ),
        encoding="utf-8",
    )
    page(work / "page.html", "“Here first,” said Ana Ruiz.")
    page(tmp_path / "page.html", "“Up a folder,” said Lee Chan.")
    result = invoke(
        "wire.jsonl", "page.html", "../page.html", "--keep-text", "kept", "-f", "jsonl", "--jobs", "1"
    )
    assert result.exit_code == 0, result.output
    texts = kept_texts(work / "kept")
    assert len(texts) == 5, (texts, result.stderr)
    for words in ("rebuild 0", "rebuild 1", "rebuild 2", "Here first", "Up a folder"):
        assert sum(words in t for t in texts) == 1, words
    # stdin and a file named stdin
    page(work / "stdin", "“A file called stdin,” said Ray Okoro.")
    result = CliRunner().invoke(
        app,
        [
            "extract",
            "stdin",
            "-",
            "--input-format",
            "html",
            "--keep-text",
            "kept2",
            "-f",
            "jsonl",
            "--jobs",
            "1",
        ],
        input=PAGE.format(quote="“From the pipe,” said Mia Holt."),
    )
    assert result.exit_code == 0, result.output
    texts = kept_texts(work / "kept2")
    assert len(texts) == 2 and sum("From the pipe" in t for t in texts) == 1, texts


def kept_texts(folder: Path) -> list[str]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    return [p.read_text(encoding="utf-8") for p in files]


def test_parquet_output_onto_a_fifo_is_refused_and_the_fifo_kept(tmp_path: Path) -> None:
    # A Parquet file is written whole and renamed into place: there is no writing it through
    # a FIFO or a device, and renaming over one (as root, over /dev/null) must never happen.
    article = tmp_path / "art.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    fifo = tmp_path / "rows.parquet"
    os.mkfifo(fifo)
    result = invoke(str(article), "-o", str(fifo), "--jobs", "1")
    assert result.exit_code == 2, result.output
    assert "not a regular file" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
