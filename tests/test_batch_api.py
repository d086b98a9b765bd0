"""The library batch API (quotes.batch) that extract, speakers and evaluate all run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.batch import Batch, BatchError, BatchEvents, InputOptions
from quotes.cli import app
from quotes.read import Document

ROOT = Path(__file__).resolve().parent.parent
STORY = "“The ferry will sail on Monday,” said Marta Kowal, the harbour master.\n"


class Recorder:
    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.notes: list[tuple[str, str, bool]] = []
        self.done = 0

    def events(self) -> BatchEvents:
        def note(source: str, message: str, important: bool = False) -> None:
            self.notes.append((source, message, important))

        def done() -> None:
            self.done += 1

        return BatchEvents(error=lambda s, m: self.errors.append((s, m)), note=note, done=done)


def test_a_batch_reports_each_bad_input_and_extracts_the_rest(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "wire.jsonl").write_text(
        json.dumps({"id": "w1", "text": STORY.replace("Marta Kowal", "Ivo Brandt")}) + "\n{not json\n",
        encoding="utf-8",
    )
    seen = Recorder()
    batch = Batch([str(tmp_path)], events=seen.events())
    results = list(batch.extract(nlp, jobs=1))
    assert [(r.document.source, r.document.id, r.rows[0].speaker) for r in results] == [
        (str(tmp_path / "a.txt"), "", "Marta Kowal"),
        (str(tmp_path / "wire.jsonl"), "w1", "Ivo Brandt"),
    ]
    assert batch.documents == 2
    assert [source for source, _ in seen.errors] == batch.failures
    assert batch.failures == [str(tmp_path / "b.txt"), f"{tmp_path / 'wire.jsonl'}:2"]
    assert seen.done == 4  # two extracted, two failed: a progress bar reaches the end


def test_a_batch_of_documents_in_memory(nlp) -> None:  # type: ignore[no-untyped-def]
    documents = [Document("one", STORY), Document("two", STORY.replace("Marta Kowal", "Lena Ortiz"))]
    batch = Batch(documents_given=documents)
    assert [r.rows[0].speaker for r in batch.extract(nlp, jobs=1)] == ["Marta Kowal", "Lena Ortiz"]
    assert batch.documents == 2 and batch.failures == []


def test_options_a_batch_cannot_start_with_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BatchError, match="--input-format"):
        Batch(["x"], InputOptions(input_format="pdf"))
    a_file = tmp_path / "kept"
    a_file.write_text("", encoding="utf-8")
    with pytest.raises(BatchError, match="--keep-text"):
        Batch(["x"], keep_text=a_file)


def gold_file(tmp_path: Path) -> Path:
    speakers = ["Marta Kowal", "Ivo Brandt", "Lena Ortiz", "Ruth Amadi"]
    lines = []
    for n, name in enumerate(speakers):
        text = STORY.replace("Marta Kowal", name)
        start, s_start = text.index("The ferry"), text.index(name)
        quote = "The ferry will sail on Monday,"
        lines.append(
            {
                "id": f"g{n}",
                "text": text,
                "quotes": [
                    {
                        "start": start,
                        "end": start + len(quote),
                        "text": quote,
                        "speaker": name,
                        "speaker_start": s_start,
                        "speaker_end": s_start + len(name),
                        "kind": "direct",
                    }
                ],
            }
        )
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_evaluate_scores_the_same_with_workers(tmp_path: Path) -> None:
    gold = gold_file(tmp_path)
    one = CliRunner().invoke(app, ["evaluate", str(gold), "-f", "json", "--jobs", "1"])
    two = CliRunner().invoke(app, ["evaluate", str(gold), "-f", "json", "--jobs", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, one.output + two.output
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert json.loads(one.stdout)["f1"] == 1.0


@pytest.mark.slow
def test_evaluate_whose_reader_goes_away_is_not_an_error(tmp_path: Path) -> None:
    gold = gold_file(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotes", "evaluate", str(gold), "-f", "json", "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the scores are written
    stderr = proc.stderr.read()
    proc.wait(timeout=120)
    assert proc.returncode == 141, stderr
    assert b"Traceback" not in stderr and b"error" not in stderr
