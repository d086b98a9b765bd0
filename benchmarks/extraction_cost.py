"""What extraction costs beside spaCy's parse: CPU seconds of each, on the same articles.

    python benchmarks/extraction_cost.py ../shared/eval/polnear-train.jsonl
    python benchmarks/extraction_cost.py ../shared/eval/polnear-train.jsonl --parse-sample 40 --runs 3
    python benchmarks/extraction_cost.py ../shared/eval/polnear-train.jsonl --runs 3 --indirect
    python benchmarks/extraction_cost.py ../shared/eval/polnear-train.jsonl --limit 300 --profile /tmp/x.prof

Extraction (quote spans, attribution, the trust model, the who layer, rows) is timed over the
stored parses of every article (``.cache/parses``, as benchmarks/score_dev.py keeps them; parsed
and stored first if missing), the best of ``--runs`` passes. The parse is timed on
``--parse-sample`` of the same articles (spread through the file), the components `quotes` runs,
and scaled to all of them by words. Both are CPU time of this process (``time.process_time``),
steadier than wall time on a shared machine. Articles with no quote marks count in neither:
the CLI does not parse them. ``--indirect`` times extraction with reported speech (on the same
articles), so the two runs' difference is what reported speech costs, free of the noise a
words-per-second comparison carries on a shared machine. ``--limit`` keeps the file's first
articles (a quicker pass to compare two commits back to back); ``--profile`` writes cProfile's
statistics of one more extraction pass (``python -m pstats``), to see where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_dev import cached_docs  # noqa: E402

from quotes.evaluate import read_gold  # noqa: E402
from quotes.pipeline import load_pipeline, quotes_from_doc, text_for_parser  # noqa: E402
from quotes.spans import find_quote_spans  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="a gold JSONL file (its texts are the articles)")
    ap.add_argument("--parse-sample", type=int, default=40, help="articles to parse for the parse's cost")
    ap.add_argument("--runs", type=int, default=3, help="passes of extraction; the fastest counts")
    ap.add_argument("--model", default=None)
    ap.add_argument("--indirect", action="store_true", help="extract reported speech too")
    ap.add_argument("--limit", type=int, default=0, help="only the file's first LIMIT articles")
    ap.add_argument("--profile", default=None, help="write cProfile statistics of one pass here")
    args = ap.parse_args()
    articles = list(read_gold(args.gold))
    if args.limit:
        articles = articles[: args.limit]
    nlp = load_pipeline(args.model)
    docs = cached_docs(nlp, args.gold, articles)
    quoted = [
        (a, d) for a, d in zip(articles, docs, strict=True) if find_quote_spans(text_for_parser(a.text))
    ]
    words = sum(len(d) for _, d in quoted)
    extraction = float("inf")
    rows = 0
    for _ in range(args.runs):
        start = time.process_time()
        rows = sum(
            len(quotes_from_doc(d, source=a.id, text=a.text, indirect=args.indirect)) for a, d in quoted
        )
        extraction = min(extraction, time.process_time() - start)
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(
            lambda: [quotes_from_doc(d, source=a.id, text=a.text, indirect=args.indirect) for a, d in quoted]
        )
        profiler.dump_stats(args.profile)
    step = max(len(quoted) // max(args.parse_sample, 1), 1)
    sample = [a for a, _ in quoted[::step]][: args.parse_sample]
    texts = [text_for_parser(a.text) for a in sample]
    with nlp.select_pipes(disable=[n for n in ("quotes",) if n in nlp.pipe_names]):
        list(nlp.pipe(texts[:2]))  # warm-up
        start = time.process_time()
        sample_words = sum(len(d) for d in nlp.pipe(texts, batch_size=16))
        parse_sample = time.process_time() - start
    parse = parse_sample * words / max(sample_words, 1)
    figures = {
        "gold": Path(args.gold).name,
        "indirect": args.indirect,
        "articles_with_quote_marks": len(quoted),
        "tokens": words,
        "rows": rows,
        "extraction_cpu_s": round(extraction, 2),
        "extraction_cpu_ms_per_article": round(1000 * extraction / max(len(quoted), 1), 1),
        "parse_cpu_s_estimated": round(parse, 1),
        "parse_sample_articles": len(sample),
        "extraction_share_of_parse": round(extraction / parse, 3) if parse else None,
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
