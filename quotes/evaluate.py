"""Scoring against gold files, with the matching rules of the shared evaluation data.

Gold file: JSONL, one article per line, ``{"id", "text", "quotes": [{"start", "end", "text",
"speaker", "speaker_start", "speaker_end", "cue", "kind"}]}``.

- A predicted quote matches a gold quote when their spans overlap by at least half of the
  longer one.
- Its speaker is right when the predicted mention overlaps the gold source span, or when the
  content words of the two names are one a subset of the other (titles and stopwords aside;
  a gold pronoun alone never matches by name).
- Precision: predictions that name a speaker and are right / predictions that name a speaker.
  Recall: gold quotes found with the right speaker / gold quotes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quotes.lexicon import lexicon
from quotes.types import Quote

_STOPWORDS = frozenset(
    "a an the of for and in on at to by with from his her their its our my your this that s 's ’s".split()
)
_PRONOUNS = frozenset("i me my we us our you he him his she her they them their it its who this that".split())


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    text: str
    speaker: str
    speaker_start: int
    speaker_end: int
    cue: str
    kind: str


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]


def read_gold(path: str | Path) -> Iterator[GoldArticle]:
    """The articles of a gold JSONL file."""
    with open(path, encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                golds = tuple(
                    GoldQuote(
                        int(q["start"]),
                        int(q["end"]),
                        q.get("text", ""),
                        q.get("speaker", ""),
                        int(q.get("speaker_start", -1)),
                        int(q.get("speaker_end", -1)),
                        q.get("cue", ""),
                        q.get("kind", "direct"),
                    )
                    for q in rec.get("quotes", [])
                )
                yield GoldArticle(str(rec.get("id", line_no)), rec["text"], golds)
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}:{line_no}: not a gold record ({exc})") from exc


def content_words(name: str) -> frozenset[str]:
    titles = lexicon().titles
    words = re.findall(r"[\w’'.-]+", name.lower())
    out = set()
    for w in words:
        w = w.strip(".’'-")
        for suffix in ("’s", "'s"):
            if w.endswith(suffix):
                w = w[: -len(suffix)]
        if not w or w in _STOPWORDS or w in titles or f"{w}." in titles:
            continue
        out.add(w)
    return frozenset(out)


def spans_match(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    overlap = min(a_end, b_end) - max(a_start, b_start)
    longer = max(a_end - a_start, b_end - b_start)
    return longer > 0 and overlap * 2 >= longer


def speaker_matches(pred: Quote, gold: GoldQuote) -> bool:
    if not pred.speaker:
        return False
    if pred.speaker_start >= 0 and gold.speaker_start >= 0:
        if min(pred.speaker_end, gold.speaker_end) > max(pred.speaker_start, gold.speaker_start):
            return True
    gold_words = content_words(gold.speaker)
    if not gold_words or gold_words <= _PRONOUNS:
        return False
    pred_words = content_words(pred.speaker)
    if not pred_words:
        return False
    return pred_words <= gold_words or gold_words <= pred_words


@dataclass
class Scores:
    articles: int = 0
    gold: int = 0
    predicted: int = 0
    predicted_with_speaker: int = 0
    found: int = 0  # gold quotes matched by some prediction
    found_right_speaker: int = 0  # gold quotes matched by a prediction with the right speaker
    right_predictions: int = 0  # predictions with a speaker that match gold with that speaker

    @property
    def detection_recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.found_right_speaker / self.found if self.found else 0.0

    @property
    def precision(self) -> float:
        return self.right_predictions / self.predicted_with_speaker if self.predicted_with_speaker else 0.0

    @property
    def recall(self) -> float:
        return self.found_right_speaker / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "predicted_with_speaker": self.predicted_with_speaker,
            "detection_recall": round(self.detection_recall, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def score_article(
    article: GoldArticle, predictions: list[Quote], scores: Scores, kind: str | None = None
) -> list[dict[str, Any]]:
    """Add one article to ``scores``; return its errors (misses and wrong speakers)."""
    text = article.text
    golds = [g for g in article.quotes if kind is None or g.kind == kind]
    others = [g for g in article.quotes if kind is not None and g.kind != kind]
    # Scoring one kind: a prediction for a gold quote of the other kind is neither right nor
    # wrong, so it is left out.
    preds = [p for p in predictions if not any(spans_match(p.start, p.end, g.start, g.end) for g in others)]
    scores.articles += 1
    scores.gold += len(golds)
    errors: list[dict[str, Any]] = []
    matched_gold: dict[int, list[Quote]] = {}
    for gi, g in enumerate(golds):
        matched_gold[gi] = [p for p in preds if spans_match(p.start, p.end, g.start, g.end)]
    for gi, g in enumerate(golds):
        hits = matched_gold[gi]
        if hits:
            scores.found += 1
            if any(speaker_matches(p, g) for p in hits):
                scores.found_right_speaker += 1
            else:
                p = hits[0]
                errors.append(
                    _error("no-speaker" if not p.speaker else "wrong-speaker", text, g, p, article.id)
                )
        else:
            errors.append(_error("missed", text, g, None, article.id))
    for p in preds:
        scores.predicted += 1
        if not p.speaker:
            continue
        gold_hits = [g for g in golds if spans_match(p.start, p.end, g.start, g.end)]
        scores.predicted_with_speaker += 1
        if any(speaker_matches(p, g) for g in gold_hits):
            scores.right_predictions += 1
        elif not gold_hits:
            errors.append(_error("spurious", text, None, p, article.id))
    return errors


def _error(
    category: str, text: str, gold: GoldQuote | None, pred: Quote | None, article_id: str
) -> dict[str, Any]:
    anchor = gold.start if gold is not None else pred.start if pred is not None else 0
    end = gold.end if gold is not None else pred.end if pred is not None else 0
    return {
        "article": article_id,
        "error": category,
        "context": text[max(0, anchor - 300) : min(len(text), end + 200)],
        "quote": text[anchor:end],
        "start": anchor,
        "end": end,
        "gold_speaker": gold.speaker if gold else None,
        "gold_speaker_span": [gold.speaker_start, gold.speaker_end] if gold else None,
        "gold_kind": gold.kind if gold else None,
        "predicted_speaker": pred.speaker if pred else None,
        "predicted_speaker_span": [pred.speaker_start, pred.speaker_end] if pred else None,
        "predicted_kind": pred.kind if pred else None,
        "sieve": pred.sieve if pred else None,
        "cue": pred.cue if pred else None,
    }


def evaluate(
    articles: Iterable[GoldArticle],
    predict: Callable[[Iterable[str]], Iterable[list[Quote]]],
    kind: str | None = None,
    on_errors: Callable[[list[dict[str, Any]]], None] | None = None,
    on_article: Callable[[], None] | None = None,
) -> Scores:
    """Score ``predict`` (texts → rows per text, in order) on gold articles."""
    scores = Scores()
    articles = list(articles)
    for article, preds in zip(articles, predict(a.text for a in articles), strict=True):
        errors = score_article(article, list(preds), scores, kind)
        if on_errors is not None and errors:
            on_errors(errors)
        if on_article is not None:
            on_article()
    return scores
