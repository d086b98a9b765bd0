"""Score quotes on a gold file quickly (a thin script over quotes.evaluate).

python benchmarks/score_dev.py ../shared/eval/polnear-dev.jsonl [--kind direct] [--errors F]
"""

from __future__ import annotations

import argparse
import json

from quotes.evaluate import evaluate, read_gold
from quotes.pipeline import load_pipeline


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--kind", default=None)
    ap.add_argument("--errors", default=None)
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    nlp = load_pipeline()
    articles = list(read_gold(args.gold))
    if args.limit:
        articles = articles[: args.limit]
    err_fh = open(args.errors, "w", encoding="utf-8") if args.errors else None

    def predict(texts):  # type: ignore[no-untyped-def]
        for doc in nlp.pipe(texts, batch_size=16):
            yield doc._.quotes

    def on_errors(errors):  # type: ignore[no-untyped-def]
        if err_fh:
            for e in errors:
                err_fh.write(json.dumps(e, ensure_ascii=False) + "\n")

    scores = evaluate(articles, predict, kind=args.kind, on_errors=on_errors)
    print(json.dumps(scores.as_dict(), indent=2))


if __name__ == "__main__":
    main()
