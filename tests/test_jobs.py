"""Several worker processes: same rows in the same order as one, and a failing document or a
dead worker costs only that document."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import quotes.pipeline
from quotes.cli import app
from quotes.pipeline import extract_documents
from quotes.read import Document

SPEAKERS = ("Ana Ruiz", "Tom Hale", "Priya Natarajan", "the mayor's office")


def article(i: int) -> str:
    speaker = SPEAKERS[i % len(SPEAKERS)]
    paragraphs = [f"Council notes, item {i}.", f"“Item {i} is settled for now,” {speaker} said on Monday."]
    if i % 3 == 0:
        paragraphs.append("No one else spoke. The meeting ended early.")  # no quote marks at all
    if i % 2 == 0:
        paragraphs.append(f"“We will look at it again in {i + 2} weeks,” she added.")
    return "\n\n".join(paragraphs) + "\n"


def batch(n: int) -> list[Document]:
    docs = [Document(f"doc{i:02d}.txt", article(i)) for i in range(n)]
    # Quote-less documents are never parsed: they must still come out, in their place.
    docs.insert(3, Document("plain.txt", "Nothing was said to anyone today.\n"))
    docs.append(Document("last-plain.txt", "The end of the batch, without a quote.\n"))
    return docs


def as_tuples(results):  # type: ignore[no-untyped-def]
    return [(r.document.source, r.error, [q.to_dict() for q in r.rows]) for r in results]


def test_two_workers_give_the_same_rows_in_the_same_order(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = batch(10)
    one = as_tuples(extract_documents(nlp, docs, jobs=1))
    two = as_tuples(extract_documents(nlp, docs, jobs=2))
    assert [source for source, _, _ in one] == [d.source for d in docs]
    assert two == one
    assert sum(len(rows) for _, _, rows in one) == 10 + 5
    assert all(not rows for source, _, rows in one if "plain" in source)


def test_a_failing_document_fails_alone_in_a_worker(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = quotes.pipeline.quotes_from_doc

    def fragile(doc, **kwargs):  # type: ignore[no-untyped-def]
        if "item 4" in doc.text:
            raise ValueError("odd input")
        return real(doc, **kwargs)

    # Workers are forked from this process, so they run the patched function too.
    monkeypatch.setattr(quotes.pipeline, "quotes_from_doc", fragile)
    results = list(extract_documents(nlp, batch(8), jobs=2))
    failed = [r.document.source for r in results if r.error]
    assert failed == ["doc04.txt"]
    assert "odd input" in next(r.error for r in results if r.error)
    assert all(r.rows for r in results if r.document.source.startswith("doc") and not r.error)


def test_a_worker_that_dies_costs_only_its_document(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    real = quotes.pipeline.quotes_from_doc

    def deadly(doc, **kwargs):  # type: ignore[no-untyped-def]
        if "item 5" in doc.text:
            os._exit(3)  # what a crash in compiled code or the OOM killer looks like
        return real(doc, **kwargs)

    monkeypatch.setattr(quotes.pipeline, "quotes_from_doc", deadly)
    docs = batch(9)
    results = list(extract_documents(nlp, docs, jobs=2))
    assert [r.document.source for r in results] == [d.source for d in docs]
    assert [r.document.source for r in results if r.error] == ["doc05.txt"]
    assert "worker process died" in next(r.error for r in results if r.error)
    monkeypatch.setattr(quotes.pipeline, "quotes_from_doc", real)
    expected = as_tuples(extract_documents(nlp, docs, jobs=1))
    survivors = [t for t in as_tuples(results) if t[0] != "doc05.txt"]
    assert survivors == [t for t in expected if t[0] != "doc05.txt"]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for document in batch(7):
        (tmp_path / document.source).write_text(document.text, encoding="utf-8")
    return tmp_path


def test_cli_jobs_2_writes_what_jobs_1_writes(folder: Path) -> None:
    runner = CliRunner()
    one = runner.invoke(app, ["extract", str(folder), "--format", "jsonl", "--jobs", "1"])
    two = runner.invoke(app, ["extract", str(folder), "--format", "jsonl", "--jobs", "2"])
    auto = runner.invoke(app, ["extract", str(folder), "--format", "jsonl"])
    assert one.exit_code == 0, one.output
    assert two.exit_code == 0, two.output
    assert one.stdout.count("\n") == 7 + 4
    assert two.stdout == one.stdout
    assert auto.stdout == one.stdout


def test_quiet_prints_nothing_on_stderr_on_success(folder: Path) -> None:
    (folder / "latin.txt").write_bytes("“Caf\xe9 prices rose,” Ana Ruiz said.\n".encode("cp1252"))
    result = CliRunner().invoke(app, ["extract", str(folder), "--format", "csv", "--quiet", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert "Café prices rose" in result.stdout
    # Without --quiet the same run has something to say about the Windows-1252 file.
    loud = CliRunner().invoke(app, ["extract", str(folder), "--format", "csv", "--jobs", "2"])
    assert "Windows-1252" in loud.stderr


def test_a_bad_file_in_a_parallel_batch_is_reported_and_the_rest_goes_on(folder: Path) -> None:
    (folder / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["extract", str(folder), "--format", "jsonl", "--jobs", "2", "-q"])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr
    assert result.stdout.count("\n") == 7 + 4
