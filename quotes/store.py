"""SQLite output, ready for ``datasette quotes.db``.

Two tables: ``quotes`` (one row per quote, every public field) and ``speakers`` (one row per
speaker per article, as ``quotes speakers`` lists them), with indexes on what people filter by
and an FTS5 index on the quote text (``quotes_fts``, kept in step by triggers; Datasette finds
it and shows a search box).

A database written by an earlier version (without ``speaker_id`` and ``mention``) is upgraded in
place when it is opened: the new columns are added to ``quotes`` (``-1`` and ``''`` on the old
rows, until their documents are extracted again) and ``speakers`` is rebuilt with its
``speaker_id`` column, keeping its rows.

Appending is idempotent: a document's rows replace whatever an earlier run stored for the same
``(source, id)``, so running the same inputs twice leaves the same database, and a re-run after
the extractor improved drops rows it no longer finds. A corpus that repeats an id within one run
adds the second record's rows to the first's (an exact repeat adds nothing). Each document is
committed as soon as it is stored (a savepoint inside its transaction undoes half a document):
a run that is interrupted or killed keeps every document it finished and nothing half-written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path
from types import TracebackType

from quotes.summary import SUMMARY_FIELDS, summarize
from quotes.types import OUTPUT_FIELDS, Quote

SQLITE_HEADER = b"SQLite format 3\x00"
QUOTE_COLUMNS = OUTPUT_FIELDS
SPEAKER_COLUMNS = SUMMARY_FIELDS
# The columns of the first version's tables: a database that has them can be upgraded.
FIRST_QUOTE_COLUMNS = tuple(c for c in QUOTE_COLUMNS if c not in ("speaker_id", "mention"))
FIRST_SPEAKER_COLUMNS = tuple(c for c in SPEAKER_COLUMNS if c != "speaker_id")
# Columns added since, as ALTER TABLE gives them to an older quotes table.
ADDED_QUOTE_COLUMNS = {
    "speaker_id": "speaker_id INTEGER NOT NULL DEFAULT -1",
    "mention": "mention TEXT NOT NULL DEFAULT ''",
}

# The speakers table's body, apart: upgrading an older database builds the table from it too.
SPEAKERS_COLUMNS_SQL = """\
    source TEXT NOT NULL,
    id TEXT NOT NULL DEFAULT '',
    speaker TEXT NOT NULL,
    speaker_id INTEGER NOT NULL DEFAULT -1,  -- the entity, as on its quotes rows; -1: grouped by name
    role TEXT NOT NULL,
    organization TEXT NOT NULL,
    quotes INTEGER NOT NULL,
    first_quote TEXT NOT NULL,
    names TEXT NOT NULL,  -- every name the speaker's rows give, "; "-separated
    PRIMARY KEY (source, id, speaker_id, speaker)"""

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS quotes (
    quote_id INTEGER PRIMARY KEY,  -- declared, so VACUUM keeps it and the FTS index stays valid
    source TEXT NOT NULL,
    id TEXT NOT NULL DEFAULT '',
    speaker TEXT NOT NULL,
    speaker_id INTEGER NOT NULL DEFAULT -1,  -- the speaker's entity within its document
    role TEXT NOT NULL,
    organization TEXT NOT NULL,
    quote TEXT NOT NULL,
    cue TEXT NOT NULL,
    kind TEXT NOT NULL,
    confidence REAL NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    mention TEXT NOT NULL DEFAULT '',  -- the words at speaker_start:speaker_end
    speaker_start INTEGER NOT NULL,
    speaker_end INTEGER NOT NULL,
    utterance INTEGER NOT NULL,
    UNIQUE (source, id, start, "end")
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker);
CREATE INDEX IF NOT EXISTS quotes_organization ON quotes (organization);
CREATE INDEX IF NOT EXISTS quotes_kind ON quotes (kind);

CREATE TABLE IF NOT EXISTS speakers (
{SPEAKERS_COLUMNS_SQL}
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
        # Read-only: checking must not change the file, even its journal mode.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _check_tables(path, conn)
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            raise StoreError(f"{path} is locked by another program: try again when it is done") from None
        raise StoreError(f"{path} cannot be opened as a database: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} cannot be opened as a database: {exc}") from None


# The tables this tool makes: its own two, and the full-text index's (FTS5 keeps its index in
# shadow tables named after it). SQLite's own (sqlite_*) come with any database.
OWN_TABLES = {"quotes", "speakers"}
FTS_TABLES = {"quotes_fts", "quotes_fts_data", "quotes_fts_idx", "quotes_fts_docsize", "quotes_fts_config"}


def _check_tables(path: Path, conn: sqlite3.Connection) -> None:
    """Raise StoreError unless the database is empty or holds this tool's tables and no other:
    another program's database is never added to, and a half-matching one never half-migrated."""
    objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    names = {
        name for kind, name, _ in objects if kind in ("table", "view") and not name.startswith("sqlite_")
    }
    if not names:
        return
    foreign = sorted(names - OWN_TABLES - FTS_TABLES)
    foreign += sorted(
        name for kind, name, table in objects if kind == "trigger" and table not in OWN_TABLES | FTS_TABLES
    )
    if foreign:
        raise StoreError(
            f"{path} is not a quotes database (it holds {', '.join(foreign[:5])}): "
            "write to a new database file"
        )
    missing = sorted(OWN_TABLES - names)
    if missing:
        raise StoreError(
            f"{path} has no {' or '.join(missing)} table: not a quotes database: write to a new one"
        )
    for table, wanted, known in (
        ("quotes", FIRST_QUOTE_COLUMNS, {"quote_id", *QUOTE_COLUMNS}),
        ("speakers", FIRST_SPEAKER_COLUMNS, set(SPEAKER_COLUMNS)),
    ):
        have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
        if not set(wanted) <= have or not have <= known:
            raise StoreError(f"{path} has a {table!r} table of another shape: write to a new database")


class QuoteStore:
    """Adds documents' rows to an SQLite database; use as a context manager."""

    def __init__(self, path: Path, *, batch_documents: int = 1) -> None:
        check_database_path(path)
        self.path = path
        self.batch_documents = batch_documents
        self.conn = sqlite3.connect(path, isolation_level=None)  # transactions managed here
        self.conn.executescript(SCHEMA)
        self._upgrade()
        self._pending = 0
        self.quotes_written = 0
        # Documents stored by this run: a corpus that repeats an id must not wipe the rows its
        # first record stored (an earlier run's rows for the id are replaced only once).
        self._stored: set[tuple[str, str]] = set()

    def _upgrade(self) -> None:
        """Bring a database written by an earlier version to this schema, in one transaction."""
        have = {row[1] for row in self.conn.execute("PRAGMA table_info(quotes)")}
        speaker_columns = {row[1] for row in self.conn.execute("PRAGMA table_info(speakers)")}
        if set(ADDED_QUOTE_COLUMNS) <= have and "speaker_id" in speaker_columns:
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for column, definition in ADDED_QUOTE_COLUMNS.items():
                if column not in have:
                    self.conn.execute(f"ALTER TABLE quotes ADD COLUMN {definition}")
            if "speaker_id" not in speaker_columns:
                # The key changes (one speaker per entity, not per name): a new table, same rows.
                old = ", ".join(f'"{c}"' for c in FIRST_SPEAKER_COLUMNS)
                self.conn.execute("ALTER TABLE speakers RENAME TO speakers_before_upgrade")
                self.conn.execute("DROP INDEX IF EXISTS speakers_speaker")
                self.conn.execute("DROP INDEX IF EXISTS speakers_organization")
                self.conn.execute(f"CREATE TABLE speakers (\n{SPEAKERS_COLUMNS_SQL}\n)")
                self.conn.execute(f"INSERT INTO speakers ({old}) SELECT {old} FROM speakers_before_upgrade")
                self.conn.execute("DROP TABLE speakers_before_upgrade")
                self.conn.execute("CREATE INDEX speakers_speaker ON speakers (speaker)")
                self.conn.execute("CREATE INDEX speakers_organization ON speakers (organization)")
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

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
        else:
            # speaker_id numbers the entities of one document: a second record with the same id
            # numbers its own from 1 again, so its ids go on after the first's, lest two
            # people become one speaker.
            (top,) = self.conn.execute(
                "SELECT coalesce(max(speaker_id), -1) FROM quotes WHERE source = ? AND id = ?", key
            ).fetchone()
            rows = [replace(q, speaker_id=q.speaker_id + top + 1) if q.speaker_id >= 0 else q for q in rows]
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
            tuple("; ".join(s.names) if c == "names" else getattr(s, c) for c in SPEAKER_COLUMNS)
            for s in summarize(rows)
        ]
        columns = ", ".join(f'"{c}"' for c in SPEAKER_COLUMNS)
        self.conn.executemany(
            f"INSERT INTO speakers ({columns}) VALUES ({', '.join('?' for _ in SPEAKER_COLUMNS)})", speakers
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
