"""Fit the trust model (models/trust.json) on TRAIN: which candidate speaker to name, if any.

    python benchmarks/fit_trust.py ../shared/eval/polnear-train.jsonl           # writes models/trust.json
    python benchmarks/fit_trust.py ../shared/eval/polnear-train.jsonl --check   # the figures only

Runs the sieves over the gold file and gathers every quote's candidates
(``attribution.proposals``: the sieves' choice, the clause's subject, the nearest mentions
before and after, the subject of the sentence before, the paragraph's speaker; parses cached
in .cache/parses, as score_dev.py), resolves each candidate's speaker as the pipeline does,
and judges it by the evaluation rules: right when a gold quote matching its span has that
speaker; a candidate on no gold quote is wrong (a title or a term named as a quote costs
precision). Candidates whose mention names nobody (an unresolved `he`) are left out: they
give no named row either way.

A logistic model over the candidates' evidence (binary features, ``attribution.trust_features``)
is fitted by Newton's method with an L2 penalty. At run time each quote names its likeliest
candidate when that one's chance reaches a threshold (its own for a quote the sieves hid as a
term or title; each fact is weighed once overall and once within the quote's segment, see
``trust.model_features``). The penalty and the thresholds are chosen
together by 5-fold cross-validation over articles, for the best out-of-fold end-to-end F1
(right named rows against every gold quote and every named row). Run it again whenever the
sieves or the features change, then refit the confidence table (benchmarks/calibrate.py).
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
from score_dev import cached_docs  # noqa: E402

from quotes.attribution import Attribution, QuoteIndex, proposals  # noqa: E402
from quotes.entities import resolve_speakers  # noqa: E402
from quotes.evaluate import GoldArticle, read_gold, spans_match, speaker_matches  # noqa: E402
from quotes.pipeline import load_pipeline, text_for_parser  # noqa: E402
from quotes.spans import find_quote_spans  # noqa: E402
from quotes.trust import TRUST_FILE, TrustModel, model_features, segment  # noqa: E402
from quotes.types import Quote  # noqa: E402
from quotes.write import atomic_output  # noqa: E402

PENALTIES = (1.0, 3.0, 10.0, 30.0, 100.0)
THRESHOLDS = tuple(round(0.20 + 0.02 * i, 2) for i in range(26))
FOLDS = 5
# Out-of-fold F1 differences below this (about four quotes of train's 8,264) do not choose a
# weaker penalty over a stronger one.
F1_TOLERANCE = 0.0005

# (evidence, speaker right, the sieves' own choice, the quote it is a candidate for)
Candidate = tuple[tuple[str, ...], bool, bool, int]


def candidates(article: GoldArticle, doc: Any, quote_base: int) -> list[Candidate]:
    """Every candidate of the article with a named speaker, judged against its gold quotes."""
    index = QuoteIndex.of(doc)
    if not index.spans:
        return []
    per_quote = proposals(index)
    flat = [(q, c) for q, cs in enumerate(per_quote) for c in cs if c.mention is not None]
    outside = [index.outside(i) for i in range(len(doc))]
    speakers = resolve_speakers(index.context, [c for _, c in flat], outside)
    out = []
    for (q, c), speaker in zip(flat, speakers, strict=True):
        if speaker is None or not speaker.name:
            continue
        chosen = c is per_quote[q][0]
        out.append((c.evidence, judge(article, c, speaker.name), chosen, quote_base + q))
    return out


def judge(article: GoldArticle, att: Attribution, name: str) -> bool:
    m = att.mention
    assert m is not None
    span = att.span
    row = Quote("", name, "", "", "", "", att.kind, 0.0, span.start, span.end, m.start, m.end, 0, att.sieve)
    return any(
        spans_match(row.start, row.end, g.start, g.end) and speaker_matches(row, g) for g in article.quotes
    )


def fit(x: np.ndarray, y: np.ndarray, penalty: float, iterations: int = 25) -> np.ndarray:
    """Logistic regression by Newton's method; column 0 is the bias (not penalised)."""
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], penalty)
    ridge[0] = 1e-6
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + ridge * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def design_matrix(
    features: list[set[str]], min_count: int
) -> tuple[dict[str, int], list[str], dict[str, int], np.ndarray]:
    """How often each feature is seen, the features kept (seen at least ``min_count`` times),
    their columns, and the 0/1 matrix of the rows over them with a bias column 0."""
    counts: dict[str, int] = {}
    for names_of_row in features:
        for name in names_of_row:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count)
    column = {n: j + 1 for j, n in enumerate(names)}
    x = np.zeros((len(features), len(names) + 1))
    x[:, 0] = 1.0
    for r, names_of_row in enumerate(features):
        for name in names_of_row:
            if name in column:
                x[r, column[name]] = 1.0
    return counts, names, column, x


def f1(kept_right: float, kept: float, gold: int) -> float:
    precision = kept_right / kept if kept else 0.0
    recall = kept_right / gold if gold else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def selected(chance: np.ndarray, group: np.ndarray) -> np.ndarray:
    """For each quote, whether each candidate is its likeliest (the first of equals wins)."""
    best = np.zeros(len(chance), dtype=bool)
    order = np.lexsort((np.arange(len(chance)), -chance, group))
    first = np.ones(len(order), dtype=bool)
    first[1:] = group[order][1:] != group[order][:-1]
    best[order[first]] = True
    return best


def all_candidates(articles: list[GoldArticle], docs: list[Doc]) -> tuple[list[Candidate], np.ndarray]:
    """Every article's candidates, and each one's fold (by article, so that no article is in
    the fold it is judged in)."""
    rows: list[Candidate] = []
    fold_of: list[int] = []
    quotes_seen = 0
    for i, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        found = candidates(article, doc, quotes_seen)
        quotes_seen += len(find_quote_spans(text_for_parser(article.text)))
        rows.extend(found)
        fold_of.extend([i % FOLDS] * len(found))
    return rows, np.array(fold_of)


def out_of_fold(x: np.ndarray, y: np.ndarray, folds: np.ndarray, penalty: float) -> tuple[np.ndarray, float]:
    """Each row's chance from a model fitted on the other folds, and their log loss."""
    chance = np.zeros(len(y))
    for fold in range(FOLDS):
        train = folds != fold
        w = fit(x[train], y[train], penalty)
        chance[~train] = 1.0 / (1.0 + np.exp(-np.clip(x[~train] @ w, -30, 30)))
    loss = -np.mean(y * np.log(np.clip(chance, 1e-6, 1)) + (1 - y) * np.log(np.clip(1 - chance, 1e-6, 1)))
    return chance, float(loss)


def cross_validated(
    x: np.ndarray, y: np.ndarray, group: np.ndarray, hidden: np.ndarray, folds: np.ndarray, gold_total: int
) -> tuple[float, float, float, float]:
    """(out-of-fold F1, penalty, threshold, threshold for hidden terms): the strength and
    thresholds that name the most right speakers out of fold; of strengths within
    ``F1_TOLERANCE`` of the best, the strongest (the smoother model), since differences that
    small are a few quotes of noise and a weaker penalty lets rare features swing."""
    results: list[tuple[float, float, float, float]] = []
    for penalty in PENALTIES:
        chance, loss = out_of_fold(x, y, folds, penalty)
        top = selected(chance, group)
        scores = []
        for t in THRESHOLDS:
            for t_hidden in THRESHOLDS:
                kept = top & (chance >= np.where(hidden, t_hidden, t))
                n_kept, n_right = int(kept.sum()), float(y[kept].sum())
                scores.append((f1(n_right, n_kept, gold_total), t, t_hidden, n_kept, n_right))
        score, t, t_hidden, n_kept, n_right = max(scores)
        print(f"penalty {penalty:>5}: out-of-fold log loss {loss:.4f}, best F1 {score:.4f} at threshold {t} "
              f"(hidden terms {t_hidden}; {n_kept} named, {n_right:.0f} right)", file=sys.stderr)
        results.append((score, penalty, t, t_hidden))
    top_score = max(r[0] for r in results)
    return max((r for r in results if r[0] >= top_score - F1_TOLERANCE), key=lambda r: r[1])


def main() -> int:
    ap = fitting_parser(__doc__.splitlines()[0], ROOT / "models" / TRUST_FILE, "model")
    ap.add_argument("--min-count", type=int, default=5, help="features seen fewer times are left out")
    args = ap.parse_args()
    if held_out(args.gold):
        return 2
    articles = list(read_gold(args.gold))
    nlp = load_pipeline(args.model)
    docs = cached_docs(nlp, args.gold, articles)
    gold_total = sum(len(a.quotes) for a in articles)
    rows, folds = all_candidates(articles, docs)
    features = [model_features(evidence) for evidence, *_ in rows]
    counts, names, column, x = design_matrix(features, args.min_count)
    y = np.array([right for _, right, _, _ in rows], dtype=float)
    chosen = np.array([c for _, _, c, _ in rows])
    group = np.array([q for _, _, _, q in rows])
    hidden = np.array([segment(evidence) == "hidden" for evidence, *_ in rows])
    # What the sieves alone name: their own choice, where they made one.
    sieves = chosen & np.array(["sieves_chose_it" in e for e, *_ in rows])
    sieve_right, sieve_all = float(y[sieves].sum()), int(sieves.sum())
    reachable = len({q for (_, right, _, q) in rows if right})
    print(
        f"{len(rows)} candidates with a named speaker for {len(set(group.tolist()))} quotes "
        f"({reachable} quotes have a right one), {len(names)} features",
        file=sys.stderr,
    )
    sieves_f1 = f1(sieve_right, sieve_all, gold_total)
    print(f"the sieves alone: {sieve_all} named, {sieve_right:.0f} right, F1 {sieves_f1:.4f}",
          file=sys.stderr)
    score, penalty, threshold, hidden_threshold = cross_validated(x, y, group, hidden, folds, gold_total)
    w = fit(x, y, penalty)
    weights = {n: float(w[column[n]]) for n in names if abs(w[column[n]]) >= 1e-4}
    model = TrustModel(
        float(w[0]),
        weights,
        threshold,
        {
            **provenance(
                "P(a candidate speaker is right | its evidence), logistic; quotes/trust.py reads it",
                "fit_trust.py",
                args.gold,
            ),
            "articles": len(articles),
            "candidates": len(rows),
            "right": int(y.sum()),
            "quotes": len(set(group.tolist())),
            "features": len(names),
            "penalty": penalty,
            "threshold": threshold,
            "hidden_threshold": hidden_threshold,
            "out_of_fold_f1": round(score, 4),
            "sieves_alone_f1": round(sieves_f1, 4),
        },
        hidden_threshold,
    )
    print(f"chosen: penalty {penalty}, threshold {threshold} (hidden terms {hidden_threshold}), "
          f"out-of-fold F1 {score:.4f}", file=sys.stderr)
    for n, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:40]:
        print(f"  {v:+.3f}  {n}  (n={counts[n]})")
    if args.check:
        return 0
    with atomic_output(Path(args.output)) as fh:
        fh.write(json.dumps(model.to_dict(), ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
