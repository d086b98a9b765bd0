"""A floor on news from other countries: the 186 articles of benchmarks/world (written and
labelled blind, see its README) are scored as `quotes evaluate` scores them, so a change that
loses quotes, speakers or the who columns abroad fails CI, not only one that loses them on the
2016 US news the rules were first tuned on. Unlike PolNeAR, this gold is the project's own and
ships with it: the test never skips."""

from __future__ import annotations

from pathlib import Path

import pytest

WORLD = Path(__file__).resolve().parent.parent / "benchmarks" / "world"
# Measured 2026-12-03 at 3593d0f over the seven rounds' 2,136 labelled quotes: F1 0.9558 (P 0.9599,
# R 0.9518), name 0.8851, role 0.8195, organisation 0.5918 (docs/accuracy.md, "News from other
# countries"; round 1's check half and rounds 3, 4 and 7 are held out: the floor guards them, no
# rule is tuned on them).
# The floors leave 0.02 for legitimate trade-offs: a change below one must show it wins
# elsewhere and move the floor in the same commit.
MEASURED = {"f1": 0.9558, "name": 0.8851, "role": 0.8195, "organization": 0.5918}
FLOORS = {key: value - 0.02 for key, value in MEASURED.items()}


@pytest.mark.slow
def test_every_round_of_world_news_stays_above_the_floor(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotes import evaluate as scoring

    articles = []
    for stem in ("world", "world2", "world3", "world4", "world5", "world6", "world7"):
        gold = WORLD / f"{stem}.jsonl"
        labelled, unmatched = scoring.attach_labels(
            scoring.read_gold(gold), scoring.read_labels(WORLD / f"{stem}.who.jsonl")
        )
        assert unmatched == 0
        articles += labelled
    assert len(articles) == 186
    scores = scoring.evaluate(articles, scoring.quotes_predictor(nlp)).as_dict()
    who = scores["who"]
    assert scores["failed_articles"] == 0 and who["labelled"] == 2136
    fields = ("name", "role", "organization")
    got = {"f1": scores["f1"], **{field: who[field]["accuracy"] for field in fields}}
    assert all(got[key] >= FLOORS[key] for key in FLOORS), (got, FLOORS)
