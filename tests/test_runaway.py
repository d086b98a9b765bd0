"""Bounded memory and linear time whatever the input (issue 15).

What grows with the input is checked by counting work, not by timing it: the figures (seconds
and peak memory on a 1 MB and a 2 MB article, a file of `"`, a run of `(`, `"a" 'b' ` repeated)
come from `python benchmarks/runaway.py`.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import quotes.read
import quotes.spans
from quotes.cli import app
from quotes.pipeline import extract_documents
from quotes.read import Document
from quotes.spans import find_quote_spans

GOOD = "“The bridge will reopen in May,” said Tomas Varga, the county engineer.\n"


def test_long_runs_of_marks_are_broken_for_the_parser_and_offsets_hold() -> None:
    from quotes.pipeline import MAX_MARK_RUN, text_for_parser

    text = "“Yes,” he said. " + "(" * 500 + " and " + '"' * 120
    parsed = text_for_parser(text)
    assert len(parsed) == len(text)
    runs = [run for run in parsed.split(" ") if run]
    assert max(len(run) for run in runs) <= MAX_MARK_RUN
    for i, (a, b) in enumerate(zip(text, parsed, strict=True)):
        assert a == b or b == " ", i
    # Ordinary text, a rule of 50 dashes among it, is left as it is.
    ordinary = "“We are ready,” she said.\n" + "-" * MAX_MARK_RUN + "\n(See also: page 4.)\n"
    assert text_for_parser(ordinary) == ordinary


def test_the_quote_finder_does_not_compare_every_double_quote_with_every_single_one(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = {"inside": 0, "overlaps": 0}
    inside, overlaps = quotes.spans._inside, quotes.spans._overlaps

    def counted_inside(a, b):  # type: ignore[no-untyped-def]
        calls["inside"] += 1
        return inside(a, b)

    def counted_overlaps(a, b):  # type: ignore[no-untyped-def]
        calls["overlaps"] += 1
        return overlaps(a, b)

    monkeypatch.setattr(quotes.spans, "_inside", counted_inside)
    monkeypatch.setattr(quotes.spans, "_overlaps", counted_overlaps)
    pairs = 2_000
    spans = find_quote_spans("“a” ‘b’ " * pairs)
    assert len(spans) == 2 * pairs
    assert calls["inside"] + calls["overlaps"] < 10 * pairs, calls


def test_the_quote_finder_gives_the_same_spans_as_comparing_every_pair() -> None:
    # The indexed checks against the all-pairs definition, on text mixing both conventions,
    # nesting, crossing and apostrophes.
    from quotes.spans import _inside, _overlaps, _SpansByOpening

    text = (
        "“He said ‘no’ twice,” Ruiz said. ‘She called it “a disgrace”,’ Hale added. "
        "“Open ‘half” and ’closed. It’s the farmers’ money, ‘they’ say. “Unclosed ‘x\n"
        "''Archive ‘nested’ quote,'' said Lee. “Last one.”\n"
    ) * 3
    spans = find_quote_spans(text)
    assert spans
    index = _SpansByOpening(spans)
    for s in spans:
        assert index.any_holding(s) == any(_inside(s, d) for d in spans)
        assert index.any_overlapping(s) == any(_overlaps(s, d) for d in spans)


def test_the_parser_is_given_one_long_piece_at_a_time(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Its memory grows with the characters of a batch: a long article's pieces go one by one.
    sizes: list[int] = []
    real_pipe = nlp.pipe

    def recording_pipe(items, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("as_tuples"):  # (spaCy calls itself again with the texts alone)
            items = list(items)
            sizes.append(sum(len(text) for text, _ in items))
        return real_pipe(items, **kwargs)

    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    paragraph = "“We will keep the ferry running,” said Ana Ruiz, the harbour master.\n\n"
    docs = [Document("long.txt", paragraph * 40), Document("short.txt", paragraph)]
    results = list(extract_documents(nlp, docs, max_chars=1_000))
    assert sum(len(r.rows) for r in results) == 41
    assert sizes and max(sizes) <= 1_000, sizes


def test_a_corpus_record_over_the_size_limit_is_one_error(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(quotes.read, "MAX_BYTES", 1_000)
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text(
        json.dumps({"id": "huge", "text": GOOD * 40}) + "\n" + json.dumps({"id": "ok", "text": GOOD}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(corpus), "-f", "jsonl", "--jobs", "1"])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "wire.jsonl:1" in errors[0] and "limit" in errors[0], result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["ok"]
