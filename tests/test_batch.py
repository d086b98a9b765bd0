"""One document never sinks the batch (issue 15).

A page that names a codec that is no text encoding, a corpus record holding a lone surrogate or
nested a thousand levels deep, a file name that is not UTF-8: each is one line on stderr naming
the file (and record), the rest of the batch is written, and the exit code is 1.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quotes.cli import app

from .conftest import example_budget

GOOD = "“The bridge will reopen in May,” said Tomas Varga, the county engineer.\n"
RUNNER = CliRunner()


def extract(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return RUNNER.invoke(app, ["extract", *args], input=input)


def errors_of(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def speakers(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [json.loads(line)["speaker"] for line in result.stdout.splitlines() if line.strip()]


def good_file(folder: Path, name: str = "good.txt") -> Path:
    path = folder / name
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.mark.parametrize("separator", ["\x85", "\u2028", "\u2029"])
def test_a_file_name_holding_a_line_separator_keeps_its_jsonl_row_whole(
    tmp_path: Path, separator: str
) -> None:
    # Python's `str.splitlines` (and older JavaScript) break a line at these: the row escapes them.
    path = good_file(tmp_path, f"bridge{separator}notes.txt")
    out = tmp_path / "rows.jsonl"
    result = extract(str(path), "-f", "jsonl", "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == [str(path)]


@pytest.mark.parametrize("codec", ["rot13", "base64", "hex", "zlib", "bz2", "uu", "quopri", "undefined"])
def test_a_page_naming_a_codec_that_is_no_text_encoding_is_read_all_the_same(
    tmp_path: Path, codec: str
) -> None:
    # Not UTF-8 (a stray \xe9), so the declared charset would be tried.
    body = (
        "<p>“The ferry will sail at noon,” said Ana Ruiz, the harbour master.</p>"
        "<p>Caf\xe9 owners cheered.</p>"
    )
    data = (
        f'<!DOCTYPE html><html><head><meta charset="{codec}"><title>Ferry</title></head>'
        f"<body><article>{body}</article></body></html>"
    )
    page = tmp_path / "page.html"
    page.write_bytes(data.encode("cp1252"))
    result = extract(str(page), str(good_file(tmp_path)), "-f", "jsonl", "--jobs", "1")
    assert "unexpected error" not in result.stderr, result.stderr
    assert "Tomas Varga" in speakers(result)
    assert result.exit_code in (0, 1)
    assert result.exit_code == 0 or len(errors_of(result)) == 1


def test_lone_surrogates_in_a_record_are_one_error_and_the_rest_is_written(tmp_path: Path) -> None:
    corpus = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "ok-1", "text": GOOD}),
        '{"id": "bad-text", "text": "\\ud800 \\u201cNo,\\u201d said Lee Chan."}',
        '{"id": "bad-\\udfff", "text": "\\u201cNo,\\u201d said Lee Chan."}',
        json.dumps({"id": "ok-2", "text": GOOD.replace("Tomas Varga", "Ana Ruiz")}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for fmt in ("jsonl", "json", "csv"):
        out = tmp_path / f"rows.{fmt}"
        result = extract(str(corpus), "-f", fmt, "-o", str(out), "--jobs", "1")
        assert result.exit_code == 1, result.output
        errors = errors_of(result)
        assert len(errors) == 2, result.stderr
        assert "wire.jsonl:2" in errors[0] and "wire.jsonl:3" in errors[1]
        assert "surrogate" in errors[0]
        written = out.read_text(encoding="utf-8")
        assert "Tomas Varga" in written and "Ana Ruiz" in written and "Lee Chan" not in written


def test_a_record_nested_a_thousand_levels_deep_is_one_error(tmp_path: Path) -> None:
    corpus = tmp_path / "deep.jsonl"
    deep = '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    corpus.write_text(deep + "\n" + json.dumps({"id": "ok", "text": GOOD}) + "\n", encoding="utf-8")
    result = extract(str(corpus), "-f", "jsonl", "--jobs", "1")
    assert result.exit_code == 1, result.output
    errors = errors_of(result)
    assert len(errors) == 1 and "deep.jsonl:1" in errors[0] and "nested" in errors[0], result.stderr
    assert speakers(result) == ["Tomas Varga"]


def test_evaluate_says_which_line_is_nested_too_deeply(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "x", "quotes": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    result = RUNNER.invoke(app, ["evaluate", str(gold)])
    assert result.exit_code == 1
    assert "gold.jsonl:1" in result.stderr and "nested" in result.stderr, result.stderr
    assert "Traceback" not in result.output


def test_evaluate_scores_an_article_holding_a_lone_surrogate(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    text = "\ud800 “The bridge will reopen in May,” said Tomas Varga.\n"
    start = text.index("The")
    end = text.index("”")
    record = {
        "id": "s\udfff",
        "text": text,
        "quotes": [
            {
                "start": start,
                "end": end,
                "text": text[start:end],
                "speaker": "Tomas Varga",
                "speaker_start": text.index("Tomas"),
                "speaker_end": text.index("Tomas") + 11,
                "cue": "said",
                "kind": "direct",
            }
        ],
    }
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = RUNNER.invoke(app, ["evaluate", str(gold), "-f", "json", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["f1"] == 1.0
    assert errors.is_file()


def test_a_file_name_that_is_not_utf8_is_written_as_its_bytes_show(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    good_file(folder, "a.txt")
    odd = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(odd, "w", encoding="utf-8") as fh:
        fh.write(GOOD.replace("Tomas Varga", "Ana Ruiz"))
    for fmt in ("csv", "jsonl", "json", "markdown", "table"):
        out = tmp_path / f"rows.{fmt}"
        result = extract(str(folder), "-f", fmt, "-o", str(out), "--jobs", "1")
        assert result.exit_code == 0, (fmt, result.output)
        written = out.read_text(encoding="utf-8")
        assert "Ana Ruiz" in written and "Tomas Varga" in written
        shown = written.replace("\\\\", "\\")  # JSON doubles the backslash
        assert fmt == "table" or "caf\\xe9.txt" in shown, written  # a table wraps long cells


# --- the property: whatever the odd inputs, every good document comes out -------------------

odd_names = st.binary(min_size=1, max_size=12).filter(lambda b: b"/" not in b and b"\x00" not in b)
odd_charsets = st.one_of(
    st.sampled_from(["rot13", "base64", "hex", "zlib", "utf-7", "idna", "punycode", "unicode_escape", "x"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-:.", min_size=1, max_size=12),
)
odd_json = st.one_of(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=8,
    ).map(lambda value: json.dumps({"id": 1, "text": value})),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
    st.integers(1000, 5000).map(lambda n: "[" * n + "]" * n),
    st.sampled_from(['{"id": "\\ud800", "text": "x"}', '{"text": "\\udc80\\u201cHi\\u201d"}']),
)


@settings(
    max_examples=example_budget(100),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=odd_names, charset=odd_charsets, record=odd_json)
def test_every_good_document_comes_out_whatever_the_odd_ones(
    tmp_path_factory: pytest.TempPathFactory, name: bytes, charset: str, record: str
) -> None:
    folder = tmp_path_factory.mktemp("batch")
    good_file(folder, "0-good.txt")
    with open(os.path.join(os.fsencode(folder), b"1-" + name + b".txt"), "wb") as fh:
        fh.write(GOOD.replace("Tomas Varga", "Ana Ruiz").encode("utf-8"))
    page = (
        f'<html><head><meta charset="{charset}"></head><body><article>'
        "<p>“Yes,” said Lee Chan.</p><p>Caf\xe9</p></article></body></html>"
    )
    (folder / "2-page.html").write_bytes(page.encode("cp1252"))
    (folder / "3-wire.jsonl").write_text(
        # The good record first: a corpus whose first bytes are an image's is no corpus at all.
        json.dumps({"id": "z", "text": GOOD.replace("Tomas Varga", "Mia Holt")}) + "\n" + record + "\n",
        encoding="utf-8",
        errors="surrogatepass",
    )
    out = folder.parent / (folder.name + ".jsonl")
    result = extract(str(folder), "-f", "jsonl", "-o", str(out), "--jobs", "1")
    assert result.exit_code in (0, 1), result.output
    assert "unexpected error" not in result.stderr, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    found = {row["speaker"] for row in rows}
    assert {"Tomas Varga", "Ana Ruiz", "Mia Holt"} <= found, (found, result.stderr)
