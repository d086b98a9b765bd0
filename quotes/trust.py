"""Whether to name the speaker an attribution proposes: a small logistic model fitted on train.

The sieves of ``quotes/attribution.py`` propose a mention for a quote, and a fallback proposes
the subject of the clause around a quote they left without one (often a term the article
borrows from someone: `She rails against its “wall of protectionism”`). Not every proposal
is worth a row: naming a speaker only helps when it is right more often than not by a margin
(for F1, more than about 45% of the time). Each proposal carries its ``evidence``, the names of
the generic features it has (sieve, mention type, quote length and shape, where the mention
stands, …: see ``attribution.trust_features``); this model weighs them and the proposal is
kept when the chance it is right reaches the fitted threshold.

The weights are in ``models/trust.json``, with a header saying when, at which commit and on how
many proposals they were fitted; ``benchmarks/fit_trust.py`` fits them on polnear-train (the
L2 strength and the threshold chosen by cross-validation over articles).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path
from typing import Any

from quotes.lexicon import models_dir

TRUST_FILE = "trust.json"

# What the sieves made of the quote a candidate is for, which the model weighs apart: a quote
# they hid as a term or title (`hidden`), a partial quote (`partial`), any other (`direct`).
SEGMENTS = ("direct", "partial", "hidden")
HIDDEN_EVIDENCE = "sieves_found_none|kind=scare"


def segment(evidence: tuple[str, ...]) -> str:
    """The segment of a candidate, read from its evidence (see ``SEGMENTS``)."""
    if HIDDEN_EVIDENCE in evidence:
        return "hidden"
    return "partial" if "kind=partial" in evidence else "direct"


def model_features(evidence: tuple[str, ...]) -> set[str]:
    """The features the model weighs: each piece of evidence once as it is, and once more
    within the candidate's segment (`hidden:title_case`), so that what a fact says about a
    hidden term can differ from what it says about a sentence someone spoke."""
    plain = set(evidence)
    where = segment(evidence)
    return plain | {f"{where}:{name}" for name in plain}


@dataclass(frozen=True)
class TrustModel:
    """A logistic model over named binary features."""

    bias: float
    weights: dict[str, float]
    threshold: float
    about: dict[str, Any]
    # A quote the sieves hid as a term or title is named only at this chance (a borrowed phrase
    # is worth a row at a different odds than a sentence with a speaker beside it).
    hidden_threshold: float | None = None

    def chance(self, evidence: tuple[str, ...]) -> float:
        """The modelled chance that a proposal with this evidence names the right speaker."""
        # (map, not a generator: this runs for every proposal, and sums the same weights in the
        # same order.)
        z = self.bias + sum(map(self.weights.get, model_features(evidence), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def threshold_for(self, evidence: tuple[str, ...]) -> float:
        """The chance a proposal with this evidence must reach to name its speaker."""
        if self.hidden_threshold is not None and segment(evidence) == "hidden":
            return self.hidden_threshold
        return self.threshold

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrustModel:
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        hidden = data.get("hidden_threshold")
        return cls(
            float(data["bias"]),
            weights,
            float(data["threshold"]),
            dict(data.get("about", {})),
            None if hidden is None else float(hidden),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "about": self.about,
            "bias": round(self.bias, 4),
            "threshold": round(self.threshold, 4),
        }
        if self.hidden_threshold is not None:
            out["hidden_threshold"] = round(self.hidden_threshold, 4)
        out["weights"] = {k: round(v, 4) for k, v in sorted(self.weights.items())}
        return out


@lru_cache(maxsize=1)
def trust_model(path: Path | None = None) -> TrustModel:
    """The fitted model (``models/trust.json``), read once."""
    path = path or models_dir() / TRUST_FILE
    return TrustModel.from_dict(json.loads(path.read_text(encoding="utf-8")))


def trusted(evidence: tuple[str, ...]) -> bool:
    """Whether a proposal with this evidence is likely enough to be right to name its speaker."""
    model = trust_model()
    return model.chance(evidence) >= model.threshold_for(evidence)
