"""Parquet output: the public columns with their types, the same rows as JSONL, written
atomically."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.types import Quote
from quotes.write import FIELDS, ParquetRowWriter, read_parquet_rows, row_dict

pq = pytest.importorskip("pyarrow.parquet")  # the dev extra installs it: this runs in CI
runner = CliRunner()

ARTICLE = (
    "Harbour board delays vote\n\n"
    "“We need another month to read the tenders,” said Mere Tipene, the board's chair.\n\n"
    "The union was unimpressed. “Every month of delay costs our members,” its secretary, "
    "Colin Baird, told reporters.\n"
)


def row(i: int, **changes: object) -> Quote:
    fields: dict[str, object] = dict(
        source="a.txt",
        speaker="Mere Tipene",
        role="chair",
        organization="harbour board",
        quote=f"quote {i}",
        cue="said",
        kind="direct",
        confidence=0.8125,
        start=10 * i,
        end=10 * i + 7,
        speaker_start=3,
        speaker_end=14,
        utterance=i,
        sieve="cue",
        id="",
        mention="Mere Tipene",
        speaker_id=1,
    )
    fields.update(changes)
    return Quote(**fields)  # type: ignore[arg-type]


def test_columns_are_the_public_fields_with_their_types(tmp_path: Path) -> None:
    out = tmp_path / "rows.parquet"
    with ParquetRowWriter(out) as writer:
        writer.write([row(0), row(1, speaker="", speaker_id=-1, speaker_start=-1, speaker_end=-1)])
    schema = pq.read_schema(out)
    assert tuple(schema.names) == FIELDS
    types = {name: str(schema.field(name).type) for name in FIELDS}
    integers = ("start", "end", "speaker_start", "speaker_end", "utterance", "speaker_id")
    assert {types[name] for name in integers} == {"int64"}
    assert types["confidence"] == "double"
    assert types["quote"] == types["source"] == "string"
    assert read_parquet_rows(out) == [
        row_dict(row(0)),
        row_dict(row(1, speaker="", speaker_id=-1, speaker_start=-1, speaker_end=-1)),
    ]


def test_an_aborted_file_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "rows.parquet"
    with pytest.raises(KeyboardInterrupt):
        with ParquetRowWriter(out) as writer:
            writer.write([row(0)])
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_replaced_only_when_the_new_one_is_whole(tmp_path: Path) -> None:
    out = tmp_path / "rows.parquet"
    with ParquetRowWriter(out) as writer:
        writer.write([row(0), row(1)])
    writer = ParquetRowWriter(out)
    writer.write([row(2)])
    writer.abort()
    assert [r["quote"] for r in read_parquet_rows(out)] == ["quote 0", "quote 1"]


def test_cli_parquet_holds_the_same_rows_as_jsonl(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": f"w{i}", "text": ARTICLE.replace("month", f"{i + 2} weeks")}) + "\n"
            for i in range(3)
        ),
        encoding="utf-8",
    )
    inputs = [str(article), str(corpus)]
    as_jsonl = runner.invoke(app, ["extract", *inputs, "--format", "jsonl", "--jobs", "1"])
    assert as_jsonl.exit_code == 0, as_jsonl.output
    out = tmp_path / "rows.parquet"  # the suffix chooses the format
    as_parquet = runner.invoke(app, ["extract", *inputs, "-o", str(out), "--jobs", "1"])
    assert as_parquet.exit_code == 0, as_parquet.output
    expected = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert len(expected) == 8
    assert read_parquet_rows(out) == expected
    rows = read_parquet_rows(out)
    texts = {"": ARTICLE} | {f"w{i}": ARTICLE.replace("month", f"{i + 2} weeks") for i in range(3)}
    assert all(texts[r["id"]][r["start"] : r["end"]] == r["quote"] for r in rows)


def test_parquet_needs_an_output_file() -> None:
    result = runner.invoke(app, ["extract", "-", "--format", "parquet"], input=ARTICLE.encode())
    assert result.exit_code == 2
    assert "--output" in result.stderr
