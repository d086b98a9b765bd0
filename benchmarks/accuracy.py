"""Score `quotes` and textacy's `direct_quotations` on the same gold file, side by side.

    pip install -e ".[bench]"
    python benchmarks/accuracy.py ../shared/eval/polnear-dev.jsonl

Both systems read the same articles with the same spaCy model and are scored by the same
code as `quotes evaluate` (quotes/evaluate.py), over all gold quotes and over direct ones.
Prints a markdown table (for docs/accuracy.md) to stdout; `--json` prints the figures instead.

With who-labels (`--labels FILE`, else `<gold stem>.who.jsonl` beside the gold file or in
`benchmarks/labels/`), the table adds the speaker's name, role and organisation accuracy and
precision on the labelled quotes; `--split tune|check` keeps one half of the labels and
`--labelled-only` scores only the articles that have a label.

The markdown output ends with the calibration of `quotes`'s confidence over all its rows that
name a speaker (predicted vs observed share right, by bin, and the expected calibration error).

`--who` scores `quotes` alone on the labelled articles and prints one who column per split
(tune, check, both): the who table of docs/accuracy.md.

    python benchmarks/accuracy.py ../shared/eval/polnear-train.jsonl --who

textacy (0.13) is a benchmark-only dependency, never a runtime one. Its `direct_quotations`
raises on an article with an odd number of quote marks: such an article yields nothing, all
its gold quotes count as missed, and the table says how many articles that was.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

# Score the checkout this script sits in, not whichever `quotes` happens to be installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from quotes.evaluate import (  # noqa: E402
    SPLITS,
    GoldArticle,
    GoldFormatError,
    Prediction,
    Scores,
    attach_labels,
    evaluate,
    find_labels,
    labelled_only,
    quotes_predictor,
    read_gold,
    read_labels,
)
from quotes.pipeline import ModelNotFound, load_pipeline, resolve_model  # noqa: E402
from quotes.types import Quote  # noqa: E402

KINDS: tuple[str | None, ...] = (None, "direct")
ROWS = (
    ("gold", "gold quotes"),
    ("predicted", "predicted quotes"),
    ("predicted_with_speaker", "predicted with a speaker"),
    ("detection_recall", "detection recall"),
    ("speaker_accuracy", "speaker accuracy on found quotes"),
    ("precision", "end-to-end precision"),
    ("recall", "end-to-end recall"),
    ("f1", "end-to-end F1"),
    ("failed_articles", "articles the system failed on"),
)
# Rows from the `who` block, when the gold carries labels: (field, measure, label).
WHO_ROWS = (
    ("name", "accuracy", "speaker name accuracy (labelled quotes)"),
    ("name", "precision", "speaker name precision (labelled quotes)"),
    ("role", "accuracy", "role accuracy"),
    ("role", "precision", "role precision"),
    ("organization", "accuracy", "organisation accuracy"),
    ("organization", "precision", "organisation precision"),
)
LABELS = Path(__file__).resolve().parent / "labels"


def textacy_rows(doc: Doc) -> list[Quote]:
    """textacy's (speaker, cue, content) triples as rows the scoring reads.

    ``content`` runs from the opening mark to the closing one: the quote is the text between
    them, less surrounding spaces. The speaker mention is the span of its tokens.
    """
    from textacy.extract.triples import direct_quotations

    text = doc.text
    rows = []
    for speaker, cue, content in direct_quotations(doc):
        start = content[0].idx + len(content[0].text)
        end = content[-1].idx
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        s_start = speaker[0].idx
        s_end = speaker[-1].idx + len(speaker[-1].text)
        rows.append(
            Quote(
                source="",
                speaker=text[s_start:s_end],
                role="",
                organization="",
                quote=text[start:end],
                cue=" ".join(t.text for t in cue),
                kind="direct",
                confidence=1.0,
                start=start,
                end=end,
                speaker_start=s_start,
                speaker_end=s_end,
                utterance=len(rows),
                sieve="textacy",
            )
        )
    return rows


def textacy_predictor(model: str | None) -> Any:
    nlp = spacy.load(resolve_model(model))

    def predict(articles: Iterable[GoldArticle]) -> Iterator[Prediction]:
        for doc in nlp.pipe((a.text for a in articles), batch_size=16):
            try:
                yield Prediction(textacy_rows(doc))
            except ValueError as exc:  # an odd number of quote marks: textacy gives up
                yield Prediction([], str(exc))

    return predict


def score_both(articles: list[GoldArticle], model: str | None) -> dict[str, dict[str, Scores]]:
    """Each system's predictions once, then scored over all gold quotes and direct ones."""
    systems = {
        "quotes": quotes_predictor(load_pipeline(model)),
        "textacy": textacy_predictor(model),
    }
    results: dict[str, dict[str, Scores]] = {}
    for name, predict in systems.items():
        predictions = list(predict(articles))
        results[name] = {
            kind or "all": evaluate(articles, lambda _articles, p=predictions: p, kind=kind) for kind in KINDS
        }
    return results


def markdown(results: dict[str, dict[str, Scores]]) -> str:
    columns = [(system, kind) for kind in ("all", "direct") for system in results]
    lines = [
        "| | " + " | ".join(f"`{system}` ({kind} quotes)" for system, kind in columns) + " |",
        "| --- |" + " ---: |" * len(columns),
    ]
    for key, label in ROWS:
        cells = []
        for system, kind in columns:
            value = results[system][kind].as_dict()[key]
            cells.append(f"{value:.3f}" if isinstance(value, float) else str(value))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    if all("who" in results[system][kind].as_dict() for system, kind in columns):
        who = {column: results[column[0]][column[1]].as_dict()["who"] for column in columns}
        lines.append(
            "| labelled gold quotes | " + " | ".join(str(who[c]["labelled"]) for c in columns) + " |"
        )
        for name, measure, label in WHO_ROWS:
            cells = [f"{who[c][name][measure]:.3f}" for c in columns]
            lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def calibration_markdown(scores: Scores) -> str:
    calibration = scores.as_dict()["calibration"]
    lines = [
        f"Confidence of `quotes` against its rows' speakers (all quotes): ECE {calibration['ece']:.3f} "
        f"over {calibration['predictions']} rows that name a speaker.",
        "",
        "| confidence | rows | mean confidence | share right |",
        "| --- | ---: | ---: | ---: |",
    ]
    for line in calibration["bins"]:
        lines.append(
            f"| {line['from']:.1f}–{line['to']:.1f} | {line['count']} | {line['predicted']:.3f} "
            f"| {line['observed']:.3f} |"
        )
    return "\n".join(lines)


def who_markdown(articles: list[GoldArticle], labels: Any, model: str | None) -> str:
    """`quotes` on the labelled articles, who figures by split: tune, check, and both."""
    articles = labelled_only(attach_labels(articles, labels)[0])
    predictions = list(quotes_predictor(load_pipeline(model))(articles))
    columns: dict[str, dict[str, Any]] = {}
    for split in (*SPLITS, None):
        split_articles, _ = attach_labels(articles, labels, split)
        scores = evaluate(split_articles, lambda _articles, p=predictions: p).as_dict()
        # (A split no label is in, as in a file held out whole, `check` only, gets no column.)
        if "who" in scores:
            columns[split or "both"] = scores["who"]
    lines = [
        "| | " + " | ".join(f"{split}" for split in columns) + " |",
        "| --- |" + " ---: |" * len(columns),
        "| labelled gold quotes | " + " | ".join(str(w["labelled"]) for w in columns.values()) + " |",
        "| found by `quotes` | " + " | ".join(str(w["found"]) for w in columns.values()) + " |",
    ]
    for name, measure, label in WHO_ROWS:
        # Accuracy is over the labels with the field, precision over the rows giving it.
        of = "labels" if measure == "accuracy" else "predicted"
        cells = [f"{w[name][measure]:.3f} ({w[name]['right']}/{w[name][of]})" for w in columns.values()]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="gold JSONL file (the format of ../shared/eval/*.jsonl)")
    ap.add_argument("--model", default=None, help="spaCy model name or path (both systems use it)")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    ap.add_argument("--labels", default=None, help="who-labels file (default: <gold stem>.who.jsonl found)")
    ap.add_argument("--split", default=None, choices=SPLITS, help="keep the labels of this split only")
    ap.add_argument("--labelled-only", action="store_true", help="score only the articles with a label")
    ap.add_argument(
        "--who", action="store_true", help="quotes alone: who figures by split, on labelled articles"
    )
    args = ap.parse_args()
    if not Path(args.gold).is_file():
        ap.error(
            f"{args.gold}: no such file (PolNeAR's gold: benchmarks/polnear_gold.py, see docs/accuracy.md)"
        )
    try:
        if not args.who:
            import textacy  # noqa: F401
    except ImportError:
        print('error: textacy is not installed: pip install -e ".[bench]"', file=sys.stderr)
        return 2
    labels_path = args.labels or find_labels(args.gold, [LABELS])
    try:
        articles = list(read_gold(args.gold))
        labels = read_labels(labels_path) if labels_path else None
    except (GoldFormatError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if labels_path:
        print(f"who-labels: {labels_path}", file=sys.stderr)
    if args.who:
        if not labels:
            print(f"error: no who-labels for {args.gold}: give --labels FILE", file=sys.stderr)
            return 2
        print(who_markdown(articles, labels, args.model))
        return 0
    articles, unmatched = attach_labels(articles, labels, args.split)
    if unmatched:
        print(f"note: {unmatched} label(s) match no gold quote and are left out", file=sys.stderr)
    if args.labelled_only:
        articles = labelled_only(articles)
    if args.limit:
        articles = list(islice(articles, args.limit))
    try:
        results = score_both(articles, args.model)
    except ModelNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        figures = {
            system: {k: s.as_dict() for k, s in by_kind.items()} for system, by_kind in results.items()
        }
        print(json.dumps(figures, indent=2))
    else:
        print(markdown(results))
        print()
        print(calibration_markdown(results["quotes"]["all"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
