"""A user's files are never overwritten (issue 15).

Each test here names one guarantee of the README's Reliability section: an output never
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
    result = invoke("--jobs", "1", "-o", "/dev/full", str(Path(__file__).parent.parent / "samples"))
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
