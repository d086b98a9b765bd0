"""Shards: a batch cut into pieces of a few megabytes that can be extracted anywhere, in any
order, and put back in input order.

A shard is a list of whole files (small files are grouped), a range of lines of a JSONL
corpus, or a range of records of a CSV corpus (cut where the csv module ends a record: a
quoted field can hold newlines), read after the file's header. It names its inputs by path
and byte range only, so it is small to send to a worker on another machine, and its ``key``
(a hash of its inputs' paths, ranges, sizes and modification times and of the extraction
options) is the same in every run over the same inputs: a Parquet part named by it says that
this shard is done (``quotes/dataset.py``).

``extract_shard`` is what runs on a worker (or in this process): it reads the shard's
documents and runs them through ``extract_documents``, the one extraction path of every run.
Nothing here imports Dask.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import threading
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import IO

from quotes.pipeline import PARSE_VERSION, Extraction, extract_documents, shared_pipeline
from quotes.read import (
    MAX_BYTES,
    Document,
    InputError,
    expand_paths,
    input_format_of,
    not_an_article,
    read_csv,
    read_inputs,
    read_jsonl,
)

# What a shard holds at most, unless the batch is small (see ``shard_size``).
MAX_SHARD_BYTES = 4 << 20
MIN_SHARD_BYTES = 32 << 10
# A small batch is still cut in this many shards or so, so that every worker has work, and
# the last shard, which one worker finishes while the others wait, is a small share of it
# (about 13 news articles for 800).
SHARDS_PER_BATCH = 64
# Bump when a shard's rows would change for the same inputs and options (with PARSE_VERSION).
SHARD_FORMAT = "s1"


@dataclass(frozen=True)
class ShardOptions:
    """What decides a shard's rows besides its inputs: the options of ``quotes extract``."""

    model: str | None = None
    include_all: bool = False
    input_format: str = "auto"
    text_field: str = "text"
    id_field: str = "id"
    title_field: str = ""
    indirect: bool = False  # reported speech too (quotes/indirect.py)
    # ``--kind``: the kinds of row written (none: all). Applied by the writer, but a part of
    # some kinds is not a part of others, so the shard's key names them.
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Piece:
    """One input file, or the lines of a JSONL corpus from byte ``start`` to ``end``.

    ``source`` is the input as the user named it (the rows' ``source``); ``path`` is where a
    worker opens it (absolute, so a worker's working folder does not matter).
    """

    source: str
    path: str
    size: int
    mtime_ns: int
    start: int = 0
    end: int = -1  # -1: the whole file
    first_line: int = 1

    @property
    def whole_file(self) -> bool:
        return self.end < 0


@dataclass(frozen=True)
class Shard:
    index: int
    pieces: tuple[Piece, ...]
    key: str

    @property
    def part_name(self) -> str:
        """The Parquet part of this shard: input order by name, identity by key."""
        return f"part-{self.index:05d}-{self.key[:16]}.parquet"

    def describe(self) -> str:
        first, last = self.pieces[0], self.pieces[-1]
        if len(self.pieces) == 1 and not first.whole_file:
            return f"{first.source}, lines from {first.first_line}"
        return first.source if first is last else f"{first.source} … {last.source}"


@dataclass(frozen=True)
class ShardOutcome:
    """What one shard gave, in input order: each document's extraction (its text left out:
    the rows carry what they need) or the input error that stood in its place."""

    shard: Shard
    items: list[Extraction | InputError]

    @property
    def errors(self) -> list[InputError]:
        """What the shard could not read or extract, named as the batch reports it."""
        return [
            item if isinstance(item, InputError) else InputError(item.document.source, item.error)
            for item in self.items
            if isinstance(item, InputError) or item.error
        ]


def shard_key(pieces: Iterable[Piece], options: ShardOptions) -> str:
    identity = {
        "format": SHARD_FORMAT,
        "parse": PARSE_VERSION,
        "options": asdict(options),
        "pieces": [asdict(p) for p in pieces],
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()


def shard_size(total_bytes: int) -> int:
    """The bytes a shard holds: a few megabytes, less for a small batch so it still spreads."""
    return max(MIN_SHARD_BYTES, min(MAX_SHARD_BYTES, total_bytes // SHARDS_PER_BATCH))


def _piece(item: Path, start: int = 0, end: int = -1, first_line: int = 1) -> Piece:
    stat = item.stat()
    return Piece(str(item), str(item.resolve()), stat.st_size, stat.st_mtime_ns, start, end, first_line)


def _jsonl_ranges(item: Path, size: int) -> list[Piece] | None:
    """A JSONL corpus as line ranges of about ``size`` bytes; None when it is to be read whole
    (it cannot be opened, or is no text: reading it whole reports why)."""
    try:
        with open(item, "rb") as fh:
            if not_an_article(fh, item.name):
                return None
            fh.seek(0)
            ranges: list[tuple[int, int, int, bool]] = []  # start, end, first line, has a record
            start, first, offset, has_record = 0, 1, 0, False
            for number, line in enumerate(fh, 1):
                offset += len(line)
                has_record = has_record or bool(line.strip())
                if offset - start >= size and has_record:
                    ranges.append((start, offset, first, has_record))
                    start, first, has_record = offset, number + 1, False
            if offset > start or not ranges:
                if ranges and not has_record:  # only blank lines left: they join the last range
                    last = ranges.pop()
                    ranges.append((last[0], offset, last[2], True))
                else:
                    ranges.append((start, offset, first, has_record))
    except OSError:
        return None
    return [_piece(item, s, e, n) for s, e, n, _ in ranges]


class _Uncuttable(Exception):
    """A CSV corpus read whole rather than in ranges (``read_csv`` then reports why)."""


def _csv_lines(fh: Iterable[bytes], read: list[int]) -> Iterator[str]:
    """The lines of a CSV file for the csv module, ``read[0]`` the bytes handed out so far.

    Lines end at ``\n`` only: a file with a bare ``\r`` (which ``read_csv`` also takes for a
    line end) is read whole, so that line numbers stay those of ``read_csv``."""
    for number, raw in enumerate(fh):
        body = raw[:-2] if raw.endswith(b"\r\n") else raw.removesuffix(b"\n")
        if b"\r" in body:
            raise _Uncuttable
        try:
            line = raw.decode("utf-8-sig" if number == 0 else "utf-8")
        except UnicodeDecodeError:
            raise _Uncuttable from None
        read[0] += len(raw)
        yield line


def csv_records(path: Path | str, options: ShardOptions) -> tuple[int, list[tuple[int, int, int]]] | None:
    """A CSV corpus's header end and its records as (start byte, end byte, first line), the
    blank lines before a record counted in it as ``read_csv`` counts them; None when the file
    is to be read whole (it cannot be opened, is no text, has no text column, or does not read
    to its end: ``read_csv`` then says why, once)."""
    csv.field_size_limit(MAX_BYTES)
    read = [0]
    records: list[tuple[int, int, int]] = []
    try:
        with open(path, "rb") as fh:
            if not_an_article(fh, Path(path).name):
                return None
            fh.seek(0)
            reader = csv.reader(_csv_lines(fh, read))
            header = next(reader, [])
            wanted = [options.text_field] + ([options.title_field] if options.title_field else [])
            if any(field not in header for field in wanted):
                return None
            header_end = read[0]
            start, first = read[0], reader.line_num + 1
            for row in reader:
                if row:  # a blank line belongs to the record after it
                    records.append((start, read[0], first))
                    start, first = read[0], reader.line_num + 1
    except (OSError, csv.Error, _Uncuttable):
        return None
    if not records:
        return None
    last = records.pop()
    records.append((last[0], read[0], last[2]))  # blank lines at the end join the last record
    return header_end, records


def _csv_ranges(item: Path, size: int, options: ShardOptions) -> list[Piece] | None:
    """A CSV corpus as record ranges of about ``size`` bytes; None to read it whole."""
    found = csv_records(item, options)
    if found is None:
        return None
    ranges: list[tuple[int, int, int]] = []
    for start, end, first in found[1]:
        if ranges and ranges[-1][1] - ranges[-1][0] < size:
            ranges[-1] = (ranges[-1][0], end, ranges[-1][2])
        else:
            ranges.append((start, end, first))
    return [_piece(item, s, e, n) for s, e, n in ranges]


def plan_shards(
    paths: list[str], options: ShardOptions, size: int = 0
) -> tuple[list[Shard], list[InputError]]:
    """The shards of a batch, in input order, and the inputs that are no files (missing, a
    pattern matching nothing, a web address). ``size`` 0 chooses by the batch's size."""
    files: list[Path] = []
    errors: list[InputError] = []
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            errors.append(item)
        elif isinstance(item, Path):
            files.append(item)
        else:
            raise ValueError("stdin cannot be cut into shards: save it to a file")
    sizes = {}
    for f in files:
        try:
            sizes[f] = f.stat().st_size
        except OSError:
            sizes[f] = 0
    size = size or shard_size(sum(sizes.values()))
    groups: list[list[Piece]] = []
    group: list[Piece] = []
    held = 0

    def close_group() -> None:
        nonlocal group, held
        if group:
            groups.append(group)
        group, held = [], 0

    for f in files:
        try:
            corpus = input_format_of(f.name, options.input_format)
            ranges = (
                _jsonl_ranges(f, size)
                if corpus == "jsonl"
                else _csv_ranges(f, size, options)
                if corpus == "csv"
                else None
            )
            if ranges is None:
                piece = _piece(f)
        except OSError as exc:
            errors.append(InputError(str(f), f"cannot read: {exc.strerror or exc}"))
            continue
        if ranges is not None:
            close_group()
            groups.extend([r] for r in ranges)
            continue
        group.append(piece)
        held += sizes[f]
        if held >= size:
            close_group()
    close_group()
    shards = [Shard(i, tuple(g), shard_key(g, options)) for i, g in enumerate(groups)]
    return shards, errors


def _renamed(item: Document | InputError, path: str, source: str) -> Document | InputError:
    """``item`` with the worker's absolute path in its source put back as the user named it
    (a corpus record's source is the path, its error's ``path:line``)."""
    if item.source == path or item.source.startswith(path + ":"):
        return replace(item, source=source + item.source[len(path) :])
    return item


def shard_documents(shard: Shard, options: ShardOptions) -> Iterator[Document | InputError]:
    """The documents of a shard (and the errors in their place), as ``read_inputs`` gives
    them for its files read in turn."""
    for piece in shard.pieces:
        if piece.whole_file:
            items: Iterable[Document | InputError] = read_inputs(
                [piece.path],
                input_format=options.input_format,
                text_field=options.text_field,
                id_field=options.id_field,
                title_field=options.title_field,
            )
        else:
            try:
                with open(piece.path, "rb") as fh:
                    fh.seek(piece.start)
                    data = fh.read(piece.end - piece.start)
                    if input_format_of(piece.source, options.input_format) == "csv":
                        header = _csv_header(fh)
            except OSError as exc:
                yield InputError(piece.source, f"cannot read: {exc.strerror or exc}")
                continue
            if input_format_of(piece.source, options.input_format) == "csv":
                items = read_csv(
                    io.BytesIO(header + data),
                    piece.path,
                    options.text_field,
                    options.id_field,
                    options.title_field,
                    first_line=piece.first_line,
                )
            else:
                items = read_jsonl(
                    data.splitlines(keepends=True),
                    piece.path,
                    options.text_field,
                    options.id_field,
                    options.title_field,
                    first_line=piece.first_line,
                )
        for item in items:
            yield _renamed(item, piece.path, piece.source)


def _csv_header(fh: IO[bytes]) -> bytes:
    """The header record of a CSV file (its first, which may span lines), as bytes."""
    fh.seek(0)
    read = [0]
    try:
        next(csv.reader(_csv_lines(fh, read)), None)
    except (csv.Error, _Uncuttable):
        pass
    fh.seek(0)
    return fh.read(read[0])


def extract_shard(shard: Shard, options: ShardOptions, jobs: int = 1) -> ShardOutcome:
    """Read and extract one shard (on a worker, or here): the pipeline is this process's
    ``shared_pipeline``, loaded at the first shard and kept for the next."""
    items = list(shard_documents(shard, options))
    documents = [item for item in items if isinstance(item, Document)]
    # A worker started with several threads runs several shards at once: they take turns
    # with the one pipeline rather than share it.
    with _PIPELINE_LOCK:
        nlp = shared_pipeline(options.model)
        results = list(
            extract_documents(
                nlp, documents, include_all=options.include_all, jobs=jobs, indirect=options.indirect
            )
        )
    extracted = iter(results)
    outcome: list[Extraction | InputError] = []
    for item in items:
        if isinstance(item, InputError):
            outcome.append(item)
        else:
            result = next(extracted)
            # The text stays here: only rows travel back.
            outcome.append(replace(result, document=replace(result.document, text="")))
    return ShardOutcome(shard, outcome)


_PIPELINE_LOCK = threading.Lock()


def single_documents(shard: Shard, options: ShardOptions) -> list[Shard]:
    """``shard`` as one shard per document where it can be cut (a file; a corpus line or
    record), for finding the one document in it that kills the worker extracting it."""
    singles: list[Piece] = []
    for piece in shard.pieces:
        if piece.whole_file:
            singles.append(piece)
            continue
        if input_format_of(piece.source, options.input_format) == "csv":
            found = csv_records(piece.path, options)
            records = [r for r in found[1] if piece.start <= r[0] < piece.end] if found else []
            singles.extend(replace(piece, start=s, end=e, first_line=n) for s, e, n in records)
            if not records:
                singles.append(piece)
            continue
        try:
            with open(piece.path, "rb") as fh:
                fh.seek(piece.start)
                data = fh.read(piece.end - piece.start)
        except OSError:
            singles.append(piece)
            continue
        offset = piece.start
        for number, line in enumerate(data.splitlines(keepends=True), piece.first_line):
            if line.strip():
                singles.append(replace(piece, start=offset, end=offset + len(line), first_line=number))
            offset += len(line)
    return [Shard(shard.index, (p,), shard.key) for p in singles]


def where(piece: Piece) -> str:
    """How an error names a piece: the file, or the corpus line."""
    return piece.source if piece.whole_file else f"{piece.source}:{piece.first_line}"
