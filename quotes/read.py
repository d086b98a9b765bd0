"""Inputs: files, folders, globs, stdin, HTML pages and corpora, decoded to text with nothing
silently lost.

Every input becomes either a ``Document`` or an ``InputError`` that says, in one line, what
went wrong and what to do; the caller reports the error and goes on with the rest.

- Plain text (``.txt``, ``.md``, anything named explicitly): the file as given; offsets index it.
- HTML (``.html``, ``.htm``): reduced to its article text (``quotes/page.py``: headline and
  byline first, navigation, comments, captions and related-story lists dropped), one paragraph
  per block, paragraphs separated by a blank line; offsets index that extracted text, and the
  page's title is the Document's ``title``.
- Corpora (``.jsonl``, ``.csv``): one Document per record, read as a stream, carrying the
  record's id; a bad record is one error with its line number and the rest go on.
"""

from __future__ import annotations

import codecs
import csv
import email
import email.policy
import glob
import io
import json
import os
import re
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from urllib.parse import unquote, urlsplit

from quotes.kept import MANIFEST, kept_in
from quotes.page import read_page

TEXT_SUFFIXES = (".txt", ".md")
# A page saved as a web archive (a browser's "Webpage, Single File") is read as its page.
HTML_SUFFIXES = (".html", ".htm", ".mhtml", ".mht")
JSONL_SUFFIXES = (".jsonl",)
CSV_SUFFIXES = (".csv",)
# What a folder is walked for. CSV is read only when named: a folder of articles often also
# holds a CSV this tool wrote, and reading it back as a corpus would be a surprise.
WALK_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
INPUT_FORMATS = ("auto", "text", "html", "jsonl", "csv")
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
# Past this, a "text" file is more likely a dump or a mistake than an article.
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Document:
    """One text to extract from. Rows' offsets index ``text``.

    ``kind`` says where ``text`` came from: ``text`` (a file or stdin as given), ``html`` (the
    article text extracted from a page) or ``record`` (one record of a JSONL/CSV corpus, whose
    id is ``id``). ``title`` is the headline the input names apart from its text (a page's
    metadata title, a record's ``title``/``headline`` field), empty when it names none: a
    first paragraph equal to it is the headline, not story.
    """

    source: str
    text: str
    encoding: str = "utf-8"
    note: str = ""  # e.g. which encoding was assumed
    id: str = ""
    kind: str = "text"
    title: str = ""


@dataclass(frozen=True)
class InputError:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def decode(data: bytes) -> tuple[str, str, str]:
    """(text, encoding, note). Raises ValueError for data that is not text.

    Decodes what can be decoded and says what was assumed: a byte-order mark is obeyed;
    UTF-16 without one is recognised by its zero bytes; UTF-8 is tried next; a UTF-8 file
    with a few stray bytes keeps its UTF-8 and reads only those bytes as Windows-1252; a file
    with no UTF-8 in it is read as Windows-1252 (which agrees with Latin-1 on every printable
    character). Stray NUL characters in a text are kept (the offsets index the text as read).
    """
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
    bom_note = ""
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
        bom_note = "utf-8-sig"
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16), utf16, f"read as {utf16.upper()} (no byte-order mark)"
        except UnicodeDecodeError:
            pass
    if _looks_binary(data[:8192]):
        raise ValueError("binary file, not text: pass a .txt article (or its extracted text)")
    nul_note = _nul_note(data)
    try:
        return data.decode("utf-8"), bom_note or "utf-8", nul_note
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    stray = sum(1 for byte in _INVALID_UTF8.findall(data) if byte)
    if bom_note or len(_VALID_UTF8_MULTIBYTE.findall(data)) > stray:
        # Mostly UTF-8 (curly quotes and accents decode) with a few bytes from another encoding
        # pasted in: keep the UTF-8 and read only the stray bytes as Windows-1252.
        text = data.decode("utf-8", errors=_STRAY_BYTES)
        line = data.count(b"\n", 0, first_bad) + 1
        note = f"not valid UTF-8 (first bad byte on line {line}): {stray} stray byte(s) read as Windows-1252"
        return text, "utf-8+cp1252", _join(note, nul_note)
    # Windows-1252 leaves five bytes undefined; Latin-1 reads those as C1 controls.
    text = data.decode("cp1252", errors=_STRAY_BYTES)
    return text, "cp1252", _join("not UTF-8: read as Windows-1252 (Latin-1)", nul_note)


_VALID_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# Bytes that cannot start or continue a UTF-8 sequence where they stand (approximate: a count
# for the note and the choice of encoding, not a validator).
_INVALID_UTF8 = re.compile(
    rb"(?:[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})|([\x80-\xff])"
)
_STRAY_BYTES = "quotes-cp1252"


def _stray_bytes_as_cp1252(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start : exc.end]
    # The five bytes Windows-1252 leaves undefined are read as Latin-1 (C1 controls).
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error(_STRAY_BYTES, _stray_bytes_as_cp1252)


def _join(*notes: str) -> str:
    return "; ".join(n for n in notes if n)


def _nul_note(data: bytes) -> str:
    nuls = data.count(b"\x00")
    return f"{nuls} NUL character(s) kept as U+0000" if nuls else ""


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` for text saved as UTF-16 without a byte-order mark: mostly
    ASCII, so every other byte is zero."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.7 * half and even.count(0) < 0.1 * half:
        return "utf-16-le"
    if even.count(0) > 0.7 * half and odd.count(0) < 0.1 * half:
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    """Binary data has many control bytes (NUL above all); a text has at most a stray one."""
    if not sample:
        return False
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return sample.count(0) > max(2, len(sample) // 1000) or control / len(sample) > 0.1


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def declared_charset(data: bytes) -> str:
    """The encoding a page declares in a ``<meta charset>`` near its top, if Python knows it."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return ""
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return ""


def decode_html(data: bytes) -> tuple[str, str, str]:
    """Like ``decode``, but a page that is not UTF-8 is read in the charset it declares
    (``<meta charset="iso-8859-2">``) before falling back to Windows-1252."""
    text, encoding, note = decode(data)
    if encoding in ("cp1252", "latin-1"):
        charset = declared_charset(data)
        if charset and charset not in ("utf-8", "cp1252"):
            try:
                return data.decode(charset), charset, f"not UTF-8: read as {charset} (declared in the page)"
            # A codec Python knows may be no text encoding at all (rot13, base64, zlib: a
            # LookupError), or fail in its own way (undefined, idna): the page is read as if
            # it declared nothing.
            except (LookupError, UnicodeError, ValueError, TypeError):
                pass
    return text, encoding, note


# --- files that are not articles ------------------------------------------------------------
# Document formats, images, archives and media are refused with one line saying what the file
# is, found by its first bytes (a PDF renamed .txt is still a PDF): read as text, a PDF gives
# rows with offsets into its markup and an RTF file gives nothing.

_SAVE_AS_TEXT = "not supported: save it as text or HTML"
_SAVE_AS_CSV = "not supported: save it as CSV (UTF-8), one article a row"
_NO_TEXT_IN_IMAGE = "not supported: an image holds no text to read: pass the article as text or HTML"
_UNPACK = "not supported: unpack it and pass the files inside"
_NO_TEXT_IN_MEDIA = "not supported: pass a transcript or the article as text or HTML"
_NOT_AN_ARTICLE = "not an article: pass the articles themselves"

# (first bytes, what the file is, what to do); each is looked for at the very start.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"{\\rtf", "an RTF document", _SAVE_AS_TEXT),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Microsoft Office document (.doc, .xls, .ppt)", _SAVE_AS_TEXT),
    (b"%!PS", "a PostScript document", _SAVE_AS_TEXT),
    (b"bplist00", "an Apple binary file (a Safari .webarchive?)", _SAVE_AS_TEXT),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", _NO_TEXT_IN_IMAGE),
    (b"\xff\xd8\xff", "a JPEG image", _NO_TEXT_IN_IMAGE),
    (b"GIF87a", "a GIF image", _NO_TEXT_IN_IMAGE),
    (b"GIF89a", "a GIF image", _NO_TEXT_IN_IMAGE),
    (b"II*\x00", "a TIFF image", _NO_TEXT_IN_IMAGE),
    (b"MM\x00*", "a TIFF image", _NO_TEXT_IN_IMAGE),
    (b"\x1f\x8b", "a gzip archive", _UNPACK),
    (b"\xfd7zXZ\x00", "an xz archive", _UNPACK),
    (b"7z\xbc\xaf'\x1c", "a 7-Zip archive", _UNPACK),
    (b"Rar!\x1a\x07", "a RAR archive", _UNPACK),
    (b"(\xb5/\xfd", "a Zstandard archive", _UNPACK),
    (b"ID3", "an MP3 audio file", _NO_TEXT_IN_MEDIA),
    (b"OggS", "an Ogg audio or video file", _NO_TEXT_IN_MEDIA),
    (b"fLaC", "a FLAC audio file", _NO_TEXT_IN_MEDIA),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video", _NO_TEXT_IN_MEDIA),
    (b"SQLite format 3\x00", "an SQLite database", _NOT_AN_ARTICLE),
)
# RIFF containers and ISO media name their kind a few bytes in.
_RIFF_KINDS = {
    b"WEBP": ("a WebP image", _NO_TEXT_IN_IMAGE),
    b"WAVE": ("a WAV audio file", _NO_TEXT_IN_MEDIA),
    b"AVI ": ("an AVI video", _NO_TEXT_IN_MEDIA),
}
_ISO_IMAGE_BRANDS = (b"heic", b"heix", b"mif1", b"msf1", b"avif")
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
_PLAIN_ZIP = "a zip archive"
_EXCEL = "an Excel workbook (.xlsx)"
_ODF_SPREADSHEET = "an OpenDocument spreadsheet (.ods)"
# The mimetype an OpenDocument or EPUB file stores first in its zip.
_ZIP_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt)",
    "application/epub+zip": "an EPUB e-book",
}
# Files inside a zip that say which office format it is.
_ZIP_MEMBERS = (
    ("word/document.xml", "a Word document (.docx)"),
    ("xl/workbook.xml", _EXCEL),
    ("ppt/presentation.xml", "a PowerPoint presentation (.pptx)"),
    ("index.xml", "an Apple iWork document (.pages, .numbers, .key)"),
    ("Index/Document.iwa", "an Apple iWork document (.pages, .numbers, .key)"),
)
# What a suffix says a binary file is, when its first bytes did not tell.
_SUFFIX_KINDS: dict[str, tuple[str, str]] = {
    **{
        s: (f"a {s} document", _SAVE_AS_TEXT)
        for s in (
            ".pdf",
            ".rtf",
            ".doc",
            ".docx",
            ".odt",
            ".ott",
            ".pages",
            ".epub",
            ".mobi",
            ".ppt",
            ".pptx",
            ".odp",
            ".key",
            ".webarchive",
            ".ps",
        )
    },
    **{s: (f"a {s} spreadsheet", _SAVE_AS_CSV) for s in (".xls", ".xlsx", ".ods", ".numbers")},
    **{
        s: (f"a {s} image", _NO_TEXT_IN_IMAGE)
        for s in (".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".heic", ".avif", ".ico")
    },
    **{
        s: (f"a {s} archive", _UNPACK)
        for s in (".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".zst")
    },
    **{
        s: (f"a {s} audio or video file", _NO_TEXT_IN_MEDIA)
        for s in (".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".flac", ".mov", ".avi", ".mkv", ".webm")
    },
    **{s: (f"a {s} database", _NOT_AN_ARTICLE) for s in (".db", ".sqlite", ".sqlite3")},
}


def not_an_article(data: bytes | IO[bytes], name: str = "") -> str:
    """Why ``data`` (bytes, or a seekable binary file read from its start) is not an article to
    read (``"an RTF document: not supported: save it as text or HTML"``), or ``""`` when it may
    be one. Found by the first bytes; ``name``'s suffix names a binary file the first bytes did
    not place. A file is left at an unknown position."""
    head = data[:1024] if isinstance(data, bytes) else data.read(1024)
    what = _kind_of(head, data)
    if what is None and name and _looks_binary(head):
        what = _SUFFIX_KINDS.get(os.path.splitext(name)[1].lower())
    return f"{what[0]}: {what[1]}" if what else ""


def _kind_of(head: bytes, data: bytes | IO[bytes]) -> tuple[str, str] | None:
    pdf = head.find(b"%PDF-")
    # The PDF header may follow a few bytes of junk (the format allows it in the first 1 KB);
    # after text, it is a text that mentions PDFs.
    if pdf == 0 or (pdf > 0 and (not head[:pdf].strip() or _looks_binary(head[:pdf]))):
        return "a PDF document", _SAVE_AS_TEXT
    for magic, what, advice in _MAGIC:
        if head.startswith(magic):
            return what, advice
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if head[4:8] == b"ftyp":
        if head[8:12] in _ISO_IMAGE_BRANDS:
            return "a HEIF or AVIF image", _NO_TEXT_IN_IMAGE
        return "an MP4 or QuickTime audio or video file", _NO_TEXT_IN_MEDIA
    if _BZIP2.match(head):
        return "a bzip2 archive", _UNPACK
    if head[257:262] == b"ustar":
        return "a tar archive", _UNPACK
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        what = _zip_kind(data)
        if what in (_EXCEL, _ODF_SPREADSHEET):
            return what, _SAVE_AS_CSV
        return what, _UNPACK if what == _PLAIN_ZIP else _SAVE_AS_TEXT
    return None


def _zip_kind(data: bytes | IO[bytes]) -> str:
    """What a zip file holds: a Word, OpenDocument, EPUB or other office file, or files."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                if mimetype in _ZIP_MIMETYPES:
                    return _ZIP_MIMETYPES[mimetype]
                if mimetype == "application/vnd.oasis.opendocument.spreadsheet":
                    return _ODF_SPREADSHEET
                if mimetype.startswith("application/vnd.oasis.opendocument."):
                    return "an OpenDocument file (.odp, .odg, …)"
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, NotImplementedError):
        return _PLAIN_ZIP
    for member, what in _ZIP_MEMBERS:
        if member in names:
            return what
    return _PLAIN_ZIP


def read_bytes(source: str, data: bytes, *, html: bool = False, name: str = "") -> Document | InputError:
    """The Document for one input's bytes, or why it has none. ``name`` (the file name, if it
    has one) helps say what a binary file is."""
    why = not_an_article(data, name)
    if why:
        return InputError(source, why)
    if html:
        page = page_in_web_archive(data)
        if page == b"":
            return InputError(source, "a web archive (MHTML) with no HTML page in it: save the page as HTML")
        data = page if page is not None else data
    try:
        text, encoding, note = decode_html(data) if html else decode(data)
    except ValueError as exc:
        return InputError(source, str(exc))
    if not text.strip():
        return InputError(source, "empty file: nothing to read")
    return Document(source, text, encoding, note)


_MIME_HEADER = re.compile(rb"^MIME-Version:", re.IGNORECASE | re.MULTILINE)
_MULTIPART_RELATED = re.compile(rb"^Content-Type:\s*multipart/related", re.IGNORECASE | re.MULTILINE)


def page_in_web_archive(data: bytes) -> bytes | None:
    """The HTML page of a web archive (MHTML, as browsers save a "Webpage, Single File"):
    ``b""`` when it holds none, ``None`` when ``data`` is no web archive."""
    head = data[:8192]
    if not (_MIME_HEADER.search(head) and _MULTIPART_RELATED.search(head)):
        return None
    archive = email.message_from_bytes(data, policy=email.policy.default)
    for part in archive.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                return payload
    return b""


def read_path(path: Path, source: str | None = None, *, html: bool = False) -> Document | InputError:
    source = source if source is not None else source_name(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return InputError(
                source,
                f"file is {size >> 20} MB, over the {MAX_BYTES >> 20} MB limit: split it",
            )
        with open(path, "rb") as fh:
            # At most one byte past the limit: a device or a pipe named as input may never end.
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            return InputError(source, f"more than {MAX_BYTES >> 20} MB of data: split it")
    except PermissionError:
        return InputError(source, "permission denied: check the file's permissions")
    except IsADirectoryError:
        return InputError(source, "is a directory")
    except OSError as exc:
        return InputError(source, f"cannot read: {exc.strerror or exc}")
    return read_bytes(source, data, html=html, name=path.name)


def _walk(folder: Path, suffixes: tuple[str, ...]) -> Iterator[Path | InputError]:
    """Files below ``folder`` with a wanted suffix, sorted, without following link loops."""
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            st = current.stat()
        except OSError as exc:
            yield InputError(source_name(current), f"cannot read: {exc.strerror or exc}")
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            continue  # a symlink loop or a folder reached twice
        seen.add(key)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            yield InputError(source_name(current), f"cannot list folder: {exc.strerror or exc}")
            continue
        files: list[Path] = []
        dirs: list[Path] = []
        # Texts --keep-text saved here are this tool's output, not articles to read again.
        kept = kept_in(current) if any(e.name == MANIFEST for e in entries) else {}
        for entry in entries:
            try:
                if entry.is_dir():
                    dirs.append(Path(entry.path))
                elif entry.name in kept:
                    continue
                elif entry.name.lower().endswith(suffixes) and not entry.name.startswith("."):
                    if entry.is_file():
                        files.append(Path(entry.path))
                    else:
                        # Reading a pipe found in a folder would wait for ever; a broken
                        # link has nothing to read. Named on the command line, both are read.
                        yield InputError(source_name(entry.path), _not_regular(entry))
            except OSError as exc:
                yield InputError(source_name(entry.path), f"cannot read: {exc.strerror or exc}")
        yield from files
        stack.extend(reversed(dirs))


def _not_regular(entry: os.DirEntry[str]) -> str:
    if entry.is_symlink() and not os.path.exists(entry.path):
        return "broken symbolic link (its target does not exist): skipped"
    return "not a regular file (a pipe, socket or device): skipped"


def _has_glob(arg: str) -> bool:
    return glob.has_magic(arg)  # type: ignore[attr-defined]


# A web address: ``https://…``, ``http://…``, ``www.…`` (and other schemes but ``file://``).
_WEB_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)", re.IGNORECASE)
WEB_ADDRESS_ADVICE = (
    "a web address: pages are not fetched: save the page in a browser (Save Page As…, "
    '"Webpage, HTML only") and pass the saved .html file'
)


def _local_path(arg: str) -> str:
    """``arg``, or the path a ``file://`` address names."""
    if arg[:7].lower() == "file://":
        parts = urlsplit(arg)
        if parts.netloc in ("", "localhost"):
            return unquote(parts.path)
    return arg


def expand_paths(
    paths: Iterable[str], suffixes: tuple[str, ...] = WALK_SUFFIXES
) -> Iterator[Path | str | InputError]:
    """Each argument as files to read (a folder is walked, a glob expanded); ``-`` stays ``-``.

    Globs are expanded here too (``**`` included) so quoted patterns and shells that do not
    expand them (Windows) work the same.
    """
    for arg in paths:
        if arg == "-":
            yield "-"
            continue
        arg = _local_path(arg)
        path = Path(arg)
        if not path.exists() and _WEB_ADDRESS.match(arg):
            yield InputError(arg, WEB_ADDRESS_ADVICE)
            continue
        if not path.exists() and _has_glob(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield InputError(arg, "no files match this pattern")
            kept_lists: dict[Path, dict[str, tuple[str, str]]] = {}
            for match in matches:
                matched = Path(match)
                if matched.parent not in kept_lists:
                    kept_lists[matched.parent] = kept_in(matched.parent)
                if matched.name in kept_lists[matched.parent]:
                    continue  # a text --keep-text saved: output, not an article
                yield from expand_paths([match], suffixes)
            continue
        if not path.exists():
            if path.is_symlink():
                yield InputError(arg, "broken symbolic link (target missing, or links loop): fix the link")
            else:
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


def input_format_of(name: str, requested: str = "auto") -> str:
    """How to read an input: as requested, else by suffix; anything else is plain text."""
    if requested != "auto":
        return requested
    lower = name.lower()
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(CSV_SUFFIXES):
        return "csv"
    return "text"


def looks_like_html(text: str) -> bool:
    """True for text that starts like an HTML page (a doctype or an <html> tag)."""
    return bool(_HTML_START.match(text[:2000]))


def _starts_like_a_page(text: str, data: bytes) -> bool:
    return looks_like_html(text) or page_in_web_archive(data) is not None


def read_inputs(
    paths: Iterable[str],
    stdin: bytes | None = None,
    *,
    input_format: str = "auto",
    text_field: str = "text",
    id_field: str = "id",
    title_field: str = "",
) -> Iterator[Document | InputError]:
    """Documents (or errors) for every input, in the order given, one record at a time.

    ``input_format`` ``auto`` reads by suffix (stdin: HTML if it starts like a page, else
    text); ``text_field``/``id_field``/``title_field`` name the text, id and headline of
    JSONL/CSV records (no ``title_field``: ``title``, else ``headline``).
    """
    if input_format not in INPUT_FORMATS:
        raise ValueError(f"unknown input format {input_format!r}: choose one of {', '.join(INPUT_FORMATS)}")
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        if item == "-":
            if input_format in ("jsonl", "csv"):
                stream: IO[bytes] = io.BytesIO(stdin) if stdin is not None else sys.stdin.buffer
                if input_format == "jsonl":
                    yield from read_jsonl(stream, "-", text_field, id_field, title_field)
                else:
                    yield from read_csv(stream, "-", text_field, id_field, title_field)
                continue
            data = stdin if stdin is not None else sys.stdin.buffer.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                yield InputError("-", f"more than {MAX_BYTES >> 20} MB on stdin: split it")
                continue
            doc = read_bytes("-", data)
            if isinstance(doc, Document) and (
                input_format == "html" or (input_format == "auto" and _starts_like_a_page(doc.text, data))
            ):
                doc = read_bytes("-", data, html=True)
                doc = html_document(doc) if isinstance(doc, Document) else doc
            yield doc
            continue
        assert isinstance(item, Path)
        fmt = input_format_of(item.name, input_format)
        if fmt in ("jsonl", "csv"):
            yield from _read_corpus(item, fmt, text_field, id_field, title_field)
            continue
        doc = read_path(item, html=fmt == "html")
        if fmt == "html" and isinstance(doc, Document):
            doc = html_document(doc)
        yield doc


# --- HTML ---------------------------------------------------------------------------------


def html_document(page: Document) -> Document | InputError:
    """The Document for a page's article text, or an error when the page has none."""
    try:
        article = read_page(page.text)
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop the batch
        return InputError(
            page.source, f"could not extract article text from HTML ({type(exc).__name__}: {exc})"
        )
    if not article.text:
        return InputError(
            page.source,
            "no article text found in this HTML page (an index or a page that needs JavaScript?): "
            "save the article page itself, or its text as .txt",
        )
    return Document(page.source, article.text, page.encoding, page.note, kind="html", title=article.title)


# --- corpora ------------------------------------------------------------------------------


def _read_corpus(
    path: Path, fmt: str, text_field: str, id_field: str, title_field: str = ""
) -> Iterator[Document | InputError]:
    source = source_name(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the generator is drained
    except PermissionError:
        yield InputError(source, "permission denied: check the file's permissions")
        return
    except IsADirectoryError:
        yield InputError(source, "is a directory")
        return
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        # A pipe cannot be read twice: it is read as it comes.
        if fh.seekable():
            why = not_an_article(fh, path.name)
            if why:
                yield InputError(source, why)
                return
            fh.seek(0)
        try:
            if fmt == "jsonl":
                yield from read_jsonl(fh, source, text_field, id_field, title_field)
            else:
                yield from read_csv(fh, source, text_field, id_field, title_field)
        except OSError as exc:
            yield InputError(source, f"read failed part way: {exc.strerror or exc}")


# Where corpora keep a story's headline when no --title-column names it, in order of trust.
TITLE_FIELDS = ("title", "headline")


def _record_title(record: dict[str, Any], title_field: str) -> str:
    """The record's headline: its ``title_field``, else its first non-empty ``TITLE_FIELDS``."""
    for field in (title_field,) if title_field else TITLE_FIELDS:
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def _record_id(value: Any, fallback: int) -> str:
    # Records without an id are named by their line number, so every row can be traced back.
    if value is None or value == "" or isinstance(value, (dict, list)):
        return str(fallback)
    return str(value)


def read_jsonl(
    lines: Iterable[bytes],
    source: str,
    text_field: str = "text",
    id_field: str = "id",
    title_field: str = "",
    first_line: int = 1,
) -> Iterator[Document | InputError]:
    """One Document per JSON object line, streaming; bad lines are errors with their number.

    ``first_line`` is the number of the first of ``lines`` in its file, for a range of a
    corpus read on its own (``quotes/shards.py``): ids and messages use the file's numbers."""
    found = False
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, first_line):
        if not line.strip():
            continue
        found = True
        where = f"{source}:{number}"
        try:
            record = json.loads(line.decode("utf-8-sig") if number == 1 else line)
        except UnicodeDecodeError:
            yield InputError(where, "record is not UTF-8: skipped")
            continue
        except RecursionError:
            yield InputError(where, "record is nested too deeply to read: skipped")
            continue
        except ValueError as exc:
            msg = getattr(exc, "msg", str(exc))
            yield InputError(where, f"invalid JSON ({msg}): record skipped")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "record is not a JSON object: skipped")
            continue
        yield _record_document(
            source,
            where,
            record.get(text_field),
            record.get(id_field),
            number,
            text_field,
            seen,
            _record_title(record, title_field),
        )
    if not found and first_line == 1:
        yield InputError(source, "empty file: no records")


def read_csv(
    data: IO[bytes],
    source: str,
    text_field: str = "text",
    id_field: str = "id",
    title_field: str = "",
    first_line: int = 0,
) -> Iterator[Document | InputError]:
    """One Document per CSV row (the header names the columns), streaming.

    ``first_line``, for a range of a corpus read after its header (``quotes/shards.py``), is
    the file's number of the range's first line: ids and messages use the file's numbers."""
    # Articles are longer than the csv module's default 128 KB field limit.
    csv.field_size_limit(MAX_BYTES)
    text = io.TextIOWrapper(data, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text)
    seen: dict[str, int] = {}
    skipped = 0  # the file's lines before a range, which the reader does not see
    try:
        unusable = _unusable_header(reader.fieldnames, text_field, title_field)
        if unusable:
            yield InputError(source, unusable)
            return
        if first_line:
            skipped = first_line - (reader.line_num + 1)
        while True:
            number = reader.line_num + 1 + skipped
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield InputError(f"{source}:{number}", f"bad CSV ({exc}): rest of file skipped")
                return
            where = f"{source}:{number}"
            yield _record_document(
                source,
                where,
                row.get(text_field),
                row.get(id_field),
                number,
                text_field,
                seen,
                _record_title(row, title_field),
            )
    except UnicodeDecodeError:
        yield InputError(
            f"{source}:{reader.line_num + 1 + skipped}",
            "not UTF-8: save the CSV as UTF-8; rest of file skipped",
        )
    finally:
        text.detach()


def _unusable_header(columns: Sequence[str] | None, text_field: str, title_field: str) -> str:
    """Why a CSV corpus with these columns cannot be read, or ``""``."""
    if not columns:
        return "empty file: no header row"
    if text_field not in columns:
        return (
            f"no {text_field!r} column (columns: {', '.join(columns)}): name the text column "
            "with --text-column"
        )
    if title_field and title_field not in columns:
        return (
            f"no {title_field!r} column (columns: {', '.join(columns)}): name the headline column "
            "with --title-column, or leave it out"
        )
    return ""


LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def source_name(path: Path | str) -> str:
    """A path as rows and messages give it: a name that is not UTF-8 (a file copied from an
    old disk) shows its odd bytes as ``\\xNN``, so every output can hold it."""
    name = str(path)
    if not LONE_SURROGATE.search(name):
        return name
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _record_document(
    source: str,
    where: str,
    text: Any,
    record_id: Any,
    number: int,
    text_field: str,
    seen: dict[str, int],
    title: str = "",
) -> Document | InputError:
    """The Document for one record; ``seen`` maps the ids met so far to their line."""
    if not isinstance(text, str):
        what = "missing" if text is None else f"not a string ({type(text).__name__})"
        return InputError(
            where, f"record's {text_field!r} is {what} (name the field with --text-column): skipped"
        )
    if not text.strip():
        return InputError(where, f"record's {text_field!r} is empty: skipped")
    if len(text) > MAX_BYTES:
        # The limit a file has: one record must not take the memory a whole batch may not.
        return InputError(
            where, f"record's {text_field!r} is over the {MAX_BYTES >> 20} MB limit for one document: skipped"
        )
    rid = _record_id(record_id, number)
    for field, value in ((text_field, text), ("id", rid)):
        # JSON's \ud800 escapes can give a string no UTF-8 output can hold.
        lone = LONE_SURROGATE.search(value)
        if lone:
            return InputError(
                where,
                f"record's {field!r} holds a lone surrogate (\\u{ord(lone.group()):04x} at character "
                f"{lone.start()}), which is no character: skipped",
            )
    note = ""
    if rid in seen:
        # Kept (a duplicate is often a re-published story), but said: rows of both carry the id.
        note = f"line {number}: id {rid!r} is also the id of line {seen[rid]}: the rows of both carry it"
    else:
        seen[rid] = number
    return Document(source, text, id=rid, kind="record", note=note, title=title.strip())
