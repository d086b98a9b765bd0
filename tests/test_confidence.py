"""Calibrated confidence: the row's group, the fitted table and its fallbacks, and how
`quotes evaluate` measures calibration."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from quotes.confidence import ConfidenceTable, confidence_table, features, group_keys, mention_type
from quotes.evaluate import Calibration, GoldArticle, GoldQuote, Scores, judged_predictions, score_article
from quotes.types import Quote

ROOT = Path(__file__).resolve().parent.parent


def row(
    speaker: str = "Ana Ruiz",
    mention: str = "",
    organization: str = "",
    sieve: str = "trailing-cue",
    kind: str = "direct",
    start: int = 0,
    end: int = 10,
    confidence: float = 0.9,
) -> Quote:
    return Quote(
        "t",
        speaker,
        "",
        organization,
        "x",
        "said",
        kind,
        confidence,
        start,
        end,
        50,
        58,
        0,
        sieve,
        mention=mention or speaker,
    )


def test_mention_type_comes_from_what_the_row_carries() -> None:
    assert mention_type(row(mention="she")) == "pronoun"
    assert mention_type(row(mention="who")) == "pronoun"
    assert mention_type(row("Port Authority", organization="Port Authority", mention="the authority")) == (
        "organisation"
    )
    assert mention_type(row(mention="Ms Ruiz")) == "name"
    assert mention_type(row(mention="Sen. Ruiz")) == "name"
    assert mention_type(row("a council spokesman")) == "description"
    assert features(row(mention="he", sieve="paragraph-carry", kind="partial")) == (
        "pronoun",
        "paragraph-carry",
        "partial",
    )
    assert group_keys(("name", "trailing-cue", "direct")) == [
        "name|trailing-cue|direct",
        "name|trailing-cue",
        "name",
        "",
    ]


def test_a_row_gets_its_finest_known_group_and_an_unknown_sieve_its_mention_type() -> None:
    table = ConfidenceTable(
        {"": 0.8, "name": 0.9, "name|trailing-cue": 0.95, "name|trailing-cue|direct": 0.97, "pronoun": 0.7},
        {},
    )
    assert table.chance(row()) == 0.97
    assert table.chance(row(kind="partial")) == 0.95  # no partial cell: the sieve's estimate
    assert table.chance(row(sieve="a-sieve-added-later")) == 0.9
    assert table.chance(row("a spokesman")) == 0.8  # no description group at all: every row's
    assert table.chance(row("", mention="")) == 0.0  # no speaker, no confidence


def test_the_shipped_table_says_how_it_was_made_and_holds_chances() -> None:
    table = confidence_table()
    for key in ("made_by", "date", "commit", "gold", "articles", "predictions", "right", "strength"):
        assert key in table.about, key
    assert "train" in table.about["gold"]
    assert {"", "name", "pronoun", "description", "organisation"} <= set(table.estimates)
    assert all(0.0 < p < 1.0 for p in table.estimates.values())
    # Shrunk toward the parent: a named subject beside the quote is trusted more than a speaker
    # carried from an earlier paragraph.
    assert table.estimates["name|trailing-cue"] > table.estimates["name|paragraph-carry"]


def test_pipeline_rows_carry_the_tables_chance(extract_rows) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The harbour master, Ines Carvalho, spoke first.\n\n"
        "“The channel is safe again,” Ines Carvalho said.\n\n"
        "The port was quiet. “Nobody expected this,” she said.\n\n"
        "Locals called it a “miracle” on the docks.\n"
    )
    rows = extract_rows(text, include_all=True)
    assert rows
    for q in rows:
        expected = round(confidence_table().chance(q), 2) if q.speaker else 0.0
        assert q.confidence == expected


def test_calibration_bins_and_expected_calibration_error() -> None:
    c = Calibration()
    for _ in range(8):
        c.add(0.95, True)
    c.add(0.95, False)
    c.add(0.95, False)  # bin 0.9-1.0: predicted 0.95, observed 0.8
    c.add(0.55, True)
    c.add(0.55, False)  # bin 0.5-0.6: predicted 0.55, observed 0.5
    c.add(1.0, True)  # 1.0 falls in the top bin
    assert [(b["from"], b["count"]) for b in c.table()] == [(0.5, 2), (0.9, 11)]
    top = c.table()[1]
    assert top["observed"] == pytest.approx(9 / 11, abs=1e-4)
    # |9 - (10 * 0.95 + 1.0)| + |1 - 2 * 0.55| over 13 predictions.
    assert c.ece == pytest.approx((abs(9 - 10.5) + abs(1 - 1.1)) / 13)
    assert Calibration().ece == 0.0 and Calibration().table() == []


def test_evaluation_calibrates_against_precision_spurious_rows_included() -> None:
    golds = (GoldQuote(0, 10, "", "Ana Ruiz", 50, 58, "said", "direct"),)
    preds = [
        row(confidence=0.9),  # right
        row("Bo Lee", start=20, end=30, confidence=0.7),  # matches no gold quote: wrong
        row("", mention="", start=40, end=50, confidence=0.0),  # no speaker: not judged
    ]
    scores = Scores()
    score_article(GoldArticle("a", "x" * 100, golds), preds, scores)
    calibration = scores.as_dict()["calibration"]
    assert calibration["predictions"] == scores.predicted_with_speaker == 2
    assert [(b["from"], b["observed"]) for b in calibration["bins"]] == [(0.7, 0.0), (0.9, 1.0)]
    assert [right for _, right in judged_predictions(list(golds), preds)] == [True, False]
    assert judged_predictions(list(golds), preds, kind="partial") == []


def _calibrate_module():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("bench_calibrate", ROOT / "benchmarks" / "calibrate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fitting_shrinks_small_groups_toward_their_parent() -> None:
    calibrate = _calibrate_module()
    examples = [(("name", "trailing-cue", "direct"), True)] * 90 + [
        (("name", "trailing-cue", "direct"), False)
    ] * 10
    examples += [(("name", "paragraph-carry", "direct"), False)] * 2
    estimates, counts = calibrate.fit(examples, strength=5)
    assert counts["name|paragraph-carry"] == [2, 0]
    parent = estimates["name"]
    # Two wrong rows pull the group from its parent, not to zero: (0 + 5 * parent) / (2 + 5).
    assert estimates["name|paragraph-carry"] == pytest.approx(5 * parent / 7)
    assert estimates["name|trailing-cue|direct"] == pytest.approx(
        (90 + 5 * estimates["name|trailing-cue"]) / 105
    )
    assert estimates[""] == pytest.approx(91 / 104)  # Laplace: (90 + 1) / (102 + 2)
    fitted = ConfidenceTable(estimates, {})
    assert fitted.chance(replace(row(), sieve="paragraph-carry")) == estimates["name|paragraph-carry|direct"]


def test_a_transcript_turn_the_gold_leaves_unmarked_is_left_out_of_the_fit() -> None:
    # PolNeAR's annotators marked no turn of a transcript: a turn overlapping no gold quote says
    # nothing of its speaker, so it is neither right nor wrong to the fit; one on a gold quote is.
    calibrate = _calibrate_module()
    article = GoldArticle("a", "x" * 100, (GoldQuote(0, 10, "", "Ana Ruiz", 50, 58, "said", "direct"),))
    assert not calibrate.judged_by_the_gold(row(sieve="transcript", start=20, end=30), article)
    assert calibrate.judged_by_the_gold(row(sieve="transcript"), article)
    assert calibrate.judged_by_the_gold(row(start=20, end=30), article)


def test_the_shipped_table_gives_a_transcript_turn_its_mention_types_chance() -> None:
    table = confidence_table()
    assert not any("transcript" in key for key in table.estimates)
    assert table.chance(row(mention="TOM HALE", sieve="transcript")) == table.estimates["name"]
