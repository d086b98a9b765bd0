"""Outputs: a rich table for people, CSV for spreadsheets, JSON and JSONL for programs.

Writers know nothing of spaCy: they take Quote rows. Rows stream out as they come (CSV and
JSONL flush per document), and a file named with ``--output`` is written to a temporary file
beside it and renamed into place, so an interrupted run never leaves half a file.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Generic, TypeVar

from rich import box
from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.table import Table

from quotes.kept import kept_in, record_kept
from quotes.summary import SUMMARY_FIELDS, SUMMARY_FIELDS_INDIRECT, SpeakerSummary
from quotes.types import OUTPUT_FIELDS, Quote

# The public columns, in order (see ``OUTPUT_FIELDS``).
FIELDS: tuple[str, ...] = OUTPUT_FIELDS
FORMATS = ("table", "csv", "json", "jsonl", "markdown", "xlsx")
# Formats that write bytes, to a file only (never a terminal or a pipe).
BINARY_FORMATS = ("xlsx",)
T = TypeVar("T")
# Characters that Markdown (CommonMark / GitHub tables) would read as syntax inside a cell.
_MARKDOWN_SPECIAL = re.compile(r"([\\|*_`\[\]<>])")
_NEWLINES = re.compile(r"\r\n|\r|\n")
# OWASP CSV injection: a cell starting with one of these may run as a formula in a spreadsheet
# (tab and carriage return because some spreadsheets strip them before reading the rest; line
# feed for the same reason; the full-width forms because Excel in East Asian locales reads
# them as the ASCII ones).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
# A plain number ("-5", "+3.5", "-1,200", "-20%") or a lone sign (stdin's source name "-")
# cannot call anything: a spreadsheet reads it as the number or the text it is. Left alone.
_PLAIN_NUMBER = re.compile(r"[-+]?(?:\d[\d,]*)?(?:\.\d+)?%?")


# Control characters other than tab and line feed: printed raw, an escape sequence in a quote
# could recolour, retitle or rewrite the reader's terminal.
_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: each control character shown as its symbol
    (``␛`` for escape, ``␀`` for NUL), never sent to the terminal as a command."""

    def symbol(match: re.Match[str]) -> str:
        code = ord(match.group())
        return chr(0x2400 + code) if code < 32 else "\u2421" if code == 0x7F else "\ufffd"

    return _TERMINAL_CONTROLS.sub(symbol, text)


def neutralise(value: Any) -> Any:
    """Prefix a text cell that a spreadsheet could read as a formula with a single quote.

    Only cells that could start a formula are touched, and the ``'`` is the mark spreadsheets
    themselves use for "this is text". Plain numbers and a lone ``-`` stay as they are.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# A lone surrogate, and the characters that some readers take for a line break (Python's
# `str.splitlines`, JavaScript before ES2019): NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
_ESCAPED = re.compile("[\ud800-\udfff\x85\u2028\u2029]")


def json_text(value: Any, indent: int | None = None) -> str:
    """``value`` as JSON with its non-ASCII characters as they are, except a lone surrogate
    (from a ``\\ud800`` escape in an input), which no UTF-8 file can hold, and the characters
    some readers split lines at (U+0085, U+2028, U+2029, as in a file name), which would cut a
    JSON Lines row in two: they keep a ``\\u`` escape, so the JSON reads back to the same
    string."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def row_dict(q: Quote) -> dict[str, Any]:
    d = q.to_dict()
    return {k: d[k] for k in FIELDS}


# Excel refuses these in a cell (XML 1.0 has no place for them) and a cell holds at most
# 32,767 characters.
_XLSX_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
XLSX_CELL_LIMIT = 32_767


class XlsxSheet:
    """Rows for an Excel workbook of one sheet, every cell text (type ``s``): a cell that
    starts with ``=`` is shown as written, never run as a formula, so nothing is neutralised.
    Control characters are shown as their symbols (as on a terminal), a lone surrogate as
    U+FFFD, and a cell longer than Excel allows is cut, ending in ``…``."""

    def __init__(self, header: tuple[str, ...]) -> None:
        from openpyxl import Workbook

        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet("quotes")
        self._sheet.freeze_panes = "A2"
        self.append(list(header))

    def append(self, values: list[Any]) -> None:
        from openpyxl.cell import WriteOnlyCell

        cells: list[Any] = []
        for value in values:
            text = self._text(value)
            if not text:
                cells.append(None)  # an empty cell, as in the CSV
                continue
            cell = WriteOnlyCell(self._sheet, value=text)
            cell.data_type = "s"  # openpyxl would read a leading = as a formula
            cells.append(cell)
        self._sheet.append(cells)

    @staticmethod
    def _text(value: Any) -> str:
        text = "" if value is None else str(value)  # as the csv module writes it
        if _XLSX_ILLEGAL.search(text):
            text = _LONE_SURROGATE.sub("\ufffd", printable(text))
        if len(text) > XLSX_CELL_LIMIT:
            text = text[: XLSX_CELL_LIMIT - 1] + "…"
        return text

    def save(self, out: IO[bytes]) -> None:
        self._book.save(out)


class _StreamWriter(Generic[T]):
    """Streams records to a text stream in one format: CSV, JSON and JSONL as they come, the
    table and Markdown (which need every row to size their columns) at ``close``."""

    fields: tuple[str, ...] = ()

    def __init__(self, out: IO[Any], fmt: str, *, sanitize: bool = True, console: Console | None = None):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
        self.out = out
        self.fmt = fmt
        self.sanitize = sanitize
        self.console = console
        self.count = 0
        self._held: list[T] = []
        self._csv: Any = None
        self._sheet: XlsxSheet | None = None
        if fmt == "xlsx":
            self._sheet = XlsxSheet(self.fields)
        elif fmt == "csv":
            # RFC 4180: CRLF line ends, every field that needs it quoted.
            self._csv = csv.writer(out, lineterminator="\r\n")
            self._csv.writerow(self.fields)
        elif fmt == "json":
            out.write("[")

    def _record(self, item: T) -> dict[str, Any]:
        raise NotImplementedError

    def _csv_values(self, record: dict[str, Any]) -> list[Any]:
        return [record[k] for k in self.fields]

    def _cells(self, items: list[T]) -> tuple[list[str], list[list[str]]]:
        raise NotImplementedError

    def _rich_table(self, items: list[T]) -> RenderableType:
        raise NotImplementedError

    def write(self, items: list[T]) -> None:
        for item in items:
            if self.fmt in ("table", "markdown"):
                self._held.append(item)
            else:
                record = self._record(item)
                if self._sheet is not None:
                    self._sheet.append(self._csv_values(record))
                elif self.fmt == "csv":
                    values = self._csv_values(record)
                    self._csv.writerow([neutralise(v) for v in values] if self.sanitize else values)
                elif self.fmt == "jsonl":
                    self.out.write(json_text(record) + "\n")
                else:
                    prefix = "\n  " if self.count == 0 else ",\n  "
                    self.out.write(prefix + json_text(record))
            self.count += 1
        if self.fmt not in ("table", "markdown", "xlsx"):
            self.out.flush()

    def close(self) -> None:
        if self._sheet is not None:
            self._sheet.save(self.out)
        elif self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "table":
            (self.console or Console(file=self.out)).print(self._rich_table(self._held))
        elif self.fmt == "markdown":
            self.out.write(markdown_table(*self._cells(self._held)))
        self.out.flush()


class Writer(_StreamWriter[Quote]):
    """Streams quote rows in one format."""

    fields = FIELDS

    def _record(self, item: Quote) -> dict[str, Any]:
        return row_dict(item)

    def _cells(self, items: list[Quote]) -> tuple[list[str], list[list[str]]]:
        return _table_cells(items)

    def _rich_table(self, items: list[Quote]) -> RenderableType:
        return quote_table(items)


# --- Parquet ---------------------------------------------------------------------------------
# A columnar file for data teams (DuckDB, pandas, Spark): the public columns with their proper
# types. pyarrow is the ``parquet`` extra, imported only when a Parquet file is written.

PARQUET_EXTRA_HINT = 'Parquet needs pyarrow: pip install "quotes[parquet]"'
INTEGER_FIELDS = ("speaker_id", "start", "end", "speaker_start", "speaker_end", "utterance")
FLOAT_FIELDS = ("confidence",)
# Rows held before a row group is written: small enough to keep memory flat, large enough
# for the columns to compress.
PARQUET_ROW_GROUP = 50_000


class ParquetUnavailable(RuntimeError):
    """pyarrow is not installed: the message says how to install it."""


def parquet_schema(metadata: dict[str, str] | None = None) -> Any:
    """The Arrow schema of a row: ``OUTPUT_FIELDS`` in order, offsets and ids as 64-bit
    integers, confidence as a double, every other field a string."""
    try:
        import pyarrow as pa
    except ImportError as exc:
        raise ParquetUnavailable(PARQUET_EXTRA_HINT) from exc

    def kind(name: str) -> Any:
        if name in INTEGER_FIELDS:
            return pa.int64()
        return pa.float64() if name in FLOAT_FIELDS else pa.string()

    return pa.schema(
        [pa.field(name, kind(name), nullable=False) for name in FIELDS],
        metadata={k.encode(): v.encode() for k, v in (metadata or {}).items()} or None,
    )


class ParquetRowWriter:
    """Quote rows to one Parquet file, written to a temporary file beside ``path`` and renamed
    into place by ``close``; ``abort`` (or an error inside a ``with`` block) leaves ``path`` as
    it was. ``metadata`` goes into the file's key-value metadata."""

    def __init__(self, path: Path, metadata: dict[str, str] | None = None) -> None:
        try:
            import pyarrow.parquet as pq
        except ImportError as exc:
            raise ParquetUnavailable(PARQUET_EXTRA_HINT) from exc
        if not path.is_dir() and not is_regular_or_new(path):
            raise ValueError(f"{path} is not a regular file: a Parquet file is renamed into place")
        if path.is_symlink():
            path = Path(os.path.realpath(path))  # the link stays a link; its file is replaced
        self.path = path
        self.schema = parquet_schema(metadata)
        self.count = 0
        self._held: dict[str, list[Any]] = {name: [] for name in FIELDS}
        directory = path.parent if str(path.parent) else Path(".")
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        os.fchmod(fd, ordinary_mode(path))
        os.close(fd)
        self._tmp = Path(tmp)
        try:
            self._writer = pq.ParquetWriter(str(self._tmp), self.schema, compression="zstd")
        except BaseException:
            self._tmp.unlink(missing_ok=True)
            raise

    def write(self, rows: list[Quote]) -> None:
        for q in rows:
            for name in FIELDS:
                self._held[name].append(getattr(q, name))
        self.count += len(rows)
        if len(self._held["start"]) >= PARQUET_ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._held["start"]:
            self._writer.write_table(pa.table(self._held, schema=self.schema))
            self._held = {name: [] for name in FIELDS}

    def close(self) -> None:
        """Finish the file and put it in place."""
        try:
            self._flush()
            self._writer.close()
            with open(self._tmp, "rb") as fh:
                os.fsync(fh.fileno())
            os.replace(self._tmp, self.path)
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        """Drop the file being written; ``path`` is left as it was."""
        try:
            self._writer.close()
        except Exception:  # noqa: BLE001 - already failing: the temporary file goes anyway
            pass
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> ParquetRowWriter:
        return self

    def __exit__(self, kind: object, value: object, traceback: object) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def read_parquet_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a Parquet file (or of every part of a folder, in name order) as dicts of
    the public columns: what ``row_dict`` gives for the rows written."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ParquetUnavailable(PARQUET_EXTRA_HINT) from exc
    files = sorted(path.glob("*.parquet")) if path.is_dir() else [path]
    rows: list[dict[str, Any]] = []
    for file in files:
        rows.extend(pq.read_table(file).to_pylist())
    return rows


def speaker_cell(q: Quote) -> str:
    """The speaker as a person reads it in a table: the name, else the mention the extractor
    could not resolve in parentheses (``(she)``), else a dash."""
    if q.speaker:
        return q.speaker
    return f"({q.mention})" if q.mention else "—"


def _table_cells(rows: list[Quote]) -> tuple[list[str], list[list[str]]]:
    """The columns a person reads (source only when there are several) and their cells.

    ``speaker_id`` and the mention's offsets are for programs (CSV, JSON, SQLite): a reader
    sees one speaker's rows by the name they share."""
    multi_source = len({q.source for q in rows}) > 1
    has_ids = any(q.id for q in rows)
    # A fragment (`partial`) or reported speech (`indirect`) should not read as a full quote.
    has_kinds = any(q.kind != "direct" for q in rows)
    header = (["source"] if multi_source else []) + (["id"] if has_ids else [])
    header += ["speaker", "role", "organization"] + (["kind"] if has_kinds else []) + ["quote"]
    cells = []
    for q in rows:
        row = ([q.source] if multi_source else []) + ([q.id] if has_ids else [])
        kind = [q.kind] if has_kinds else []
        cells.append(row + [speaker_cell(q), q.role, q.organization, *kind, q.quote])
    return header, cells


def quote_table(rows: list[Quote]) -> RenderableType:
    """The rows for a terminal, readable at 80 columns (see ``by_document``), the kind only on
    rows that are not whole quotes."""
    # A fragment (`partial`) or reported speech (`indirect`) should not read as a whole quote.
    has_kinds = any(q.kind != "direct" for q in rows)

    def table(quotes: list[Quote], title: str) -> Table:
        table = compact_table(title)
        # Fold a word too long for its column rather than cut it: nothing of a cell is hidden.
        # Shares of the width: organisation a little wider, so its header reads whole at 80.
        table.add_column("speaker", ratio=10, overflow="fold")
        table.add_column("role", ratio=10, overflow="fold")
        table.add_column("organization", ratio=11, overflow="fold")
        if has_kinds:
            table.add_column("kind", no_wrap=True, width=len("indirect"))
        table.add_column("quote", ratio=20, overflow="fold")
        for q in quotes:
            kind = ["" if q.kind == "direct" else q.kind] if has_kinds else []
            cells = [speaker_cell(q), q.role, q.organization, *kind, q.quote]
            # rich reads [brackets] as markup: quotes are full of `[inaudible]`, so escape all.
            table.add_row(*(escape(printable(c)) for c in cells))
        return table

    return by_document(rows, table)


Row = TypeVar("Row", Quote, SpeakerSummary)


def by_document(rows: list[Row], table: Callable[[list[Row], str], Table]) -> RenderableType:
    """Rows for a terminal, readable at 80 columns: one table per document under its file's
    name (a corpus record's as ``file:id``) when there are several, instead of a path and an id
    column on every row. ``table`` builds one document's table under a title; it gives every
    table the same columns, so their widths stay the same from one to the next."""
    documents: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        documents.setdefault((row.source, row.id), []).append(row)
    if len(documents) <= 1 and not any(row.id for row in rows):
        return table(rows, "")
    names = short_names([source for source, _ in documents])
    tables: list[RenderableType] = []
    for (source, id_), group in documents.items():
        if tables:
            tables.append("")  # a blank line before the next document's name
        tables.append(table(group, names[source] + (f":{id_}" if id_ else "")))
    return Group(*tables)


def compact_table(title: str = "") -> Table:
    """A table for a terminal: no vertical rules, two spaces between columns, the full width
    (columns share it by their ratios), the title (a document's name) above on the left."""
    return Table(
        title=escape(printable(title)) or None,
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 2, 0, 0),
        expand=True,
        header_style="bold",
    )


def short_names(sources: list[str]) -> dict[str, str]:
    """Each source by its file name, with as many of its folders as tell it from the others
    (``a/notes.txt`` and ``b/notes.txt``); stdin stays ``-``."""
    parts = {source: source.replace("\\", "/").rstrip("/").split("/") for source in set(sources)}
    depth = dict.fromkeys(parts, 1)
    while True:
        names = {source: "/".join(p[-depth[source] :]) for source, p in parts.items()}
        seen: dict[str, list[str]] = {}
        for source, name in names.items():
            seen.setdefault(name, []).append(source)
        clashes = [s for group in seen.values() if len(group) > 1 for s in group if depth[s] < len(parts[s])]
        if not clashes:
            return names
        for source in clashes:
            depth[source] += 1


def markdown_cell(value: object) -> str:
    """One table cell: Markdown syntax characters backslash-escaped, line breaks as <br>.

    An unescaped ``|`` would split the cell and a raw newline would end the table, so a quote
    containing either would break the table a reporter pastes into a draft or a chat.
    """
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", str(value))
    return _NEWLINES.sub("<br>", text)


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(markdown_cell(h) for h in header) + " |"]
    lines.append("|" + "|".join(" --- " for _ in header) + "|")
    for row in rows:
        lines.append("| " + " | ".join(markdown_cell(c) for c in row) + " |")
    return "\n".join(lines) + "\n"


def summary_dict(s: SpeakerSummary, fields: tuple[str, ...] = SUMMARY_FIELDS) -> dict[str, Any]:
    return {k: list(s.names) if k == "names" else getattr(s, k) for k in fields}


class SummaryWriter(_StreamWriter[SpeakerSummary]):
    """Streams who-said-what summaries (one line per speaker per article) in one format."""

    fields = SUMMARY_FIELDS

    def __init__(
        self,
        out: IO[Any],
        fmt: str,
        *,
        sanitize: bool = True,
        console: Console | None = None,
        indirect: bool = False,
    ):
        # Set before the CSV header is written: with reported speech, its own count column.
        self.fields = SUMMARY_FIELDS_INDIRECT if indirect else SUMMARY_FIELDS
        self.indirect = indirect
        super().__init__(out, fmt, sanitize=sanitize, console=console)

    def _record(self, item: SpeakerSummary) -> dict[str, Any]:
        return summary_dict(item, self.fields)

    def _csv_values(self, record: dict[str, Any]) -> list[Any]:
        return ["; ".join(record[k]) if k == "names" else record[k] for k in self.fields]

    def _cells(self, items: list[SpeakerSummary]) -> tuple[list[str], list[list[str]]]:
        return _summary_cells(items, self.indirect)

    def _rich_table(self, items: list[SpeakerSummary]) -> RenderableType:
        counts = ["quotes", "reported"] if self.indirect else ["quotes"]

        def table(summaries: list[SpeakerSummary], title: str) -> Table:
            table = compact_table(title)
            table.add_column("speaker", ratio=10, overflow="fold")
            table.add_column("role", ratio=10, overflow="fold")
            table.add_column("organization", ratio=11, overflow="fold")
            for name in counts:
                table.add_column(name, justify="right", no_wrap=True, width=len(name))
            table.add_column("first words", ratio=16, overflow="fold")
            for s in summaries:
                numbers = [str(s.quotes)] + ([str(s.indirect)] if self.indirect else [])
                cells = [s.speaker, s.role, s.organization, *numbers, s.first_quote]
                table.add_row(*(escape(printable(c)) for c in cells))
            return table

        return by_document(items, table)


def _summary_cells(
    summaries: list[SpeakerSummary], indirect: bool = False
) -> tuple[list[str], list[list[str]]]:
    multi_source = len({s.source for s in summaries}) > 1
    has_ids = any(s.id for s in summaries)
    header = (["source"] if multi_source else []) + (["id"] if has_ids else [])
    counts = ["quotes", "reported"] if indirect else ["quotes"]
    header += ["speaker", "role", "organization", *counts, "first words"]
    cells = []
    for s in summaries:
        row = ([s.source] if multi_source else []) + ([s.id] if has_ids else [])
        counts = [str(s.quotes)] + ([str(s.indirect)] if indirect else [])
        cells.append(row + [s.speaker, s.role, s.organization, *counts, s.first_quote])
    return header, cells


def ordinary_mode(path: Path) -> int:
    """The permissions a file written at ``path`` should have: those of the file it replaces,
    else what the user's umask gives a new file (as ``open`` would)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def is_regular_or_new(path: Path) -> bool:
    """True when ``path`` (its link's target, for a link) is a regular file or does not exist:
    a file that may be replaced by renaming another over it."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


@contextmanager
def atomic_output(path: Path, *, bom: bool = False, binary: bool = False) -> Iterator[IO[Any]]:
    """A text stream (a byte stream if ``binary``) that replaces ``path`` only when the block
    finishes without error.

    What is not a regular file (a FIFO, a device such as /dev/null, a terminal, /dev/stdout) has
    no content to protect and must never be replaced by one: it is written through. A symbolic
    link stays a link: the file it points to is the one replaced.
    """
    encoding = None if binary else "utf-8-sig" if bom else "utf-8"
    mode, newline = ("wb", None) if binary else ("w", "")
    if not is_regular_or_new(path):
        with open(path, mode, encoding=encoding, newline=newline) as fh:
            yield fh
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        # mkstemp makes the file private (0600); the output is an ordinary file.
        os.fchmod(fd, ordinary_mode(path))
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


_UNSAFE_NAME = re.compile(r"[^\w.\-]+")


def kept_text_path(folder: Path, source: str, record_id: str = "") -> Path:
    """Where ``--keep-text`` saves a document's text: the input's path below ``folder`` plus
    ``.txt`` (``page.html`` → ``folder/page.html.txt``); a corpus record goes in a folder named
    after the corpus, as ``<id>.txt``; stdin is ``stdin.txt``."""
    if source == "-":
        parts = ["stdin"]
    else:
        # Keep the input's folders (so two index.html pages do not collide) but never climb
        # out of ``folder``: drop the root and any "..".
        parts = [p for p in Path(source).parts if p not in ("..", ".", Path(source).anchor)] or ["input"]
    if record_id:
        parts.append(_UNSAFE_NAME.sub("_", record_id).strip(".") or "_")
    parts[-1] += ".txt"
    return folder.joinpath(*parts)


class KeepTextRefused(Exception):
    """A kept text that would be written outside its folder: the message says why."""


class TextKeeper:
    """Saves the text each document's offsets index under ``folder`` (``--keep-text``).

    A file it did not write is never overwritten (the next free name, ``page.html~2.txt``, is
    used), nothing is written outside ``folder`` (a symbolic link inside it leading out is
    refused), and two documents whose paths or ids clean to the same name get distinct files,
    the same ones on every run: each folder's hidden list (``quotes/kept.py``) says which
    document a name belongs to, and is what keeps kept texts from being read back as inputs.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lists: dict[Path, dict[str, tuple[str, str]]] = {}

    def save(self, source: str, text: str, record_id: str = "") -> tuple[Path, Path]:
        """Write the text; return where it went and the name it would have had (the same
        unless that name was taken)."""
        natural = kept_text_path(self.folder, source, record_id)
        root = os.path.realpath(self.folder)
        if not Path(os.path.realpath(natural.parent)).is_relative_to(root):
            raise KeepTextRefused(
                f"{natural.parent} leads out of {self.folder} through a symbolic link: not written"
            )
        natural.parent.mkdir(parents=True, exist_ok=True)
        listed = self._lists.get(natural.parent)
        if listed is None:
            listed = self._lists[natural.parent] = kept_in(natural.parent)
        owner = (source, record_id)
        stem = natural.name[: -len(".txt")]
        for n in itertools.count(1):
            name = natural.name if n == 1 else f"{stem}~{n}.txt"
            path = natural.parent / name
            if listed.get(name) == owner and not path.is_symlink():
                break
            if name not in listed and not os.path.lexists(path):
                record_kept(natural.parent, name, source, record_id)
                listed[name] = owner
                break
        with atomic_output(path) as fh:
            fh.write(text)
        return path, natural


def save_text(folder: Path, source: str, text: str, record_id: str = "") -> Path:
    """Write the text that a document's offsets index, so a reader can check every row."""
    return TextKeeper(folder).save(source, text, record_id)[0]
