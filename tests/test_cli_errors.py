"""The command line with bad input, bad usage, interrupts and crashes.

Exit codes: 0 all inputs processed, 1 some input failed (one line each on stderr, the rest
processed), 2 usage errors, 130 interrupted (Ctrl-C), 141 the reader of stdout went away.
No traceback unless --debug. An --output file is replaced only by a complete new one.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotes.batch
from quotes.cli import app
from quotes.pipeline import extract_documents as real_extract_documents
from quotes.read import Document, InputError, read_inputs
from quotes.write import FIELDS

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "“The dam will hold,” said Ana Ruiz, the city engineer.\n"


def invoke(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, ["extract", *args], input=input)


def one_line_error(result, *parts: str) -> str:  # type: ignore[no-untyped-def]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:"), lines[0]
    for part in parts:
        assert part in lines[0], (part, lines[0])
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# --- bad inputs: one line each, the rest processed, exit 1 ----------------------------------


def test_bad_inputs_are_reported_one_line_each_and_the_rest_is_processed(tmp_path: Path, good: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    latin = tmp_path / "latin.txt"
    latin.write_bytes('"Caf\xe9s will reopen," said Tom Hale.\n'.encode("latin-1"))
    missing = tmp_path / "missing.txt"
    paths = [str(missing), str(empty), str(good), str(binary), str(latin)]
    result = invoke(*paths, "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(Path(r["source"]).name, r["quote"]) for r in rows] == [
        ("good.txt", "The dam will hold,"),
        ("latin.txt", "Cafés will reopen,"),
    ]
    lines = result.stderr.splitlines()
    assert lines == [
        f"error: {missing}: no such file or folder",
        f"error: {empty}: empty file: nothing to read",
        f"error: {binary}: a PNG image: not supported: an image holds no text to read: pass the article "
        "as text or HTML",
        f"note: {latin}: not UTF-8: read as Windows-1252 (Latin-1)",
    ]


# --- files that are not articles, web addresses, runs with no quotes -------------------------


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


# What each file holds (made here, as the programs that write them would start them) and what
# its one line must say. The quote inside the PDF and RTF would give rows if they were read
# as text: a PDF's offsets would index its markup.
NOT_ARTICLES: dict[str, tuple[bytes, str]] = {
    "report.pdf": (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Page >>\nstream\nBT (\xe2\x80\x9cWe will appeal,"
        b"\xe2\x80\x9d said Ann Lee.) Tj ET\nendstream\nendobj\n%%EOF\n",
        "a PDF document: not supported: save it as text or HTML",
    ),
    "memo.rtf": (
        b"{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0"
        b"\\ldblquote We will appeal,\\rdblquote  said Ann Lee.\\par}",
        "an RTF document: not supported: save it as text or HTML",
    ),
    "old.doc": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
        "a Microsoft Office document (.doc, .xls, .ppt): not supported: save it as text or HTML",
    ),
    "story.docx": (
        _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}),
        "a Word document (.docx): not supported: save it as text or HTML",
    ),
    "story.odt": (
        _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"}),
        "an OpenDocument text (.odt): not supported: save it as text or HTML",
    ),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "a JPEG image: not supported"),
    "pages.zip": (_zip({"a.txt": "“One,” said Ann Lee."}), "a zip archive: not supported: unpack it"),
    "pages.tar.gz": (gzip.compress(ARTICLE.encode()), "a gzip archive: not supported: unpack it"),
}


@pytest.mark.parametrize("name", sorted(NOT_ARTICLES))
def test_a_file_that_is_not_an_article_is_named_by_its_content(tmp_path: Path, name: str) -> None:
    data, says = NOT_ARTICLES[name]
    for path in (tmp_path / name, tmp_path / "renamed.txt", tmp_path / "renamed.html"):
        path.write_bytes(data)
        (error,) = list(read_inputs([str(path)]))
        assert isinstance(error, InputError), path
        assert error.message.startswith(says), error.message
    # On stdin, with no name to go by, too.
    result = invoke("-", "-f", "jsonl", "--jobs", "1", input=data)  # type: ignore[arg-type]
    assert result.exit_code == 1 and result.stdout == ""
    one_line_error(result, "-:", says)


def test_files_that_are_not_articles_are_skipped_and_the_batch_goes_on(tmp_path: Path, good: Path) -> None:
    paths = []
    for name, (data, _) in sorted(NOT_ARTICLES.items()):
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    result = invoke(*paths, str(good), "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 1
    assert [json.loads(line)["quote"] for line in result.stdout.splitlines()] == ["The dam will hold,"]
    errors = result.stderr.splitlines()
    assert len(errors) == len(NOT_ARTICLES)
    for line, name in zip(errors, sorted(NOT_ARTICLES), strict=True):
        assert line.startswith(f"error: {tmp_path / name}: ") and NOT_ARTICLES[name][1] in line


def test_a_corpus_that_is_not_text_is_one_error(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_bytes(gzip.compress(b'{"id": "a", "text": "Hi."}\n' * 50))
    result = invoke(str(corpus), "-f", "jsonl")
    assert result.exit_code == 1
    one_line_error(result, str(corpus), "a gzip archive: not supported: unpack it")
    sheet = tmp_path / "stories.csv"
    sheet.write_bytes(_zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}))
    result = invoke(str(sheet), "-f", "jsonl")
    one_line_error(result, "an Excel workbook (.xlsx): not supported: save it as CSV")


def test_a_binary_file_the_first_bytes_do_not_place_is_named_by_its_suffix(tmp_path: Path) -> None:
    scan = tmp_path / "scan.bmp"
    scan.write_bytes(b"BM" + bytes(range(256)) * 4)
    (error,) = list(read_inputs([str(scan)]))
    assert isinstance(error, InputError) and error.message.startswith("a .bmp image: not supported")
    # A text that only mentions a PDF header, or has a document suffix, is still a text.
    note = tmp_path / "note.doc"
    note.write_text("The file began with %PDF-1.4. “It was a forgery,” said Ann Lee.", encoding="utf-8")
    (doc,) = list(read_inputs([str(note)]))
    assert isinstance(doc, Document)


@pytest.mark.parametrize(
    "address",
    [
        "https://news.example.com/2025/03/ferry-strike?ref=home",
        "http://example.org/a*b",
        "www.example.co.uk/story",
    ],
)
def test_a_web_address_says_pages_are_not_fetched(address: str, good: Path) -> None:
    result = invoke(address, str(good), "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == invoke(str(good) + ".missing", "-f", "jsonl").exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    line = one_line_error(result, address, "pages are not fetched", "save the page", ".html file")
    assert "no files match" not in line


def test_a_file_address_is_read_as_the_file(good: Path) -> None:
    result = invoke(good.as_uri(), "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(good)]


def test_a_run_with_no_quotes_says_so(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"brief{i}.txt").write_text("The council met on Tuesday and approved the budget.\n")
    result = invoke(str(tmp_path), "-f", "csv", "--jobs", "1")
    assert result.exit_code == 0
    assert result.stderr == "note: no quotes found in 3 documents\n"
    assert len(result.stdout.splitlines()) == 1  # the header
    assert invoke(str(tmp_path / "brief0.txt"), "-f", "csv").stderr == "note: no quotes found in 1 document\n"
    assert invoke(str(tmp_path), "-f", "csv", "--quiet").stderr == ""
    speakers = CliRunner().invoke(app, ["speakers", str(tmp_path), "-f", "csv", "--jobs", "1"])
    assert speakers.exit_code == 0 and speakers.stderr == "note: no quotes found in 3 documents\n"
    # Documents that could not be read are not counted; the exit code stays that of the run.
    (tmp_path / "empty.txt").write_bytes(b"")
    result = invoke(str(tmp_path), "-f", "csv", "--jobs", "1")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "note: no quotes found in 3 documents"


def test_a_run_with_quotes_says_nothing_more(good: Path) -> None:
    assert invoke(str(good), "-f", "csv").stderr == ""


def test_a_broken_link_named_on_the_command_line(tmp_path: Path, good: Path) -> None:
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    result = invoke(str(tmp_path / "gone.txt"), str(good), "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    one_line_error(result, "gone.txt", "broken symbolic link")


def test_all_good_inputs_exit_0(good: Path) -> None:
    result = invoke(str(good), "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 0 and result.stderr == ""


def test_a_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.doc").write_bytes(b"x")
    result = invoke(str(tmp_path), "-f", "csv")
    assert result.exit_code == 1
    one_line_error(result, str(tmp_path), "folder has no")


def test_a_missing_model_says_how_to_install(good: Path) -> None:
    result = invoke(str(good), "--model", "no_such_model")
    assert result.exit_code == 1
    one_line_error(result, "no_such_model", "pip install")


# --- usage errors: exit 2, before any work ---------------------------------------------------


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--format", "xml"], "unknown --format 'xml'"),
        (["--input-format", "pdf"], "unknown --input-format 'pdf'"),
        (["--format", "sqlite"], "--format sqlite writes a database file"),
    ],
)
def test_bad_options_are_usage_errors(good: Path, args: list[str], says: str) -> None:
    result = invoke(str(good), *args)
    assert result.exit_code == 2
    one_line_error(result, says)


def test_no_paths_is_a_usage_error() -> None:
    result = invoke()
    assert result.exit_code == 2
    assert "Missing argument" in result.output


def test_an_unknown_option_is_a_usage_error(good: Path) -> None:
    result = invoke(str(good), "--no-such-option")
    assert result.exit_code == 2
    assert "No such option" in result.output


# --- --output never overwrites an input -----------------------------------------------------


def _refused(result, *parts: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    one_line_error(result, "--output", *parts)


def test_output_cannot_be_an_input(good: Path) -> None:
    before = good.read_bytes()
    _refused(invoke(str(good), "-o", str(good)), "is one of the inputs")
    assert good.read_bytes() == before


def test_output_cannot_be_a_symbolic_link_to_an_input(tmp_path: Path, good: Path) -> None:
    link = tmp_path / "link.csv"
    link.symlink_to(good)
    _refused(invoke(str(good), "-o", str(link)), "is one of the inputs")
    assert good.read_text(encoding="utf-8") == ARTICLE


def test_output_cannot_be_a_hard_link_to_an_input(tmp_path: Path, good: Path) -> None:
    link = tmp_path / "hard.csv"
    os.link(good, link)
    _refused(invoke(str(good), "-o", str(link)), "is one of the inputs")
    assert good.read_text(encoding="utf-8") == ARTICLE


def test_output_cannot_be_an_input_reached_by_a_glob(tmp_path: Path, good: Path) -> None:
    _refused(invoke(str(tmp_path / "*.txt"), "-o", str(good)), "is one of the inputs")


def test_output_cannot_be_an_input_of_a_folder(tmp_path: Path, good: Path) -> None:
    # Also when the name is new: a second run would read the first run's output.
    _refused(invoke(str(tmp_path), "-o", str(tmp_path / "quotes.txt")), "would be read as an input")


def test_output_in_an_input_folder_is_fine_when_it_would_not_be_read(tmp_path: Path, good: Path) -> None:
    out = tmp_path / "quotes.csv"  # folders are not walked for .csv
    result = invoke(str(tmp_path), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "The dam will hold," in out.read_text(encoding="utf-8")


def test_output_must_be_a_file_in_an_existing_folder(tmp_path: Path, good: Path) -> None:
    _refused(invoke(str(good), "-o", str(tmp_path)), "is a folder")
    _refused(invoke(str(good), "-o", str(tmp_path / "nowhere" / "out.csv")), "does not exist")


def test_output_named_as_a_new_folder_writes_no_file_by_its_name(tmp_path: Path, good: Path) -> None:
    # `-o out/` once wrote a CSV file called `out`: the slash says a folder was meant.
    _refused(invoke(str(good), "-o", f"{tmp_path / 'out'}/", "-f", "csv"), "names a folder")
    assert not (tmp_path / "out").exists()


def test_output_named_as_a_new_folder_takes_a_parquet_dataset(tmp_path: Path, good: Path) -> None:
    pytest.importorskip("pyarrow")
    result = invoke(str(good), "-o", f"{tmp_path / 'out'}/", "--jobs", "1")  # as an existing folder would
    assert result.exit_code == 0, result.output
    assert list((tmp_path / "out").glob("part-*.parquet"))


def test_output_files_get_ordinary_permissions(tmp_path: Path, good: Path) -> None:
    # Written aside and renamed into place, the output must not keep the temporary file's
    # private mode: a new file gets what the umask gives, a replaced file keeps its own.
    umask = os.umask(0o022)
    try:
        new = tmp_path / "new.csv"
        assert invoke(str(good), "-o", str(new)).exit_code == 0
        assert new.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.csv"
        kept.write_text("old", encoding="utf-8")
        kept.chmod(0o640)
        assert invoke(str(good), "-o", str(kept)).exit_code == 0
        assert kept.stat().st_mode & 0o777 == 0o640
        assert kept.read_text(encoding="utf-8") != "old"
        saved = tmp_path / "saved"
        assert invoke(str(good), "--keep-text", str(saved), "-o", str(tmp_path / "x.csv")).exit_code == 0
        assert all(f.stat().st_mode & 0o777 == 0o644 for f in saved.rglob("*") if f.is_file())
    finally:
        os.umask(umask)


# --- crashes: a one-line message, no traceback unless --debug, the old file kept -------------


@pytest.fixture
def crash_after_first_document(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug that strikes after the first document's rows are out."""

    def crashing(*args, **kwargs):  # type: ignore[no-untyped-def]
        results = real_extract_documents(*args, **kwargs)
        yield next(results)
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(quotes.batch, "extract_documents", crashing)


@pytest.mark.usefixtures("crash_after_first_document")
def test_a_crash_leaves_the_previous_output_and_no_temporary_file(tmp_path: Path, good: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("the previous run's rows\n", encoding="utf-8")
    second = tmp_path / "second.txt"
    second.write_text(ARTICLE, encoding="utf-8")
    result = invoke(str(good), str(second), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 1
    one_line_error(result, "unexpected error: simulated bug", "--debug")
    assert out.read_text(encoding="utf-8") == "the previous run's rows\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt", "out.csv", "second.txt"]


@pytest.mark.usefixtures("crash_after_first_document")
def test_debug_shows_the_traceback(good: Path) -> None:
    result = invoke(str(good), str(good), "-f", "jsonl", "--jobs", "1", "--debug")
    assert isinstance(result.exception, RuntimeError)


# --- interrupts and closed pipes: real processes and real signals ----------------------------


def _batch(tmp_path: Path, n: int = 400) -> Path:
    """Many short articles: far more than can be done between the first row and the signal."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04d}.txt").write_text(
            f"“Point {i} stands,” said Ana Ruiz.\n\n“It will cost less,” Tom Hale said.\n" * 3,
            encoding="utf-8",
        )
    return folder


def _start(*args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "quotes", "extract", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # A test run started in the background (`pytest &`) has Ctrl-C ignored, and the child
        # would inherit that; give it the default so that Python turns SIGINT into Ctrl-C.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "jobs"), [("jsonl", "1"), ("jsonl", "2"), ("csv", "1"), ("json", "1")])
def test_ctrl_c_on_a_stream_keeps_whole_rows_and_exits_130(tmp_path: Path, fmt: str, jobs: str) -> None:
    folder = _batch(tmp_path)
    proc = _start(str(folder), "-f", fmt, "--jobs", jobs, "-q")
    assert proc.stdout is not None
    first = b""
    while b"Ana Ruiz" not in first:  # the first row (a header may come out before it)
        line = proc.stdout.readline()
        assert line, "the run ended before writing a row"
        first += line
    proc.send_signal(signal.SIGINT)
    # Read on through the same buffered pipe (communicate() would skip what readline buffered).
    rest = proc.stdout.read()
    stderr = proc.stderr.read() if proc.stderr else b""
    proc.wait(timeout=120)
    assert proc.returncode == 130, stderr
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert len(stderr.decode().strip().splitlines()) == 1
    out = (first + rest).decode("utf-8")
    assert out.endswith("\n")
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]  # every line is a whole row
    elif fmt == "json":
        rows = json.loads(out)  # the array is closed: the rows so far are valid JSON
    else:
        records = list(csv.reader(io.StringIO(out, newline="")))
        assert records[0] == list(FIELDS)
        assert all(len(r) == len(FIELDS) for r in records)
        rows = records[1:]
    assert 0 < len(rows) < 400 * 6


def _temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def _wait_for_rows_in_temporary(folder: Path, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.stat().st_size > 0 for p in _temporaries(folder)):
            return
        time.sleep(0.05)
    raise AssertionError("no rows were written to the temporary file")


@pytest.mark.slow
def test_ctrl_c_with_output_keeps_the_previous_file(tmp_path: Path) -> None:
    """With --output an interrupted run leaves the previous file as it was (the rows of an
    unfinished batch are not a file anyone should mistake for the result)."""
    folder = _batch(tmp_path)
    out = tmp_path / "out.jsonl"
    out.write_text('{"previous": "run"}\n', encoding="utf-8")
    proc = _start(str(folder), "-o", str(out), "--jobs", "1", "-q")
    _wait_for_rows_in_temporary(tmp_path, proc)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert out.read_text(encoding="utf-8") == '{"previous": "run"}\n'
    assert _temporaries(tmp_path) == []
    assert f"{out} was not written".encode() in stderr


@pytest.mark.slow
def test_a_killed_run_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    """Even SIGKILL (no clean-up possible) cannot leave half a file under the output name:
    only the hidden temporary beside it is left."""
    folder = _batch(tmp_path)
    out = tmp_path / "out.csv"
    out.write_bytes(b"previous,run\r\n")
    proc = _start(str(folder), "-o", str(out), "--jobs", "1", "-q")
    _wait_for_rows_in_temporary(tmp_path, proc)
    proc.kill()
    proc.communicate(timeout=60)
    assert out.read_bytes() == b"previous,run\r\n"
    assert all(p.name.startswith(".out.csv.") for p in _temporaries(tmp_path))


@pytest.mark.slow
def test_a_reader_that_goes_away_is_not_an_error(tmp_path: Path) -> None:
    """`quotes extract ... | head -1`: no traceback, no message, exit 141 (SIGPIPE's code)."""
    folder = _batch(tmp_path)
    proc = _start(str(folder), "-f", "jsonl", "--jobs", "1", "-q")
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 141, stderr
    assert stderr == b""
