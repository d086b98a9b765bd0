"""Inputs: files, folders and stdin, decoded to text with nothing silently lost.

Every input becomes either a ``Document`` or an ``InputError`` that says, in one line, what
went wrong and what to do; the caller reports the error and goes on with the rest.
"""

from __future__ import annotations

import codecs
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt",)
# Past this, a "text" file is more likely a dump or a mistake than an article.
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    source: str
    text: str
    encoding: str = "utf-8"
    note: str = ""  # e.g. which encoding was assumed


@dataclass(frozen=True)
class InputError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def decode(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, note). Raises ValueError for data that is not text."""
    if not data.strip():
        raise ValueError("empty file: nothing to read")
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ValueError(f"starts with a {enc.upper()} byte-order mark but does not decode") from exc
            # The byte-order mark is not part of the text the offsets index.
            return text.lstrip("\ufeff"), enc, f"read as {enc.upper()} (byte-order mark)"
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", ""
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise ValueError("binary file, not text: pass a .txt article (or its extracted text)")
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        return text, "cp1252", "not UTF-8: read as Windows-1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        return text, "latin-1", "not UTF-8: read as Latin-1"


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return control / len(sample) > 0.1


def read_bytes(source: str, data: bytes) -> Document | InputError:
    try:
        text, encoding, note = decode(data)
    except ValueError as exc:
        return InputError(source, str(exc))
    if not text.strip():
        return InputError(source, "empty file: nothing to read")
    return Document(source, text, encoding, note)


def read_path(path: Path, source: str | None = None) -> Document | InputError:
    source = source if source is not None else str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return InputError(
                source,
                f"file is {size >> 20} MB, over the {MAX_BYTES >> 20} MB limit: split it",
            )
        data = path.read_bytes()
    except PermissionError:
        return InputError(source, "permission denied: check the file's permissions")
    except IsADirectoryError:
        return InputError(source, "is a directory")
    except OSError as exc:
        return InputError(source, f"cannot read: {exc.strerror or exc}")
    return read_bytes(source, data)


def _walk(folder: Path, suffixes: tuple[str, ...]) -> Iterator[Path | InputError]:
    """Files below ``folder`` with a wanted suffix, sorted, without following link loops."""
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            st = current.stat()
        except OSError as exc:
            yield InputError(str(current), f"cannot read: {exc.strerror or exc}")
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue  # a symlink loop or a folder reached twice
        seen.add(key)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            yield InputError(str(current), f"cannot list folder: {exc.strerror or exc}")
            continue
        files: list[Path] = []
        dirs: list[Path] = []
        for entry in entries:
            try:
                if entry.is_dir():
                    dirs.append(Path(entry.path))
                elif entry.name.lower().endswith(suffixes) and not entry.name.startswith("."):
                    files.append(Path(entry.path))
            except OSError as exc:
                yield InputError(entry.path, f"cannot read: {exc.strerror or exc}")
        yield from files
        stack.extend(reversed(dirs))


def expand_paths(
    paths: Iterable[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES
) -> Iterator[Path | str | InputError]:
    """Each argument as files to read (a folder is walked); ``-`` stays ``-`` for stdin."""
    for arg in paths:
        if arg == "-":
            yield "-"
            continue
        path = Path(arg)
        if not path.exists():
            yield InputError(arg, "no such file or folder")
        elif path.is_dir():
            found = False
            for item in _walk(path, suffixes):
                found = True
                yield item
            if not found:
                yield InputError(arg, f"folder has no {'/'.join(suffixes)} files")
        else:
            yield path


def read_inputs(paths: Iterable[str], stdin: bytes | None = None) -> Iterator[Document | InputError]:
    """Documents (or errors) for every input, in the order given."""
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
        elif item == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            yield read_bytes("-", data)
        else:
            assert isinstance(item, Path)
            yield read_path(item)
