"""Scoring against gold files, with the matching rules of the shared evaluation data.

Gold file: JSONL, one article per line, ``{"id", "text", "quotes": [{"start", "end", "text",
"speaker", "speaker_start", "speaker_end", "cue", "kind"}]}`` (see the README, "Accuracy").

- A predicted quote matches a gold quote when their spans overlap by at least half of the
  longer one. Matching is one to one: a prediction counts for at most one gold quote and a
  gold quote for at most one prediction (pairs with the right speaker are taken first).
- Its speaker is right when the predicted mention overlaps the gold source span, or when the
  content words of the two names are one a subset of the other (titles and stopwords aside;
  a gold pronoun alone never matches by name).
- Precision: predictions that name a speaker and are right / predictions that name a speaker.
  Recall: gold quotes found with the right speaker / gold quotes. F1 of the two.

The scoring word lists (titles, stopwords) are fixed apart from the extractor's own lists,
so improving the extractor can never move the yardstick.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from quotes.lexicon import lexicon, models_dir
from quotes.read import Document
from quotes.types import Quote

KINDS = ("direct", "partial")
# Sieves that reuse a speaker found for another quote rather than finding one beside this one.
CARRY_SIEVES = frozenset({"paragraph-carry", "same-utterance"})
# Characters of article text kept on each side of an error, for reading it in context.
CONTEXT_CHARS = 200


class GoldFormatError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


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


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise GoldFormatError(f"{what} must be an integer, not {value!r}")
    return value


def parse_gold_record(rec: Any, default_id: str) -> GoldArticle:
    """One gold article from its decoded JSON; GoldFormatError says what is wrong."""
    if not isinstance(rec, dict):
        raise GoldFormatError("a gold record must be a JSON object")
    text = rec.get("text")
    if not isinstance(text, str):
        raise GoldFormatError('missing "text" (the article as a string)')
    raw_quotes = rec.get("quotes", [])
    if not isinstance(raw_quotes, list):
        raise GoldFormatError('"quotes" must be a list')
    golds = []
    for n, q in enumerate(raw_quotes, 1):
        where = f"quote {n}"
        if not isinstance(q, dict):
            raise GoldFormatError(f"{where} is not a JSON object")
        if "start" not in q or "end" not in q:
            raise GoldFormatError(f'{where} has no "start"/"end"')
        start, end = _int(q["start"], f"{where} start"), _int(q["end"], f"{where} end")
        if not 0 <= start < end <= len(text):
            raise GoldFormatError(f"{where} span {start}:{end} is not inside the text ({len(text)} chars)")
        quote_text = q.get("text", text[start:end])
        if quote_text != text[start:end]:
            raise GoldFormatError(f'{where} "text" is not text[{start}:{end}]')
        s_start = _int(q.get("speaker_start", -1), f"{where} speaker_start")
        s_end = _int(q.get("speaker_end", -1), f"{where} speaker_end")
        if (s_start, s_end) != (-1, -1) and not 0 <= s_start < s_end <= len(text):
            raise GoldFormatError(f"{where} speaker span {s_start}:{s_end} is not inside the text")
        speaker = q.get("speaker", text[s_start:s_end] if s_start >= 0 else "")
        kind = q.get("kind", "direct")
        if kind not in KINDS:
            raise GoldFormatError(f"{where} kind {kind!r} is not one of {', '.join(KINDS)}")
        golds.append(
            GoldQuote(start, end, quote_text, str(speaker), s_start, s_end, str(q.get("cue", "")), kind)
        )
    return GoldArticle(str(rec.get("id", default_id)), text, tuple(golds))


def read_gold(source: str | Path | IO[str]) -> Iterator[GoldArticle]:
    """The articles of a gold JSONL file (a path, or an open text stream such as stdin).

    Raises GoldFormatError naming the line of the first record that is not a gold article.
    """
    if isinstance(source, (str, Path)):
        name = str(source)
        with open(source, encoding="utf-8") as fh:
            yield from _read_gold_lines(fh, name)
    else:
        yield from _read_gold_lines(source, getattr(source, "name", "<stream>"))


def _read_gold_lines(fh: IO[str], name: str) -> Iterator[GoldArticle]:
    try:
        for line_no, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldFormatError(f"{name}:{line_no}: not JSON ({exc.msg})") from None
            try:
                yield parse_gold_record(rec, str(line_no))
            except GoldFormatError as exc:
                raise GoldFormatError(f"{name}:{line_no}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


# --- matching rules ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def scoring_titles() -> frozenset[str]:
    """Titles left out of names when comparing them (``models/scoring_titles.txt``)."""
    words = set()
    for line in (models_dir() / "scoring_titles.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.lower().rstrip("."))
    return frozenset(words)


def content_words(name: str) -> frozenset[str]:
    """The words of a speaker name that identify it: no titles, stopwords or possessive 's."""
    titles = scoring_titles()
    out = set()
    for word in re.findall(r"[\w’'.-]+", name.lower()):
        word = word.strip(".’'-")
        for suffix in ("’s", "'s"):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
        if word and word not in STOP_WORDS and word not in titles:
            out.add(word)
    return frozenset(out)


def is_pronoun(name: str) -> bool:
    """A mention made only of pronouns (``he``, ``She``, ``we``): it names nobody by itself."""
    words = re.findall(r"[\w’']+", name.lower())
    return bool(words) and all(w in _PRONOUNS for w in words)


_PRONOUNS = frozenset(
    "i me my myself we us our ourselves you your he him his himself she her herself "
    "they them their themselves it its itself who whom one".split()
)


def spans_match(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """The two spans overlap by at least half of the longer one."""
    overlap = min(a_end, b_end) - max(a_start, b_start)
    longer = max(a_end - a_start, b_end - b_start)
    return longer > 0 and overlap > 0 and overlap * 2 >= longer


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start >= 0 and b_start >= 0 and min(a_end, b_end) > max(a_start, b_start)


def speaker_matches(pred: Quote, gold: GoldQuote) -> bool:
    """Whether ``pred`` names the speaker of ``gold``, by mention offsets or by name."""
    if not pred.speaker:
        return False
    if _overlaps(pred.speaker_start, pred.speaker_end, gold.speaker_start, gold.speaker_end):
        return True
    if is_pronoun(gold.speaker):
        return False
    gold_words = content_words(gold.speaker)
    pred_words = content_words(pred.speaker)
    # An empty set is a subset of every set: a name with no content words matches nothing.
    if not gold_words or not pred_words:
        return False
    return pred_words <= gold_words or gold_words <= pred_words


def match_quotes(golds: list[GoldQuote], preds: list[Quote]) -> dict[int, int]:
    """A one-to-one matching ``{prediction index: gold index}`` of spans that match.

    The most pairs with the right speaker first, then the most pairs of the rest, so a
    prediction that spans two gold quotes counts once and a gold quote predicted twice is
    found once (the second prediction counts against precision).
    """
    edges: dict[int, list[int]] = {}
    right: dict[int, list[int]] = {}
    for pi, p in enumerate(preds):
        hits = [gi for gi, g in enumerate(golds) if spans_match(p.start, p.end, g.start, g.end)]
        # Closest spans first, so ties go to the pair that overlaps most.
        hits.sort(key=lambda gi: -_overlap(p, golds[gi]))
        edges[pi] = hits
        right[pi] = [gi for gi in hits if speaker_matches(p, golds[gi])]
    matched = _max_matching(right, set())
    # The rest pair up among themselves, never re-seating a pair with the right speaker.
    taken = set(matched.values())
    rest = {pi: [gi for gi in hits if gi not in taken] for pi, hits in edges.items() if pi not in matched}
    matched.update(_max_matching(rest, taken))
    return matched


def _max_matching(graph: dict[int, list[int]], taken: set[int]) -> dict[int, int]:
    """A maximum one-to-one matching ``{prediction: gold}`` in a bipartite graph (Kuhn)."""
    gold_to_pred: dict[int, int] = {}
    for pi in graph:
        _augment(pi, graph, gold_to_pred, set(taken))
    return {pi: gi for gi, pi in gold_to_pred.items()}


def _overlap(p: Quote, g: GoldQuote) -> int:
    return min(p.end, g.end) - max(p.start, g.start)


def _augment(pi: int, graph: dict[int, list[int]], gold_to_pred: dict[int, int], seen: set[int]) -> bool:
    """Kuhn's augmenting path: give prediction ``pi`` a gold quote, re-seating others if need be."""
    for gi in graph[pi]:
        if gi in seen:
            continue
        seen.add(gi)
        if gi not in gold_to_pred or _augment(gold_to_pred[gi], graph, gold_to_pred, seen):
            gold_to_pred[gi] = pi
            return True
    return False


# --- scores -----------------------------------------------------------------------------------


@dataclass
class Scores:
    articles: int = 0
    failed_articles: int = 0  # articles the system could not process: all their quotes are missed
    gold: int = 0
    predicted: int = 0
    predicted_with_speaker: int = 0
    found: int = 0  # gold quotes matched by a prediction
    found_right_speaker: int = 0  # gold quotes matched by a prediction with the right speaker
    errors: Counter[str] = field(default_factory=Counter)  # "error/category" -> count
    # Per attribution sieve: predictions with a speaker, and how many of them were right.
    sieve_predicted: Counter[str] = field(default_factory=Counter)
    sieve_right: Counter[str] = field(default_factory=Counter)

    @property
    def detection_recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.found_right_speaker / self.found if self.found else 0.0

    @property
    def right_predictions(self) -> int:
        # One to one: each right prediction is exactly one gold quote found with its speaker.
        return self.found_right_speaker

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
            "failed_articles": self.failed_articles,
            "gold": self.gold,
            "predicted": self.predicted,
            "predicted_with_speaker": self.predicted_with_speaker,
            "found": self.found,
            "found_right_speaker": self.found_right_speaker,
            "detection_recall": round(self.detection_recall, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "errors": dict(sorted(self.errors.items())),
            "sieves": {
                sieve: {
                    "predicted": n,
                    "right": self.sieve_right[sieve],
                    "precision": round(self.sieve_right[sieve] / n, 4),
                }
                for sieve, n in sorted(self.sieve_predicted.items(), key=lambda item: -item[1])
            },
        }


def score_article(
    article: GoldArticle,
    predictions: list[Quote],
    scores: Scores,
    kind: str | None = None,
    failed: bool = False,
) -> list[dict[str, Any]]:
    """Add one article to ``scores``; return its errors, one dict each (see ``error_record``).

    With ``kind``, only gold quotes of that kind are scored: a prediction matched to a gold
    quote of the other kind is set aside (neither right nor wrong), and a prediction matched
    to no gold quote counts against precision when the system gave it that kind.
    """
    golds = list(article.quotes)
    pairs = match_quotes(golds, predictions)
    pred_of_gold = {gi: pi for pi, gi in pairs.items()}
    scores.articles += 1
    scores.failed_articles += failed
    errors: list[dict[str, Any]] = []
    for gi, g in enumerate(golds):
        if kind is not None and g.kind != kind:
            continue
        scores.gold += 1
        pi = pred_of_gold.get(gi)
        if pi is None:
            near = [p for p in predictions if min(p.end, g.end) > max(p.start, g.start) and p.kind != "scare"]
            category = "wrong-span" if near else "no-span"
            errors.append(error_record(article, "missed", category, g, near[0] if near else None))
            continue
        p = predictions[pi]
        scores.found += 1
        if speaker_matches(p, g):
            scores.found_right_speaker += 1
        elif not p.speaker:
            # Which kind of quote the sieves left unattributed: a direct one, or a partial one
            # with no cue around it.
            errors.append(error_record(article, "no-speaker", p.kind or "unknown", g, p))
        else:
            errors.append(error_record(article, "wrong-speaker", wrong_speaker_category(article, g, p), g, p))
    for pi, p in enumerate(predictions):
        gi_matched = pairs.get(pi)
        if gi_matched is not None:
            if kind is not None and golds[gi_matched].kind != kind:
                continue
        elif kind is not None and p.kind != kind:
            continue
        scores.predicted += 1
        if p.speaker:
            scores.predicted_with_speaker += 1
            sieve = p.sieve or "no-sieve"
            scores.sieve_predicted[sieve] += 1
            if gi_matched is None:
                errors.append(error_record(article, "spurious", sieve, None, p))
            elif speaker_matches(p, golds[gi_matched]):
                scores.sieve_right[sieve] += 1
    for e in errors:
        scores.errors[f"{e['error']}/{e['category']}"] += 1
    return errors


def wrong_speaker_category(article: GoldArticle, gold: GoldQuote, pred: Quote) -> str:
    """Why a found quote got the wrong speaker, as best the record tells: for error analysis."""
    text = article.text
    mention = text[pred.speaker_start : pred.speaker_end] if pred.speaker_start >= 0 else ""
    if pred.sieve in CARRY_SIEVES:
        return "carried"
    if mention and is_pronoun(mention):
        return "pronoun"
    if is_pronoun(gold.speaker):
        return "gold-pronoun"
    org_nouns = lexicon().organization_nouns
    if (pred.organization and pred.organization == pred.speaker) or (content_words(gold.speaker) & org_nouns):
        return "organisation"
    if not any(w[:1].isupper() for w in gold.speaker.split()):
        return "description"
    return "name"


def error_record(
    article: GoldArticle, error: str, category: str, gold: GoldQuote | None, pred: Quote | None
) -> dict[str, Any]:
    """One line of ``--errors``: what went wrong, the text around it, gold and prediction."""
    text = article.text
    points = []
    if gold is not None:
        points += [gold.start, gold.end] + (
            [gold.speaker_start, gold.speaker_end] if gold.speaker_start >= 0 else []
        )
    if pred is not None:
        points += [pred.start, pred.end] + (
            [pred.speaker_start, pred.speaker_end] if pred.speaker_start >= 0 else []
        )
    anchor = gold if gold is not None else pred
    assert anchor is not None
    lo = max(0, min(points) - CONTEXT_CHARS)
    hi = min(len(text), max(points) + CONTEXT_CHARS)
    # A speaker carried from paragraphs away would drag in the whole article: keep it bounded.
    lo = max(lo, anchor.start - 4 * CONTEXT_CHARS)
    hi = min(hi, anchor.end + 4 * CONTEXT_CHARS)
    return {
        "article": article.id,
        "error": error,
        "category": category,
        "quote": text[anchor.start : anchor.end],
        "start": anchor.start,
        "end": anchor.end,
        "gold_kind": gold.kind if gold else None,
        "gold_speaker": gold.speaker if gold else None,
        "gold_speaker_start": gold.speaker_start if gold else None,
        "gold_speaker_end": gold.speaker_end if gold else None,
        "gold_cue": gold.cue if gold else None,
        "predicted_start": pred.start if pred else None,
        "predicted_end": pred.end if pred else None,
        "predicted_kind": pred.kind if pred else None,
        "predicted_speaker": pred.speaker if pred else None,
        "predicted_mention": text[pred.speaker_start : pred.speaker_end]
        if pred and pred.speaker_start >= 0
        else None,
        "predicted_speaker_start": pred.speaker_start if pred else None,
        "predicted_speaker_end": pred.speaker_end if pred else None,
        "predicted_cue": pred.cue if pred else None,
        "sieve": pred.sieve if pred else None,
        "context_start": lo,
        "context": text[lo:hi],
    }


# --- running a system over a gold file --------------------------------------------------------


@dataclass(frozen=True)
class Prediction:
    """A system's rows for one article, or the reason it produced none."""

    rows: list[Quote]
    error: str = ""


Predictor = Callable[[Iterable[GoldArticle]], Iterable[Prediction]]


def quotes_predictor(nlp: Language) -> Predictor:
    """Run ``quotes`` (the same driver as ``quotes extract``) over the articles, in order."""
    from quotes.pipeline import extract_documents

    def predict(articles: Iterable[GoldArticle]) -> Iterator[Prediction]:
        docs = (Document(a.id, a.text) for a in articles)
        for result in extract_documents(nlp, docs):
            yield Prediction(result.rows, result.error)

    return predict


def evaluate(
    articles: Iterable[GoldArticle],
    predict: Predictor,
    kind: str | None = None,
    on_errors: Callable[[list[dict[str, Any]]], None] | None = None,
    on_article: Callable[[], None] | None = None,
) -> Scores:
    """Score a system on gold articles.

    ``predict`` takes the articles and yields one Prediction per article, in order.
    ``on_errors`` receives each article's error records; ``on_article`` is called after each
    article (for a progress bar).
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    scores = Scores()
    articles = list(articles)
    for article, prediction in zip(articles, predict(articles), strict=True):
        errors = score_article(article, prediction.rows, scores, kind, failed=bool(prediction.error))
        if on_errors is not None and errors:
            on_errors(errors)
        if on_article is not None:
            on_article()
    return scores
