"""Fit the confidence table (models/confidence.json) on TRAIN: P(speaker right | row's group).

    python benchmarks/calibrate.py ../shared/eval/polnear-train.jsonl

Runs the extractor over the gold file (parses cached in .cache/parses, as score_dev.py), judges
every prediction that names a speaker by the evaluation rules (right speaker on a matched gold
quote; a prediction matching no gold quote is wrong, so confidence tracks precision), and
counts right and wrong by group: mention type, then sieve, then kind (quotes/confidence.py).

Each group's estimate is shrunk toward its parent's (the group one feature coarser):
``(right + s * parent) / (predictions + s)``. The strength ``s`` is chosen by 5-fold
cross-validation over articles (the one with the lowest out-of-fold log loss), and the
out-of-fold ECE is printed: it is what to expect on articles the table was not fitted on.
Run it again whenever attribution changes; ``--check`` only prints the figures and writes
nothing.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import math
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from score_dev import cached_predictor  # noqa: E402

from quotes.confidence import TABLE_FILE, features, group_keys  # noqa: E402
from quotes.evaluate import Calibration, GoldArticle, judged_predictions, read_gold  # noqa: E402
from quotes.pipeline import load_pipeline  # noqa: E402
from quotes.types import Quote  # noqa: E402
from quotes.write import atomic_output  # noqa: E402

STRENGTHS = (1, 2, 5, 10, 20, 50, 100)
FOLDS = 5

Example = tuple[tuple[str, ...], bool]  # (the row's features, speaker right)


def fit(examples: list[Example], strength: float) -> tuple[dict[str, float], dict[str, list[int]]]:
    """Estimates for every group of the examples, each shrunk toward its parent's."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for values, right in examples:
        for key in group_keys(values):
            counts[key][0] += 1
            counts[key][1] += right
    estimates: dict[str, float] = {}
    # Parents before children: a key has fewer "|" than its children.
    for key in sorted(counts, key=lambda k: (k.count("|") + bool(k), k)):
        n, right = counts[key]
        if key == "":
            estimates[key] = (right + 1) / (n + 2)  # Laplace: never exactly 0 or 1
        else:
            parent = estimates[key.rsplit("|", 1)[0] if "|" in key else ""]
            estimates[key] = (right + strength * parent) / (n + strength)
    return estimates, dict(counts)


def chance(estimates: dict[str, float], values: tuple[str, ...]) -> float:
    return next(estimates[k] for k in group_keys(values) if k in estimates)


def cross_validate(by_article: list[list[Example]], strength: float) -> tuple[float, Calibration]:
    """Out-of-fold log loss per prediction, and the out-of-fold calibration."""
    loss, n = 0.0, 0
    calibration = Calibration()
    for fold in range(FOLDS):
        train = [e for i, a in enumerate(by_article) if i % FOLDS != fold for e in a]
        estimates, _ = fit(train, strength)
        for i, article in enumerate(by_article):
            if i % FOLDS != fold:
                continue
            for values, right in article:
                p = min(max(chance(estimates, values), 1e-4), 1 - 1e-4)
                loss -= math.log(p if right else 1 - p)
                n += 1
                calibration.add(round(p, 2), right)
    return loss / max(n, 1), calibration


def commit() -> str:
    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "quotes", "models"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+changes" if dirty else "")


def print_calibration(title: str, calibration: Calibration) -> None:
    print(f"{title}: ECE {calibration.ece:.4f} over {calibration.total} predictions", file=sys.stderr)
    for line in calibration.table():
        print(
            f"  {line['from']:.1f}-{line['to']:.1f}  n={line['count']:5d}  "
            f"predicted {line['predicted']:.3f}  observed {line['observed']:.3f}",
            file=sys.stderr,
        )


def fitting_parser(description: str, output: Path, what: str) -> argparse.ArgumentParser:
    """The options every script that fits a model on train takes (this one and fit_trust.py)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("gold", help="the TRAIN gold file (../shared/eval/polnear-train.jsonl)")
    ap.add_argument("--output", default=str(output), help=f"where to write the {what}")
    ap.add_argument("--model", default=None)
    ap.add_argument("--check", action="store_true", help="print the figures, write nothing")
    return ap


def provenance(what: str, script: str, gold: str) -> dict[str, Any]:
    """The head of a fitted model's `about` block: what it is, the command, when, at which
    commit and on which gold file it was fitted."""
    return {
        "what": what,
        "made_by": f"python benchmarks/{script} {Path(gold).name}",
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit(),
        "gold": Path(gold).name,
        "gold_sha256": hashlib.sha256(Path(gold).read_bytes()).hexdigest()[:16],
    }


def held_out(gold: str) -> bool:
    """Whether ``gold`` is a dev or test file, which nothing may be fitted on (says so)."""
    if "dev" in Path(gold).name or "test" in Path(gold).name:
        print(f"error: {gold}: fit on train only (dev is for checking)", file=sys.stderr)
        return True
    return False


# Sieves whose rows the gold leaves unmarked: PolNeAR's annotators marked no turn of a
# transcript (docs/accuracy.md), so a turn matching no gold quote says nothing of its speaker.
UNMARKED_SIEVES = frozenset({"transcript"})


def judged_by_the_gold(q: Quote, article: GoldArticle) -> bool:
    """Whether the gold can judge the row: any row but a turn of a transcript that overlaps no
    gold quote, which is left out of the fit (its group takes its mention type's estimate)."""
    if q.sieve not in UNMARKED_SIEVES:
        return True
    return any(g.start < q.end and q.start < g.end for g in article.quotes)


def main() -> int:
    ap = fitting_parser(__doc__.splitlines()[0], ROOT / "models" / TABLE_FILE, "table")
    args = ap.parse_args()
    if held_out(args.gold):
        return 2
    articles = list(read_gold(args.gold))
    nlp = load_pipeline(args.model)
    predict = cached_predictor(nlp, args.gold, articles)
    by_article: list[list[Example]] = []
    failed = 0
    for article, prediction in zip(articles, predict(articles), strict=True):
        failed += bool(prediction.error)
        judged = judged_predictions(list(article.quotes), prediction.rows)
        by_article.append([(features(q), right) for q, right in judged if judged_by_the_gold(q, article)])
    results = {s: cross_validate(by_article, s) for s in STRENGTHS}
    for s, (loss, calibration) in results.items():
        print(f"strength {s:>4}: out-of-fold log loss {loss:.4f}, ECE {calibration.ece:.4f}", file=sys.stderr)
    strength = min(results, key=lambda s: results[s][0])
    print_calibration(f"out of fold, strength {strength}", results[strength][1])
    examples = [e for a in by_article for e in a]
    estimates, counts = fit(examples, strength)
    in_sample = Calibration()
    for values, right in examples:
        in_sample.add(round(chance(estimates, values), 2), right)
    print_calibration("in sample (the table below, on the articles it was fitted on)", in_sample)
    table: dict[str, Any] = {
        "about": {
            **provenance(
                "P(speaker right | mention type, sieve, kind) of a row; quotes/confidence.py reads it",
                "calibrate.py",
                args.gold,
            ),
            "articles": len(articles),
            "failed_articles": failed,
            "predictions": len(examples),
            "right": sum(right for _, right in examples),
            "features": ["mention", "sieve", "kind"],
            "strength": strength,
            "out_of_fold_ece": round(results[strength][1].ece, 4),
            "out_of_fold_log_loss": round(results[strength][0], 4),
        },
        "estimates": {k: round(v, 4) for k, v in sorted(estimates.items())},
        "counts": {k: counts[k] for k in sorted(counts)},
    }
    for key in sorted(counts, key=lambda k: (k.split("|")[0], k)):
        n, right = counts[key]
        print(f"  {key or '(all)':<45} n={n:5d}  right {right / n:.3f}  estimate {estimates[key]:.3f}")
    if args.check:
        return 0
    with atomic_output(Path(args.output)) as fh:
        fh.write(json.dumps(table, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
