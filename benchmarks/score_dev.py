"""Score quotes on a gold file quickly (a thin script over quotes.evaluate).

python benchmarks/score_dev.py ../shared/eval/polnear-dev.jsonl [--kind direct] [--errors F] [--limit N]
python benchmarks/score_dev.py ../shared/eval/polnear-train.jsonl --split tune [--labelled-only]

The same figures as ``quotes evaluate GOLD --format json``; ``--limit`` scores only the first
N articles, for a quick look while changing a rule.

Who-labels (name, role, organisation of the speaker) come from ``--labels FILE``, or else from
``<gold stem>.who.jsonl`` beside the gold file or in ``benchmarks/labels/`` (so polnear-train is
scored against ``benchmarks/labels/polnear-train.who.jsonl``); the figures are in ``who``.
``--split tune|check`` keeps the labels of one half, ``--labelled-only`` the articles that have
a label.

The parse is almost all of the cost and does not change while the rules do, so the parsed
articles are kept in ``.cache/parses/`` (a spaCy DocBin per gold file, model, spaCy version
and ``quotes.pipeline.PARSE_VERSION``) and read back on the next run: scoring all of
polnear-train then takes seconds instead of minutes. ``--no-cache`` parses afresh; the
scores are the same either way.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

# Score the checkout this script sits in, not whichever `quotes` happens to be installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.evaluate import (  # noqa: E402
    KINDS,
    SPLITS,
    GoldArticle,
    Prediction,
    Predictor,
    attach_labels,
    evaluate,
    find_labels,
    labelled_only,
    quotes_predictor,
    read_gold,
    read_labels,
)
from quotes.pipeline import PARSE_VERSION, load_pipeline, quotes_from_doc, text_for_parser  # noqa: E402
from quotes.spans import find_quote_spans  # noqa: E402
from quotes.write import atomic_output  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "parses"
LABELS = ROOT / "benchmarks" / "labels"


def cached_predictor(
    nlp: Language, gold: str, articles: list[GoldArticle], indirect: bool = False
) -> Predictor:
    """Like ``quotes_predictor``, but each article is parsed once and kept on disk."""
    docs = cached_docs(nlp, gold, articles)
    # By text, so that a selection of the articles (--limit, --labelled-only) finds its parses.
    doc_of_text = {a.text: doc for a, doc in zip(articles, docs, strict=True)}

    def predict(batch: Iterable[GoldArticle]) -> Iterator[Prediction]:
        for article in batch:
            doc = doc_of_text[article.text]
            if not indirect and not find_quote_spans(text_for_parser(article.text)):
                yield Prediction([])
                continue
            try:
                rows = quotes_from_doc(doc, source=article.id, text=article.text, indirect=indirect)
                yield Prediction(rows)
            except Exception as exc:  # noqa: BLE001 - scored as a failed article, like the CLI
                yield Prediction([], f"{type(exc).__name__}: {exc}")

    return predict


def cached_docs(nlp: Language, gold: str, articles: list[GoldArticle]) -> list[Doc]:
    """The parse of every article of ``gold`` (``text_for_parser`` of its text), read from
    ``.cache/parses`` when an earlier run stored it, else parsed and stored."""
    # Keyed by the articles' texts, not the file: a gold file with more quotes on the same
    # articles (polnear-train-with-indirect.jsonl) reads the same parses.
    texts_hash = hashlib.sha256()
    for a in articles:
        texts_hash.update(a.text.encode("utf-8", "surrogatepass") + b"\0")
    key = texts_hash.hexdigest()[:16]
    stem = Path(gold).stem.removesuffix("-with-indirect")
    # The parser's input version is in the name: a change to what the parser is given makes a
    # new file, and checkouts still on the old parse keep reading theirs.
    model = f"{nlp.meta.get('name', '')}-{nlp.meta.get('version', '')}"
    meta = f"{model}-spacy{spacy.__version__}-{PARSE_VERSION}"
    path = CACHE / f"{stem}-{key}-{meta}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        bin_ = DocBin(store_user_data=False)
        with nlp.select_pipes(disable=[n for n in ("quotes",) if n in nlp.pipe_names]):
            texts = (text_for_parser(a.text) for a in articles)
            docs = list(nlp.pipe(texts, batch_size=16))
        for doc in docs:
            bin_.add(doc)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Several checkouts share the cache: write aside, then rename, so a reader never
        # sees half a file.
        partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        bin_.to_disk(partial)
        partial.replace(path)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--kind", default=None, choices=KINDS)
    ap.add_argument("--errors", default=None, help="write every miss and wrong speaker here (JSONL)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--model", default=None)
    ap.add_argument("--indirect", action="store_true", help="find reported speech too (kind indirect)")
    ap.add_argument("--no-cache", action="store_true", help="parse afresh instead of reading .cache/parses")
    ap.add_argument("--labels", default=None, help="who-labels file (default: <gold stem>.who.jsonl found)")
    ap.add_argument("--split", default=None, choices=SPLITS, help="keep the labels of this split only")
    ap.add_argument("--labelled-only", action="store_true", help="score only the articles with a label")
    args = ap.parse_args()
    if not Path(args.gold).is_file():
        ap.error(
            f"{args.gold}: no such file (PolNeAR's gold: benchmarks/polnear_gold.py, see docs/accuracy.md)"
        )
    articles = list(read_gold(args.gold))
    nlp = load_pipeline(args.model)
    predict = (
        quotes_predictor(nlp, indirect=args.indirect)
        if args.no_cache
        else cached_predictor(nlp, args.gold, articles, args.indirect)
    )
    labels_path = args.labels or find_labels(args.gold, [LABELS])
    if labels_path is not None:
        print(f"who-labels: {labels_path}", file=sys.stderr)
    articles, unmatched = attach_labels(
        articles, read_labels(labels_path) if labels_path else None, args.split
    )
    if unmatched:
        print(f"note: {unmatched} label(s) match no gold quote and are left out", file=sys.stderr)
    if args.labelled_only:
        articles = labelled_only(articles)
    if args.limit:
        articles = articles[: args.limit]
    errors: list[dict[str, Any]] = []
    scores = evaluate(articles, predict, kind=args.kind, on_errors=errors.extend)
    if args.errors:
        with atomic_output(Path(args.errors)) as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(json.dumps(scores.as_dict(), indent=2))


if __name__ == "__main__":
    main()
