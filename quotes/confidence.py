"""Calibrated confidence: a row's ``confidence`` is the measured chance that its speaker is right.

The chances come from ``models/confidence.json``, fitted on polnear-train by
``benchmarks/calibrate.py`` (run it again whenever attribution changes). A row is described by
features it already carries, so a refactor of the sieves cannot silently change what a cell
of the table means:

- ``mention``: what the attribution rests on: ``pronoun`` (*he*, *they*, *who*),
  ``organisation`` (the speaker is a body: its name is its organisation), ``name`` (a proper
  name: *Ms Trudeau*, *Sen. Warren*), ``description`` (*a spokesman*, *the company*);
- ``sieve``: the attribution rule that found the speaker (``Quote.sieve``);
- ``kind``: ``direct`` or ``partial``.

The table holds an estimate for every group seen in training, each shrunk toward the group
one level coarser (mention, then mention and sieve, then all three), so a small group says
little more than its parent. A row is given the estimate of the finest group it belongs to
that the table knows: a sieve added after the fit gets its mention type's estimate. A row
without a speaker has confidence 0.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from quotes.letters import capitalised
from quotes.lexicon import lexicon, models_dir
from quotes.types import Quote

TABLE_FILE = "confidence.json"
# Words that stand for someone named elsewhere, besides the personal pronouns of pronouns.txt.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "you", "us", "me", "them"})
_WORD = re.compile(r"[\w’'.-]+")
# Digits kept in a row's confidence: finer would promise a precision the counts do not have.
DIGITS = 2


def mention_type(q: Quote) -> str:
    """``pronoun``, ``organisation``, ``name`` or ``description``: what the row's speaker rests on."""
    words = _WORD.findall(q.mention or q.speaker)
    pronouns = lexicon().pronouns
    if words and all(w.lower() in pronouns or w.lower() in RELATIVE_PRONOUNS for w in words):
        return "pronoun"
    if q.organization and q.speaker == q.organization:
        return "organisation"
    if words and capitalised(words[-1]):
        return "name"
    return "description"


def features(q: Quote) -> tuple[str, str, str]:
    """The row's group, coarsest feature first: (mention type, sieve, kind)."""
    return (mention_type(q), q.sieve or "none", q.kind)


def group_keys(feature_values: tuple[str, ...]) -> list[str]:
    """The keys of a row's groups in the table, finest first, ending with ``""`` (all rows)."""
    return ["|".join(feature_values[:n]) for n in range(len(feature_values), -1, -1)]


@dataclass(frozen=True)
class ConfidenceTable:
    """P(speaker right) by group; see the module's docstring."""

    estimates: dict[str, float]
    about: dict[str, Any]

    def chance(self, q: Quote) -> float:
        if not q.speaker:
            return 0.0
        for key in group_keys(features(q)):
            if key in self.estimates:
                return self.estimates[key]
        return 0.0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ConfidenceTable:
        estimates = {str(k): float(v) for k, v in data["estimates"].items()}
        return cls(estimates, dict(data.get("about", {})))


@lru_cache(maxsize=1)
def confidence_table(path: Path | None = None) -> ConfidenceTable:
    """The fitted table (``models/confidence.json``), read once."""
    path = path or models_dir() / TABLE_FILE
    return ConfidenceTable.from_dict(json.loads(path.read_text(encoding="utf-8")))


def calibrated_confidence(q: Quote) -> float:
    """The chance that ``q``'s speaker is right, as measured on train; 0 without a speaker."""
    return round(confidence_table().chance(q), DIGITS)
