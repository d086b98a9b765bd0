"""Nasty inputs: each is processed (decoded as far as it can be, with a note saying which
encoding was assumed) or reported on stderr in one line and skipped; the batch goes on and
the exit code is 1 when anything failed.

``tests/nasty/`` holds the small nasty files (run ``python -m quotes extract tests/nasty/`` to
see the behaviour). What cannot be committed is made in ``tmp_path``: the 5 MB article, the
symbolic-link loop, the pipe, the broken link and the unreadable files.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

import quotes.read
from quotes.cli import app
from quotes.pipeline import MAX_PIECE_CHARS, extract_documents, split_for_parse
from quotes.read import Document, InputError, decode, read_inputs, read_path

NASTY = Path(__file__).parent / "nasty"
ENGINEER = "“The dam will hold,” said Ana Ruiz, the city engineer.\n"

# file -> (text it must decode to, what the note must say, the quotes and speakers expected)
PROCESSED: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "utf16_bom.txt": (ENGINEER, "UTF-16 (byte-order mark)", [("The dam will hold,", "Ana Ruiz")]),
    "utf16_no_bom.txt": (ENGINEER, "UTF-16-BE (no byte-order mark)", [("The dam will hold,", "Ana Ruiz")]),
    "utf8_bom.txt": ("“The dam will hold,” said Ana Ruiz.\n", "", [("The dam will hold,", "Ana Ruiz")]),
    "latin1.txt": (
        '"The café will reopen in Señora Díaz\'s name," said Tom Hale.\n',
        "Windows-1252",
        [("The café will reopen in Señora Díaz's name,", "Tom Hale")],
    ),
    "cp1252_smart_quotes.txt": (
        "“The café is closed — for now,” said Tom Hale.\n",
        "Windows-1252",
        [("The café is closed — for now,", "Tom Hale")],
    ),
    "mixed_utf8_cp1252.txt": (
        "“The dam will hold,” said Ana Ruiz. “It is naïve to doubt it,” Tom Hale added.\n",
        "1 stray byte(s) read as Windows-1252",
        [("The dam will hold,", "Ana Ruiz"), ("It is naïve to doubt it,", "Tom Hale")],
    ),
    "crlf.txt": (
        "“The dam will hold,” said Ana Ruiz.\r\n\r\n“We are ready,” Tom Hale said.\r\n",
        "",
        [("The dam will hold,", "Ana Ruiz"), ("We are ready,", "Tom Hale")],
    ),
    "nul_bytes.txt": (
        "“The dam will\x00 hold,” said Ana Ruiz.\n",
        "1 NUL character(s) kept",
        [("The dam will\x00 hold,", "Ana Ruiz")],
    ),
    "control_characters.txt": (
        "\x1b[31m“The dam will hold,”\x1b[0m said Ana Ruiz.\x07\x0c\n",
        "",
        [("The dam will hold,", "Ana Ruiz")],
    ),
    "right_to_left.txt": (
        "“שלום עולם,” said Ana Ruiz. «مرحبا بالعالم» \u202eevil\u202c\n",
        "",
        [("שלום עולם,", "Ana Ruiz")],  # «مرحبا بالعالم» has no speaker: a scare quote
    ),
    "only_punctuation.txt": ("?!... ,,, ;; — … ()\n", "", []),
    "unbalanced_marks.txt": (
        '“The dam will hold, said Ana Ruiz.\n\n” And then ‘nothing’ " happened.\n',
        "",
        None,  # type: ignore[dict-item]  # any rows, as long as their offsets hold
    ),
}
# file -> what its one-line error must say
REFUSED = {
    "empty.txt": "empty file",
    "whitespace_only.txt": "empty file",
    "binary.txt": "binary file, not text",
    # Saved in another format and named .txt: found by their first bytes, not read as text.
    "pdf_saved_as.txt": "a PDF document: not supported: save it as text or HTML",
    "rtf_saved_as.txt": "an RTF document: not supported: save it as text or HTML",
    "docx_saved_as.txt": "a Word document (.docx): not supported: save it as text or HTML",
}


def test_the_corpus_is_complete() -> None:
    assert sorted(p.name for p in NASTY.iterdir()) == sorted([*PROCESSED, *REFUSED])


@pytest.mark.parametrize("name", sorted(PROCESSED))
def test_nasty_file_decodes_to_the_expected_text(name: str) -> None:
    text, note_part, _ = PROCESSED[name]
    doc = read_path(NASTY / name)
    assert isinstance(doc, Document), doc
    assert doc.text == text
    assert note_part in doc.note
    if not note_part:
        assert doc.note == ""


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_nasty_file_is_refused_with_a_reason(name: str) -> None:
    error = read_path(NASTY / name)
    assert isinstance(error, InputError)
    assert REFUSED[name] in error.message
    assert "\n" not in str(error)


def test_a_batch_of_nasty_files_goes_on_and_reports_each_failure_once() -> None:
    result = CliRunner().invoke(app, ["extract", str(NASTY), "--format", "jsonl", "--jobs", "1"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == len(REFUSED)
    for name, reason in REFUSED.items():
        (line,) = [line for line in error_lines if name in line]
        assert reason in line
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    for name, (text, note_part, expected) in PROCESSED.items():
        mine = [r for r in rows if r["source"].endswith(name)]
        for r in mine:
            assert text[r["start"] : r["end"]] == r["quote"]
            if r["speaker_start"] >= 0:
                assert text[r["speaker_start"] : r["speaker_end"]].strip()
        if expected is not None:
            assert [(r["quote"], r["speaker"]) for r in mine] == expected, name
        if note_part:
            assert any(line.startswith("note:") and name in line for line in result.stderr.splitlines())


def test_every_error_and_note_is_one_line_naming_its_file() -> None:
    result = CliRunner().invoke(app, ["extract", str(NASTY), "--format", "csv", "--jobs", "1"])
    for line in result.stderr.splitlines():
        assert line.startswith(("error:", "note:")), line
        assert str(NASTY) in line


def test_utf16_and_utf32_with_a_byte_order_mark() -> None:
    for encoding in ("utf-16", "utf-32"):
        text, used, note = decode(ENGINEER.encode(encoding))
        assert text == ENGINEER and used == encoding and "byte-order mark" in note


def test_random_bytes_are_binary_not_text() -> None:
    data = bytes((i * 7919 + 13) % 256 for i in range(4096))
    with pytest.raises(ValueError, match="binary"):
        decode(data)


def _nasty_folder(tmp_path: Path) -> Path:
    """A folder with one good article and everything that can go wrong in a folder."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(ENGINEER, encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "also_good.txt").write_text("“We are ready,” Tom Hale said.\n", encoding="utf-8")
    os.symlink("..", folder / "sub" / "loop")  # a folder link back up: walking must not loop
    os.symlink("missing.txt", folder / "broken_link.txt")  # a link to nothing
    os.symlink("link_b.txt", folder / "link_a.txt")  # two links pointing at each other
    os.symlink("link_a.txt", folder / "link_b.txt")
    os.mkfifo(folder / "pipe.txt")  # reading a pipe would wait for ever
    (folder / "locked.txt").write_text(ENGINEER, encoding="utf-8")
    (folder / "failing_disk.txt").write_text(ENGINEER, encoding="utf-8")
    return folder


@pytest.fixture
def unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``locked.txt`` unreadable and ``failing_disk.txt`` fail part way.

    The tests run as root, for whom ``chmod 000`` does not stop reading, so the refusal is
    simulated: ``quotes.read``'s ``open`` raises PermissionError for the one file, and returns
    a file whose ``read`` raises an I/O error for the other, as a failing disk would.
    """
    real_open = open

    class FailingFile:
        def __enter__(self) -> FailingFile:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def read(self, *args: object) -> bytes:
            raise OSError(5, "Input/output error")

    def fake_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        name = Path(file).name
        if name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(file))
        if name == "failing_disk.txt":
            return FailingFile()
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(quotes.read, "open", fake_open, raising=False)


EXPECTED_FOLDER_ERRORS = {
    "broken_link.txt": "broken symbolic link",
    "link_a.txt": "cannot read",
    "link_b.txt": "cannot read",
    "pipe.txt": "not a regular file",
    "locked.txt": "permission denied",
    "failing_disk.txt": "Input/output error",
}


@pytest.mark.usefixtures("unreadable")
def test_a_folder_with_unreadable_files_link_loops_and_a_pipe(tmp_path: Path) -> None:
    folder = _nasty_folder(tmp_path)
    items = list(read_inputs([str(folder)]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = {Path(i.source).name: i.message for i in items if isinstance(i, InputError)}
    assert sorted(Path(d.source).name for d in docs) == ["also_good.txt", "good.txt"]
    assert set(errors) == set(EXPECTED_FOLDER_ERRORS)
    for name, reason in EXPECTED_FOLDER_ERRORS.items():
        assert reason in errors[name], (name, errors[name])


@pytest.mark.usefixtures("unreadable")
def test_the_cli_skips_what_it_cannot_read_and_exits_1(tmp_path: Path) -> None:
    folder = _nasty_folder(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(folder), "-f", "jsonl", "--jobs", "1"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(Path(r["source"]).name, r["speaker"]) for r in rows] == [
        ("good.txt", "Ana Ruiz"),
        ("also_good.txt", "Tom Hale"),
    ]
    lines = result.stderr.splitlines()
    assert len(lines) == len(EXPECTED_FOLDER_ERRORS)
    assert all(line.startswith("error:") for line in lines)
    assert "Traceback" not in result.output


def test_a_pipe_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    """Only pipes met while walking a folder are skipped: `quotes extract <(cmd)` still works."""
    import threading

    pipe = tmp_path / "named_pipe"
    os.mkfifo(pipe)

    def feed() -> None:
        with open(pipe, "wb") as fh:
            fh.write(ENGINEER.encode())

    writer = threading.Thread(target=feed)
    writer.start()
    items = list(read_inputs([str(pipe)]))
    writer.join(timeout=10)
    assert len(items) == 1 and isinstance(items[0], Document) and items[0].text == ENGINEER


def _long_article(size: int) -> tuple[str, int]:
    """Short paragraphs, one quote in every 40; the text and its number of quotes."""
    filler = "The council met on Tuesday to discuss the budget for the coming year.\n\n"
    quote = "“We will rebuild the bridge by spring,” said Ana Ruiz, the mayor.\n\n"
    block = filler * 39 + quote
    blocks = size // len(block) + 1
    return block * blocks, blocks


@pytest.mark.slow
def test_a_5_mb_article_is_read_split_and_its_offsets_hold(tmp_path: Path) -> None:
    """The whole path a 5 MB file takes through the CLI, from bytes on disk to CSV rows with
    offsets into the whole text. The pipeline is a blank (tokenizer-only) spaCy model saved
    to disk and named with --model: parsing 5 MB with the real model takes minutes (the real
    model on a long text is the next test)."""
    text, n_quotes = _long_article(5 * 1024 * 1024)
    path = tmp_path / "long.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = read_path(path)
    assert isinstance(doc, Document) and doc.text == text
    pieces = split_for_parse(text)
    assert len(pieces) > 50 and all(len(p) <= MAX_PIECE_CHARS for _, p in pieces)
    spacy.blank("en").to_disk(tmp_path / "blank_model")
    out = tmp_path / "out.csv"
    args = ["extract", str(path), "-o", str(out), "--model", str(tmp_path / "blank_model"), "--jobs", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n_quotes
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
        assert row["quote"] == "We will rebuild the bridge by spring,"
    assert int(rows[-1]["start"]) > 5_000_000
    assert len({r["utterance"] for r in rows}) == n_quotes


def test_a_long_article_with_the_real_model(nlp) -> None:  # type: ignore[no-untyped-def]
    """Over two pieces long, with the quotes in the last piece (pieces without quote marks
    are not parsed, which keeps this test quick): offsets and speakers index the whole text."""
    filler = "The council met on Tuesday to discuss the budget for the coming year.\n\n"
    head = filler * (2 * MAX_PIECE_CHARS // len(filler) + 10)
    tail = (
        "“We will rebuild the bridge by spring,” said Ana Ruiz, the mayor.\n\n"
        "“It will cost less,” Tom Hale said.\n"
    )
    text = head + tail
    assert len(split_for_parse(text)) == 3
    (result,) = extract_documents(nlp, [Document("long.txt", text)])
    assert not result.error
    assert [(r.quote, r.speaker) for r in result.rows] == [
        ("We will rebuild the bridge by spring,", "Ana Ruiz"),
        ("It will cost less,", "Tom Hale"),
    ]
    for r in result.rows:
        assert r.start > 2 * MAX_PIECE_CHARS
        assert text[r.start : r.end] == r.quote
        assert text[r.speaker_start : r.speaker_end] == r.speaker


def test_the_terminal_table_never_passes_on_escape_sequences() -> None:
    """A quote carrying terminal escape codes (here: set the window title, turn text red)
    is shown with the codes as symbols, not sent to the terminal as commands."""
    article = "\x1b]0;pwned\x07“Red \x1b[31malert\x1b[0m now,” said Ana Ruiz.\n"
    result = CliRunner().invoke(app, ["extract", "-", "-f", "table", "--jobs", "1"], input=article)
    assert result.exit_code == 0, result.output
    assert "Ana Ruiz" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "␛[31malert" in result.stdout
