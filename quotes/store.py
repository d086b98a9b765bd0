"""SQLite output, ready for ``datasette quotes.db``.

Two tables: ``quotes`` (one row per quote, every public field) and ``speakers`` (one row per
speaker per article, as ``quotes speakers`` lists them), with indexes on what people filter by
and an FTS5 index on the quote text (``quotes_fts``, kept in step by triggers; Datasette finds
it and shows a search box).

Appending is idempotent: a document's rows replace whatever an earlier run stored for the same
``(source, id)``, so running the same inputs twice leaves the same database, and a re-run after
the extractor improved drops rows it no longer finds. A corpus that repeats an id within one run
adds the second record's rows to the first's (an exact repeat adds nothing). Each batch of documents is one
transaction, and each document a savepoint inside it: an interrupted run keeps every document
it finished and nothing half-written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import TracebackType

from quotes.summary import summarize
from quotes.types import Quote

SQLITE_HEADER = b"SQLite format 3\x00"
QUOTE_COLUMNS = (
    "source",
    "id",
    "speaker",
    "role",
    "organization",
    "quote",
    "cue",
    "kind",
    "confidence",
    "start",
    "end",
    "speaker_start",
    "speaker_end",
    "utterance",
)
SPEAKER_COLUMNS = ("source", "id", "speaker", "role", "organization", "quotes", "first_quote", "names")

SCHEMA = """
CREATE TABLE IF NOT EXISTS quotes (
    quote_id INTEGER PRIMARY KEY,  -- declared, so VACUUM keeps it and the FTS index stays valid
    source TEXT NOT NULL,
    id TEXT NOT NULL DEFAULT '',
    speaker TEXT NOT NULL,
    role TEXT NOT NULL,
    organization TEXT NOT NULL,
    quote TEXT NOT NULL,
    cue TEXT NOT NULL,
    kind TEXT NOT NULL,
    confidence REAL NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker_start INTEGER NOT NULL,
    speaker_end INTEGER NOT NULL,
    utterance INTEGER NOT NULL,
    UNIQUE (source, id, start, "end")
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);
CREATE INDEX IF NOT EXISTS quotes_organization ON quotes (organization);
CREATE INDEX IF NOT EXISTS quotes_kind ON quotes (kind);

CREATE TABLE IF NOT EXISTS speakers (
    source TEXT NOT NULL,
    id TEXT NOT NULL DEFAULT '',
    speaker TEXT NOT NULL,
    role TEXT NOT NULL,
    organization TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    first_quote TEXT NOT NULL,
    names TEXT NOT NULL,  -- every name merged into this speaker, "; "-separated
    PRIMARY KEY (source, id, speaker)
);
CREATE INDEX IF NOT EXISTS speakers_speaker ON speakers (speaker);
CREATE INDEX IF NOT EXISTS speakers_organization ON speakers (organization);

-- content=[quotes] is the form Datasette looks for to offer full-text search on the table.
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5 (
    quote, speaker, content=[quotes], content_rowid=quote_id
);
CREATE TRIGGER IF NOT EXISTS quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, quote, speaker) VALUES (new.quote_id, new.quote, new.speaker);
END;
CREATE TRIGGER IF NOT EXISTS quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, quote, speaker)
    VALUES ('delete', old.quote_id, old.quote, old.speaker);
END;
CREATE TRIGGER IF NOT EXISTS quotes_au AFTER UPDATE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, quote, speaker)
    VALUES ('delete', old.quote_id, old.quote, old.speaker);
    INSERT INTO quotes_fts (rowid, quote, speaker) VALUES (new.quote_id, new.quote, new.speaker);
END;
"""


class StoreError(Exception):
    """The file cannot be used as a quotes database: the message says why."""


def check_database_path(path: Path) -> None:
    """Raise StoreError unless ``path`` is absent, empty, or a quotes database we can extend."""
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    if not path.is_file():
        raise StoreError(f"{path} is not a file")
    with open(path, "rb") as fh:
        if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StoreError(f"{path} exists and is not an SQLite database: choose another file name")
    try:
        conn = sqlite3.connect(path)
        try:
            for table, wanted in (("quotes", QUOTE_COLUMNS), ("speakers", SPEAKER_COLUMNS)):
                have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
                if have and not set(wanted) <= have:
                    raise StoreError(
                        f"{path} has a {table!r} table of another shape: write to a new database"
                    )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} cannot be opened as a database: {exc}") from None


class QuoteStore:
    """Adds documents' rows to an SQLite database; use as a context manager."""

    def __init__(self, path: Path, *, batch_documents: int = 200) -> None:
        check_database_path(path)
        self.path = path
        self.batch_documents = batch_documents
        self.conn = sqlite3.connect(path, isolation_level=None)  # transactions managed here
        self.conn.executescript(SCHEMA)
        self._pending = 0
        self.quotes_written = 0
        # Documents stored by this run: a corpus that repeats an id must not wipe the rows its
        # first record stored (an earlier run's rows for the id are replaced only once).
        self._stored: set[tuple[str, str]] = set()

    def add(self, source: str, record_id: str, rows: list[Quote]) -> None:
        """Store one document's rows and speakers, replacing what an earlier run stored for it."""
        if self._pending == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        # A savepoint per document: an error or an interrupt part way through one document
        # undoes that document alone, and the documents finished before it are kept.
        self.conn.execute("SAVEPOINT document")
        try:
            self._replace(source, record_id, rows)
        except BaseException:
            self.conn.execute("ROLLBACK TO document")
            self.conn.execute("RELEASE document")
            raise
        self.conn.execute("RELEASE document")
        self._stored.add((source, record_id))
        self._pending += 1
        if self._pending >= self.batch_documents:
            self.commit()

    def _replace(self, source: str, record_id: str, rows: list[Quote]) -> None:
        key = (source, record_id)
        repeated = key in self._stored
        if not repeated:
            self.conn.execute("DELETE FROM quotes WHERE source = ? AND id = ?", key)
        placeholders = ", ".join("?" for _ in QUOTE_COLUMNS)
        columns = ", ".join(f'"{c}"' for c in QUOTE_COLUMNS)
        inserted = self.conn.executemany(
            f"INSERT OR IGNORE INTO quotes ({columns}) VALUES ({placeholders})",
            [(source, record_id, *(getattr(q, c) for c in QUOTE_COLUMNS[2:])) for q in rows],
        )
        self.quotes_written += max(inserted.rowcount, 0)
        if repeated:
            rows = self._stored_rows(key)
        self.conn.execute("DELETE FROM speakers WHERE source = ? AND id = ?", key)
        speakers = [
            (
                source,
                record_id,
                s.speaker,
                s.role,
                s.organization,
                s.quotes,
                s.first_quote,
                "; ".join(s.names),
            )
            for s in summarize(rows)
        ]
        self.conn.executemany(
            f"INSERT INTO speakers VALUES ({', '.join('?' for _ in SPEAKER_COLUMNS)})", speakers
        )

    def _stored_rows(self, key: tuple[str, str]) -> list[Quote]:
        columns = ", ".join(f'"{c}"' for c in QUOTE_COLUMNS)
        found = self.conn.execute(
            f"SELECT {columns} FROM quotes WHERE source = ? AND id = ? ORDER BY start", key
        )
        return [Quote(**dict(zip(QUOTE_COLUMNS, values, strict=True)), sieve="") for values in found]

    def commit(self) -> None:
        if self._pending:
            self.conn.execute("COMMIT")
            self._pending = 0

    def close(self) -> None:
        """Commit every finished document and close the database."""
        try:
            self.commit()
        finally:
            self.conn.close()

    def __enter__(self) -> QuoteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Even after an error or an interrupt: add() undid any half-stored document.
        self.close()
