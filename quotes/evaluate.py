"""Scoring against gold files, with the matching rules of the shared evaluation data.

Gold file: JSONL, one article per line, ``{"id", "text", "quotes": [{"start", "end", "text",
"speaker", "speaker_start", "speaker_end", "cue", "kind"}]}`` (see docs/accuracy.md).

- A predicted quote matches a gold quote when their spans overlap by at least half of the
  longer one. Matching is one to one: a prediction counts for at most one gold quote and a
  gold quote for at most one prediction (pairs with the right speaker are taken first).
- Its speaker is right when the predicted mention overlaps the gold source span, or when the
  content words of the two names are one a subset of the other (titles and stopwords aside;
  a gold pronoun alone never matches by name).
- Precision: predictions that name a speaker and are right / predictions that name a speaker.
  Recall: gold quotes found with the right speaker / gold quotes. F1 of the two.
- Who the speaker is (``WhoScores``): gold quotes may carry a label (``name``, ``role``,
  ``organization``, ``speaker_type``), in the gold file or in a labels file matched by id and
  offsets (``read_labels``, ``attach_labels``). The prediction matched to a labelled quote must
  name the person (``names_match``) and give the role and organisation (``fields_match``).

The scoring word lists (titles, stopwords) are fixed apart from the extractor's own lists,
so improving the extractor can never move the yardstick.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from quotes.lexicon import lexicon, models_dir
from quotes.read import Document
from quotes.types import Quote

KINDS = ("direct", "partial", "indirect")
# The halves of a labels file: develop on "tune", measure on "check".
SPLITS = ("tune", "check")
# Sieves that reuse a speaker found for another quote rather than finding one beside this one.
CARRY_SIEVES = frozenset({"paragraph-carry", "same-utterance"})
# Characters of article text kept on each side of an error, for reading it in context.
CONTEXT_CHARS = 200


class GoldFormatError(ValueError):
    """A gold file that cannot be read; the message names the file and line."""


# The fields of a who-label (ROLES.md) that are scored.
WHO_FIELDS = ("name", "role", "organization")
# A labels file beside a gold file, found without --labels: ``<gold stem><suffix>``.
LABEL_SUFFIXES = (".who.jsonl", ".labels.jsonl", ".roles.jsonl")


@dataclass(frozen=True)
class WhoLabel:
    """Who the speaker of a gold quote is, labelled by ROLES.md: ``""`` when the article does
    not say (an unnamed person has ``name == ""``)."""

    name: str = ""
    role: str = ""
    organization: str = ""
    speaker_type: str = ""  # person, organization, group, unknown; "" when not given
    split: str = ""  # "tune" or "check" in the repo's labels; "" when not given


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
    label: WhoLabel | None = None


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
        label = who_label(q, where) if any(f in q for f in WHO_FIELDS) else None
        golds.append(
            GoldQuote(
                start, end, quote_text, str(speaker), s_start, s_end, str(q.get("cue", "")), kind, label
            )
        )
    return GoldArticle(str(rec.get("id", default_id)), text, tuple(golds))


def who_label(rec: dict[str, Any], where: str) -> WhoLabel:
    """The who-label in a gold quote or a labels line; a missing field is an empty one."""
    values = {}
    for key in (*WHO_FIELDS, "speaker_type", "split"):
        value = rec.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            raise GoldFormatError(f"{where} {key} must be a string, not {value!r}")
        values[key] = value.strip()
    return WhoLabel(**values)


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
            except RecursionError:
                raise GoldFormatError(f"{name}:{line_no}: nested too deeply to read") from None
            try:
                yield parse_gold_record(rec, str(line_no))
            except GoldFormatError as exc:
                raise GoldFormatError(f"{name}:{line_no}: {exc}") from None
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def read_labels(path: str | Path) -> dict[tuple[str, int, int], WhoLabel]:
    """The who-labels of a labels file, by (article id, quote start, quote end).

    One JSON object a line: ``{"id", "start", "end", "name", "role", "organization", ...}``
    (the format of ``benchmarks/labels/polnear-train.who.jsonl``). Raises GoldFormatError
    naming the first line that is not a label.
    """
    labels: dict[tuple[str, int, int], WhoLabel] = {}
    name = str(path)
    try:
        with open(path, encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{name}:{line_no}:"
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GoldFormatError(f"{where} not JSON ({exc.msg})") from None
                except RecursionError:
                    raise GoldFormatError(f"{where} nested too deeply to read") from None
                if not isinstance(rec, dict) or "id" not in rec:
                    raise GoldFormatError(f'{where} a label must be a JSON object with "id", "start", "end"')
                key = (
                    str(rec["id"]),
                    _int(rec.get("start"), f"{where} start"),
                    _int(rec.get("end"), f"{where} end"),
                )
                if key in labels:
                    raise GoldFormatError(f"{where} a second label for quote {key[1]}:{key[2]} of {key[0]}")
                labels[key] = who_label(rec, where)
    except UnicodeDecodeError as exc:
        raise GoldFormatError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    return labels


def find_labels(gold: str | Path, folders: Iterable[Path] = ()) -> Path | None:
    """A labels file for ``gold``: ``<stem>.who.jsonl`` (or ``.labels.jsonl``, ``.roles.jsonl``)
    beside it, else in one of ``folders``."""
    gold = Path(gold)
    for folder in (gold.parent, *folders):
        for suffix in LABEL_SUFFIXES:
            candidate = folder / f"{gold.stem}{suffix}"
            if candidate.is_file():
                return candidate
    return None


def attach_labels(
    articles: Iterable[GoldArticle],
    labels: dict[tuple[str, int, int], WhoLabel] | None = None,
    split: str | None = None,
) -> tuple[list[GoldArticle], int]:
    """The articles with each gold quote's label from ``labels`` (a label already in the gold
    is kept when ``labels`` has none for it), and the number of labels that matched no gold quote.

    With ``split``, only the labels of that split are kept; the others are dropped.
    """
    labels = dict(labels or {})
    out = []
    for article in articles:
        golds = []
        for g in article.quotes:
            label = labels.pop((article.id, g.start, g.end), None) or g.label
            if label is not None and split is not None and label.split != split:
                label = None
            golds.append(replace(g, label=label) if label is not g.label else g)
        out.append(replace(article, quotes=tuple(golds)))
    unmatched = sum(1 for label in labels.values() if split is None or label.split == split)
    return out, unmatched


def labelled_only(articles: Iterable[GoldArticle]) -> list[GoldArticle]:
    """The articles with at least one labelled gold quote."""
    return [a for a in articles if any(g.label is not None for g in a.quotes)]


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


def names_match(gold: str, predicted: str) -> bool:
    """Whether a predicted speaker names the labelled person: the same content words, or one
    holding the other when the smaller has at least two (*Donald J. Trump* / *Donald Trump*,
    never *Trump* / *Donald Trump*)."""
    gold_words, pred_words = content_words(gold), content_words(predicted)
    if not gold_words or not pred_words:
        return False
    if gold_words == pred_words:
        return True
    smaller, larger = sorted((gold_words, pred_words), key=len)
    return len(smaller) >= 2 and smaller <= larger


def field_words(value: str) -> frozenset[str]:
    """The words of a role or organisation that carry its meaning: lower case, no stopwords or
    possessive 's. Titles stay (a role may be *President*)."""
    out = set()
    for word in re.findall(r"[\w’'.&-]+", value.lower()):
        word = word.strip(".’'-")
        for suffix in ("’s", "'s"):
            if word.endswith(suffix):
                word = word[: -len(suffix)]
        if word and word not in STOP_WORDS:
            out.add(word)
    return frozenset(out)


def fields_match(gold: str, predicted: str) -> bool:
    """Whether a predicted role (or organisation) gives the labelled one: the content words of
    one hold the other's, or their word F1 is at least 0.5."""
    gold_words, pred_words = field_words(gold), field_words(predicted)
    if not gold_words or not pred_words:
        # Nothing but stopwords on one side: only the same words will do.
        return gold.strip().lower() == predicted.strip().lower() != ""
    if gold_words <= pred_words or pred_words <= gold_words:
        return True
    return 2 * len(gold_words & pred_words) / (len(gold_words) + len(pred_words)) >= 0.5


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
class Calibration:
    """How well ``confidence`` predicts a right speaker, over the predictions that name one
    and count for precision (so a calibrated system's mean confidence is its precision).

    Predictions are put in ``bins`` equal-width bins of confidence; the expected calibration
    error (ECE) is the mean, weighted by bin size, of |observed share right - mean confidence|.
    """

    bins: int = 10
    # Per bin: [predictions, sum of their confidences, predictions right].
    counts: list[list[float]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = [[0, 0.0, 0] for _ in range(self.bins)]

    def add(self, confidence: float, right: bool) -> None:
        b = min(self.bins - 1, max(0, int(confidence * self.bins)))
        self.counts[b][0] += 1
        self.counts[b][1] += confidence
        self.counts[b][2] += right

    @property
    def total(self) -> int:
        return int(sum(c[0] for c in self.counts))

    @property
    def ece(self) -> float:
        total = self.total
        return sum(abs(c[2] - c[1]) for c in self.counts) / total if total else 0.0

    def table(self) -> list[dict[str, Any]]:
        """One line per bin holding predictions: its range, count, mean confidence, share right."""
        return [
            {
                "from": round(b / self.bins, 4),
                "to": round((b + 1) / self.bins, 4),
                "count": int(n),
                "predicted": round(conf / n, 4),
                "observed": round(right / n, 4),
            }
            for b, (n, conf, right) in enumerate(self.counts)
            if n
        ]

    def as_dict(self) -> dict[str, Any]:
        return {"predictions": self.total, "ece": round(self.ece, 4), "bins": self.table()}


@dataclass
class FieldScore:
    """One who-field (name, role or organisation) over the labelled gold quotes."""

    labels: int = 0  # labelled quotes with this field non-empty in the gold
    predicted: int = 0  # labelled quotes found by a prediction with this field non-empty
    right: int = 0  # labelled quotes whose prediction gives this field right

    @property
    def accuracy(self) -> float:
        return self.right / self.labels if self.labels else 0.0

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "labels": self.labels,
            "predicted": self.predicted,
            "right": self.right,
            "accuracy": round(self.accuracy, 4),
            "precision": round(self.precision, 4),
        }


@dataclass
class WhoScores:
    """Who the speaker is, over the gold quotes that carry a label.

    Name accuracy counts the labels with a name (an unnamed person, ``name == ""``, is left
    out, as the article gives no name to get right); name precision is over the found labelled
    quotes with a name in the gold whose prediction names a speaker. The unnamed are counted
    apart: how many there were and how many predictions gave them a speaker anyway (often a
    description such as *a spokesman*, which is what the ``speaker`` column holds for them).
    Role and organisation: accuracy = right / labels with the field; precision = right /
    found labelled quotes whose prediction has the field, so a role predicted where the gold
    has none counts as wrong. A labelled quote not found is wrong on every field it has.
    """

    labelled: int = 0
    found: int = 0
    name: FieldScore = field(default_factory=FieldScore)
    role: FieldScore = field(default_factory=FieldScore)
    organization: FieldScore = field(default_factory=FieldScore)
    unnamed: int = 0
    unnamed_with_speaker: int = 0
    # Name accuracy by the label's speaker_type: type -> [labels with a name, right].
    by_type: dict[str, list[int]] = field(default_factory=dict)
    errors: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "labelled": self.labelled,
            "found": self.found,
            "name": self.name.as_dict(),
            "role": self.role.as_dict(),
            "organization": self.organization.as_dict(),
            "unnamed": {"labels": self.unnamed, "predicted_with_speaker": self.unnamed_with_speaker},
            "name_by_type": {
                kind: {"labels": n, "right": right, "accuracy": round(right / n, 4) if n else 0.0}
                for kind, (n, right) in sorted(self.by_type.items())
            },
            "errors": dict(sorted(self.errors.items())),
        }


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
    who: WhoScores = field(default_factory=WhoScores)
    calibration: Calibration = field(default_factory=Calibration)

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
            "calibration": self.calibration.as_dict(),
            # Only with labelled gold: a gold file without labels keeps its old figures.
            **({"who": self.who.as_dict()} if self.who.labelled else {}),
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
    quote of another kind is set aside (neither right nor wrong), and a prediction matched to
    no gold quote counts against precision whatever kind the system gave it
    (``../shared/README.md``: a spurious row is wrong in every kind's table).
    """
    golds = list(article.quotes)
    pairs = match_quotes(golds, predictions)
    pred_of_gold = {gi: pi for pi, gi in pairs.items()}
    scores.articles += 1
    scores.failed_articles += failed
    errors = _score_golds(article, predictions, pred_of_gold, scores, kind)
    errors += _score_predictions(article, predictions, pairs, scores, kind)
    for e in errors:
        scores.errors[f"{e['error']}/{e['category']}"] += 1
    for gi, g in enumerate(golds):
        if g.label is None or (kind is not None and g.kind != kind):
            continue
        pi = pred_of_gold.get(gi)
        who_errors = score_who(article, g, g.label, None if pi is None else predictions[pi], scores.who)
        for e in who_errors:
            scores.who.errors[f"{e['error']}/{e['category']}"] += 1
        errors += who_errors
    return errors


def _score_golds(
    article: GoldArticle,
    predictions: list[Quote],
    pred_of_gold: dict[int, int],
    scores: Scores,
    kind: str | None,
) -> list[dict[str, Any]]:
    """Recall's side: each gold quote found or missed, and its speaker right or wrong."""
    errors: list[dict[str, Any]] = []
    for gi, g in enumerate(article.quotes):
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
    return errors


def _score_predictions(
    article: GoldArticle,
    predictions: list[Quote],
    pairs: dict[int, int],
    scores: Scores,
    kind: str | None,
) -> list[dict[str, Any]]:
    """Precision's side: each prediction counted, by sieve and confidence; the spurious ones."""
    golds = article.quotes
    errors: list[dict[str, Any]] = []
    for pi, p in enumerate(predictions):
        gi_matched = pairs.get(pi)
        if gi_matched is not None and kind is not None and golds[gi_matched].kind != kind:
            continue
        scores.predicted += 1
        if p.speaker:
            scores.predicted_with_speaker += 1
            sieve = p.sieve or "no-sieve"
            scores.sieve_predicted[sieve] += 1
            right = gi_matched is not None and speaker_matches(p, golds[gi_matched])
            scores.calibration.add(p.confidence, right)
            if gi_matched is None:
                errors.append(error_record(article, "spurious", sieve, None, p))
            elif right:
                scores.sieve_right[sieve] += 1
    return errors


def score_who(
    article: GoldArticle, gold: GoldQuote, label: WhoLabel, pred: Quote | None, who: WhoScores
) -> list[dict[str, Any]]:
    """Add one labelled gold quote to ``who``; return a record for each field the prediction
    found for it gets wrong (a quote not found is already a ``missed`` record)."""
    who.labelled += 1
    who.found += pred is not None
    errors = []
    if label.name:
        who.name.labels += 1
        by_type = who.by_type.setdefault(label.speaker_type or "unknown", [0, 0])
        by_type[0] += 1
        if pred is not None and pred.speaker:
            who.name.predicted += 1
        if pred is not None and names_match(label.name, pred.speaker):
            who.name.right += 1
            by_type[1] += 1
        elif pred is not None:
            errors.append(
                error_record(article, "wrong-name", name_error_category(gold, label, pred), gold, pred)
            )
    else:
        who.unnamed += 1
        who.unnamed_with_speaker += pred is not None and bool(pred.speaker)
    for name in ("role", "organization"):
        score: FieldScore = getattr(who, name)
        gold_value = getattr(label, name)
        pred_value = getattr(pred, name) if pred is not None else ""
        score.labels += bool(gold_value)
        score.predicted += bool(pred_value)
        if gold_value and pred_value and fields_match(gold_value, pred_value):
            score.right += 1
        elif pred is not None and (gold_value or pred_value):
            category = "missing" if not pred_value else "extra" if not gold_value else "different"
            if not speaker_matches(pred, gold) and pred.speaker:
                category = "wrong-speaker"
            errors.append(error_record(article, f"wrong-{name}", category, gold, pred))
    return errors


def name_error_category(gold: GoldQuote, label: WhoLabel, pred: Quote) -> str:
    """Why a found quote's speaker name is not the labelled one: for error analysis."""
    if not pred.speaker:
        return "no-speaker"
    if not speaker_matches(pred, gold):
        return "wrong-speaker"  # the attribution is wrong, not only the name
    gold_words, pred_words = content_words(label.name), content_words(pred.speaker)
    if pred_words and pred_words < gold_words:
        return "shorter"  # a part of the name: a surname alone, a first name
    if gold_words and gold_words < pred_words:
        return "longer"
    if pred.mention and is_pronoun(pred.mention):
        return "pronoun"  # the right mention, resolved to someone else
    if not any(word[:1].isupper() for word in pred.speaker.split()[-1:]):
        return "description"  # a description kept as the name (the senator) though the article names them
    return "other"


def judged_predictions(
    golds: list[GoldQuote], predictions: list[Quote], kind: str | None = None
) -> list[tuple[Quote, bool]]:
    """Each prediction that names a speaker and counts for precision, with whether its speaker
    is right by the rules above (one matching no gold quote is wrong): what confidence is
    calibrated against."""
    pairs = match_quotes(golds, predictions)
    judged = []
    for pi, p in enumerate(predictions):
        gi = pairs.get(pi)
        if not p.speaker or (kind is not None and (golds[gi].kind if gi is not None else p.kind) != kind):
            continue
        judged.append((p, gi is not None and speaker_matches(p, golds[gi])))
    return judged


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
        "gold_name": gold.label.name if gold and gold.label else None,
        "gold_role": gold.label.role if gold and gold.label else None,
        "gold_organization": gold.label.organization if gold and gold.label else None,
        "gold_speaker_type": gold.label.speaker_type if gold and gold.label else None,
        "predicted_start": pred.start if pred else None,
        "predicted_end": pred.end if pred else None,
        "predicted_kind": pred.kind if pred else None,
        "predicted_speaker": pred.speaker if pred else None,
        "predicted_mention": text[pred.speaker_start : pred.speaker_end]
        if pred and pred.speaker_start >= 0
        else None,
        "predicted_speaker_start": pred.speaker_start if pred else None,
        "predicted_speaker_end": pred.speaker_end if pred else None,
        "predicted_speaker_id": pred.speaker_id if pred else None,
        "predicted_role": pred.role if pred else None,
        "predicted_organization": pred.organization if pred else None,
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


def quotes_predictor(nlp: Language, indirect: bool = False, jobs: int = 1) -> Predictor:
    """Run ``quotes`` (the batch path of ``quotes extract``) over the articles, in order; with
    ``indirect``, reported speech too; ``jobs`` worker processes (0: one per core)."""
    from quotes.batch import extract_all

    def predict(articles: Iterable[GoldArticle]) -> Iterator[Prediction]:
        docs = (Document(a.id, a.text) for a in articles)
        for result in extract_all(nlp, docs, indirect=indirect, jobs=jobs):
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
