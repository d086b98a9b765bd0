"""Score quotes on a gold file quickly (a thin script over quotes.evaluate).

python benchmarks/score_dev.py ../shared/eval/polnear-dev.jsonl [--kind direct] [--errors F] [--limit N]

The same figures as ``quotes evaluate GOLD --format json``; ``--limit`` scores only the first
N articles, for a quick look while changing a rule.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

# Score the checkout this script sits in, not whichever `quotes` happens to be installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotes.evaluate import KINDS, evaluate, quotes_predictor, read_gold  # noqa: E402
from quotes.pipeline import load_pipeline  # noqa: E402
from quotes.write import atomic_output  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--kind", default=None, choices=KINDS)
    ap.add_argument("--errors", default=None, help="write every miss and wrong speaker here (JSONL)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    articles = list(read_gold(args.gold))
    if args.limit:
        articles = articles[: args.limit]
    errors: list[dict[str, Any]] = []
    scores = evaluate(
        articles, quotes_predictor(load_pipeline(args.model)), kind=args.kind, on_errors=errors.extend
    )
    if args.errors:
        with atomic_output(Path(args.errors)) as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(json.dumps(scores.as_dict(), indent=2))


if __name__ == "__main__":
    main()
