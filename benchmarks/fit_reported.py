"""Fit the reported-speech model (models/reported.json) on TRAIN: which candidates are rows.

    python benchmarks/fit_reported.py ../shared/eval/polnear-train-with-indirect.jsonl          # writes it
    python benchmarks/fit_reported.py ../shared/eval/polnear-train-with-indirect.jsonl --check  # figures only

``quotes/indirect.py`` proposes a candidate for every verb of saying (and `according to`)
whose content it can cut out; not every one is reported speech a reader would count (`asked
for copies`, a rhetorical `say`), and its bounds are not always the utterance's. Each
candidate carries its ``evidence`` (``indirect.evidence``: the cue's form and place in the
parse, where the content stands, its length, the kind of mention). The candidates of every
article are resolved to speakers as the pipeline resolves them, and judged by the evaluation
rules against the gold quotes of kind ``indirect``: right when one matches its span and
its speaker. A logistic model (the trust model's, ``quotes/trust.py``) is fitted on them,
its L2 strength and threshold chosen by 5-fold cross-validation over articles for the best
out-of-fold F1. A row's confidence is the model's chance for it, so it is measured on train
like every other row's (``quotes evaluate --indirect`` prints its calibration).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from calibrate import fitting_parser, held_out, provenance  # noqa: E402
from fit_trust import FOLDS, design_matrix, f1, fit, out_of_fold  # noqa: E402
from score_dev import cached_docs  # noqa: E402

from quotes.attribution import QuoteIndex, attribute  # noqa: E402
from quotes.entities import resolve_speakers  # noqa: E402
from quotes.evaluate import GoldArticle, read_gold, spans_match, speaker_matches  # noqa: E402
from quotes.indirect import REPORTED_FILE, in_text_order, reported_attributions  # noqa: E402
from quotes.pipeline import load_pipeline  # noqa: E402
from quotes.trust import TrustModel, model_features  # noqa: E402
from quotes.types import Quote  # noqa: E402
from quotes.write import atomic_output  # noqa: E402

PENALTIES = (1.0, 3.0, 10.0, 30.0)
THRESHOLDS = tuple(round(0.20 + 0.02 * i, 2) for i in range(31))


# The kinds of the quotes' rows written with reported speech (``--indirect`` without ``--all``).
QUOTE_ROW_KINDS = frozenset({"direct", "partial"})


def judged(article: GoldArticle, doc: Any) -> tuple[list[tuple[tuple[str, ...], bool]], int]:
    """Every candidate of the article that names somebody, with whether it is right; and how
    many of the quotes' rows name somebody but match no gold quote (the score counts them
    against reported speech's precision too: a spurious row is wrong in every kind's table)."""
    index = QuoteIndex.of(doc)
    reported = reported_attributions(index, len(index.spans), model=None)
    merged = in_text_order(attribute(index), reported)
    outside = [index.outside(i) for i in range(len(doc))]
    golds = [g for g in article.quotes if g.kind == "indirect"]
    out = []
    spurious = 0
    for att, speaker in zip(merged, resolve_speakers(index.context, merged, outside), strict=True):
        if speaker is None or not speaker.name or att.mention is None:
            continue
        if att.kind != "indirect":
            start, end = att.span.start, att.span.end
            if att.kind in QUOTE_ROW_KINDS and not any(
                spans_match(start, end, g.start, g.end) for g in article.quotes
            ):
                spurious += 1
            continue
        row = Quote(
            "",
            speaker.name,
            "",
            "",
            "",
            att.cue,
            "indirect",
            0.0,
            att.span.start,
            att.span.end,
            att.mention.start,
            att.mention.end,
            0,
            att.sieve,
        )
        right = any(
            spans_match(row.start, row.end, g.start, g.end) and speaker_matches(row, g) for g in golds
        )
        out.append((att.evidence, right))
    return out, spurious


def with_neighbours(values: list[float]) -> list[float]:
    """Each value averaged with the one before and the one after it (where there are)."""
    return [float(np.mean(values[max(i - 1, 0) : i + 2])) for i in range(len(values))]


def cross_validated(
    x: np.ndarray, y: np.ndarray, folds: np.ndarray, gold_total: int, other_spurious: int = 0
) -> tuple[float, float, float]:
    """(out-of-fold F1, penalty, threshold): the strength and threshold that keep the most
    right rows out of fold. The F1 is the score's: ``other_spurious`` rows of other kinds
    that match no gold count against its precision whatever the threshold."""
    best: tuple[float, float, float] = (-1.0, 0.0, 0.0)
    best_smooth = -1.0
    for penalty in PENALTIES:
        chance, loss = out_of_fold(x, y, folds, penalty)
        scores = []
        for t in THRESHOLDS:
            kept = chance >= t
            n_right = float(y[kept].sum())
            score = f1(n_right, int(kept.sum()) + other_spurious, gold_total)
            scores.append((score, t, int(kept.sum()), n_right))
        # The F1 curve is flat and ragged near its top: the threshold whose neighbours score
        # best too (the middle of the plateau, not its edge) holds better on other articles.
        smooth = with_neighbours([s[0] for s in scores])
        at = max(range(len(scores)), key=lambda i: (smooth[i], scores[i][0]))
        score, t, n_kept, n_right = scores[at]
        print(
            f"penalty {penalty:>5}: out-of-fold log loss {loss:.4f}, F1 {score:.4f} "
            f"(around it {smooth[at]:.4f}) at threshold {t} ({n_kept} kept, {n_right:.0f} right)",
            file=sys.stderr,
        )
        if smooth[at] > best_smooth:
            best, best_smooth = (score, penalty, t), smooth[at]
    return best


def candidates_judged(
    articles: list[GoldArticle], docs: list[Doc]
) -> tuple[list[tuple[tuple[str, ...], bool]], np.ndarray, int]:
    """Every article's candidates with whether each is right, each one's fold (by article,
    so that no article is in the fold it is judged in), and the quotes' spurious rows."""
    rows: list[tuple[tuple[str, ...], bool]] = []
    fold_of: list[int] = []
    other_spurious = 0
    for i, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        found, spurious = judged(article, doc)
        rows.extend(found)
        fold_of.extend([i % FOLDS] * len(found))
        other_spurious += spurious
    return rows, np.array(fold_of), other_spurious


def main() -> int:
    ap = fitting_parser(__doc__.splitlines()[0], ROOT / "models" / REPORTED_FILE, "model")
    ap.add_argument("--min-count", type=int, default=5, help="features seen fewer times are left out")
    args = ap.parse_args()
    if held_out(args.gold):
        return 2
    articles = list(read_gold(args.gold))
    gold_total = sum(1 for a in articles for g in a.quotes if g.kind == "indirect")
    if not gold_total:
        print(f"error: {args.gold} holds no gold quote of kind indirect", file=sys.stderr)
        return 2
    rows, folds, other_spurious = candidates_judged(
        articles, cached_docs(load_pipeline(args.model), args.gold, articles)
    )
    features = [model_features(evidence) for evidence, _ in rows]
    counts, names, column, x = design_matrix(features, args.min_count)
    y = np.array([right for _, right in rows], dtype=float)
    every = f1(float(y.sum()), len(rows) + other_spurious, gold_total)
    print(
        f"{len(rows)} candidates, {int(y.sum())} right, {gold_total} gold indirect quotes, "
        f"{other_spurious} spurious quote rows, {len(names)} features; "
        f"keeping every candidate: F1 {every:.4f}",
        file=sys.stderr,
    )
    score, penalty, threshold = cross_validated(x, y, folds, gold_total, other_spurious)
    w = fit(x, y, penalty)
    weights = {n: float(w[column[n]]) for n in names if abs(w[column[n]]) >= 1e-4}
    about = provenance(
        "P(a reported-speech candidate is a row with the right speaker | its evidence), "
        "logistic; quotes/indirect.py reads it",
        "fit_reported.py",
        args.gold,
    )
    model = TrustModel(
        float(w[0]),
        weights,
        threshold,
        {
            **about,
            "articles": len(articles),
            "candidates": len(rows),
            "right": int(y.sum()),
            "gold_indirect": gold_total,
            "spurious_quote_rows": other_spurious,
            "features": len(names),
            "penalty": penalty,
            "threshold": threshold,
            "out_of_fold_f1": round(score, 4),
            "every_candidate_f1": round(every, 4),
        },
    )
    print(f"chosen: penalty {penalty}, threshold {threshold}, out-of-fold F1 {score:.4f}", file=sys.stderr)
    for n, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:30]:
        print(f"  {v:+.3f}  {n}  (n={counts[n]})")
    if args.check:
        return 0
    with atomic_output(Path(args.output)) as fh:
        fh.write(json.dumps(model.to_dict(), ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
