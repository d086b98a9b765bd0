"""Scoring against gold files: the shared matching rules, error records, and `quotes evaluate`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.evaluate import (
    GoldArticle,
    GoldFormatError,
    GoldQuote,
    Prediction,
    Scores,
    WhoLabel,
    attach_labels,
    content_words,
    evaluate,
    fields_match,
    find_labels,
    labelled_only,
    match_quotes,
    names_match,
    read_gold,
    read_labels,
    score_article,
    spans_match,
    speaker_matches,
)
from quotes.types import Quote

from .conftest import SHARED


def pred(
    start: int,
    end: int,
    speaker: str = "",
    speaker_start: int = -1,
    speaker_end: int = -1,
    *,
    sieve: str = "trailing-cue",
    kind: str = "direct",
    role: str = "",
    organization: str = "",
    mention: str = "",
) -> Quote:
    return Quote(
        source="t",
        speaker=speaker,
        role=role,
        organization=organization,
        quote="",
        cue="said" if speaker else "",
        kind=kind,
        confidence=0.9 if speaker else 0.0,
        start=start,
        end=end,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        utterance=0,
        sieve=sieve if speaker else "",
        mention=mention or speaker,
    )


def gold(
    start: int,
    end: int,
    speaker: str,
    speaker_start: int = -1,
    speaker_end: int = -1,
    kind: str = "direct",
    label: WhoLabel | None = None,
) -> GoldQuote:
    return GoldQuote(start, end, "", speaker, speaker_start, speaker_end, "said", kind, label)


def article(*golds: GoldQuote, text: str = "x" * 400) -> GoldArticle:
    return GoldArticle("a1", text, golds)


# --- span matching --------------------------------------------------------------------------


def test_spans_match_when_the_overlap_is_at_least_half_of_the_longer() -> None:
    assert spans_match(0, 10, 0, 5)  # 5 of 10
    assert spans_match(0, 10, 5, 15)  # 5 of 10, shifted
    assert not spans_match(0, 10, 0, 4)  # 4 of 10
    assert not spans_match(0, 10, 6, 30)  # 4 of 24
    assert not spans_match(0, 10, 10, 20)  # touching is not overlapping


def test_one_prediction_over_two_gold_quotes_counts_for_one_of_them() -> None:
    golds = [gold(0, 10, "Ana Ruiz"), gold(10, 20, "Ana Ruiz")]
    scores = Scores()
    score_article(article(*golds), [pred(0, 20, "Ana Ruiz")], scores)
    assert scores.found == 1 and scores.found_right_speaker == 1
    assert scores.recall == 0.5 and scores.precision == 1.0


def test_a_gold_quote_predicted_twice_is_found_once_and_the_extra_row_is_wrong() -> None:
    scores = Scores()
    errors = score_article(
        article(gold(0, 10, "Ana Ruiz")), [pred(0, 10, "Ana Ruiz"), pred(1, 10, "Ana Ruiz")], scores
    )
    assert scores.found == 1 and scores.predicted_with_speaker == 2
    assert scores.precision == 0.5 and scores.recall == 1.0
    assert [e["error"] for e in errors] == ["spurious"]


def test_matching_prefers_pairs_with_the_right_speaker() -> None:
    # Each prediction overlaps both gold quotes enough; each is paired with the one whose
    # speaker it names, rather than by order or overlap alone.
    golds = [gold(0, 10, "Ana Ruiz"), gold(4, 14, "Bo Lee")]
    preds = [pred(2, 12, "Bo Lee"), pred(0, 10, "Ana Ruiz")]
    assert match_quotes(golds, preds) == {1: 0, 0: 1}


# --- speaker matching -----------------------------------------------------------------------


def test_speaker_is_right_when_the_mentions_overlap_whatever_the_names() -> None:
    g = gold(0, 10, "the spokesman", 100, 113)
    assert speaker_matches(pred(0, 10, "John Kirby", 104, 113), g)
    assert not speaker_matches(pred(0, 10, "John Kirby", 113, 123), g)


def test_speaker_is_right_when_content_words_are_a_subset_either_way() -> None:
    g = gold(0, 10, "Sen. Elizabeth Warren", 200, 221)
    assert speaker_matches(pred(0, 10, "Warren", 5, 11), g)
    assert speaker_matches(pred(0, 10, "Elizabeth Warren", 5, 21), g)
    assert speaker_matches(pred(0, 10, "Senator Elizabeth Ann Warren", 5, 21), gold(0, 10, "Warren"))
    assert not speaker_matches(pred(0, 10, "Elizabeth Smith", 5, 21), g)


def test_titles_stopwords_and_possessives_are_not_content_words() -> None:
    assert content_words("Mr. Obama") == {"obama"}
    assert content_words("the President of the United States") == {"united", "states"}
    assert content_words("Trump’s campaign") == {"trump", "campaign"}
    # A title alone leaves nothing to compare: it matches nobody by name.
    assert not speaker_matches(pred(0, 10, "the Senator", 5, 15), gold(0, 10, "Sen. Warren"))


def test_a_gold_pronoun_never_matches_by_name_only_by_offsets() -> None:
    g = gold(0, 10, "he", 50, 52)
    assert not speaker_matches(pred(0, 10, "he", 80, 82), g)
    assert not speaker_matches(pred(0, 10, "Donald Trump", 80, 92), g)
    assert speaker_matches(pred(0, 10, "Donald Trump", 50, 52), g)


def test_a_prediction_without_a_speaker_is_never_right() -> None:
    assert not speaker_matches(pred(0, 10, "", -1, -1), gold(0, 10, "Ana Ruiz", 50, 58))


# --- scores and the kind filter ---------------------------------------------------------------


def test_end_to_end_precision_recall_f1_and_detection() -> None:
    a = article(gold(0, 10, "Ana Ruiz", 300, 308), gold(20, 30, "Bo Lee", 310, 316), gold(40, 50, "Cy Diaz"))
    preds = [
        pred(0, 10, "Ana Ruiz", 300, 308),  # right
        pred(20, 30, "Ana Ruiz", 300, 308),  # found, wrong speaker
        pred(60, 70, "Ana Ruiz", 300, 308),  # spurious
        pred(80, 90),  # no speaker, no gold: not in precision
    ]
    scores = Scores()
    score_article(a, preds, scores)
    assert (scores.gold, scores.predicted, scores.predicted_with_speaker) == (3, 4, 3)
    assert scores.detection_recall == pytest.approx(2 / 3)
    assert scores.speaker_accuracy == pytest.approx(1 / 2)
    assert scores.precision == pytest.approx(1 / 3)
    assert scores.recall == pytest.approx(1 / 3)
    assert scores.f1 == pytest.approx(1 / 3)
    assert scores.as_dict()["sieves"] == {"trailing-cue": {"predicted": 3, "right": 1, "precision": 0.3333}}


def test_kind_filter_scores_one_kind_and_sets_the_other_kind_aside() -> None:
    a = article(gold(0, 10, "Ana Ruiz", kind="direct"), gold(20, 30, "Bo Lee", kind="partial"))
    preds = [
        pred(0, 10, "Ana Ruiz"),
        pred(20, 30, "Ana Ruiz", kind="partial"),  # wrong, but on a partial gold quote
        pred(60, 70, "Cy Diaz", kind="partial"),  # spurious, whatever kind it was given
    ]
    direct = Scores()
    score_article(a, preds, direct, kind="direct")
    # The spurious partial row is wrong in the direct table too; the row on the partial gold
    # quote is set aside.
    assert (direct.gold, direct.predicted_with_speaker, direct.precision, direct.recall) == (1, 2, 0.5, 1.0)
    partial = Scores()
    score_article(a, preds, partial, kind="partial")
    assert (partial.gold, partial.found, partial.predicted_with_speaker) == (1, 1, 2)
    assert partial.precision == 0.0 and partial.recall == 0.0


def test_error_records_name_what_went_wrong_and_which_sieve() -> None:
    text = "He spoke. " * 40
    a = article(
        gold(0, 10, "Ana Ruiz", 100, 108),  # wrong speaker via a pronoun
        gold(20, 30, "Bo Lee", 120, 126),  # carried from another paragraph
        gold(40, 50, "Cy Diaz"),  # found, no speaker
        gold(60, 70, "Di Fox"),  # predicted span too different
        gold(80, 90, "Ed Gray"),  # nothing predicted
        text=text,
    )
    preds = [
        pred(0, 10, "Zed Zane", 200, 202, sieve="trailing-cue"),
        pred(20, 30, "Zed Zane", 210, 218, sieve="paragraph-carry"),
        pred(40, 50),
        pred(60, 63, "Di Fox", 300, 306),
    ]
    errors = score_article(a, preds, Scores())
    by_quote = {(e["start"], e["error"]): e for e in errors}
    assert text[200:202] == "He"
    assert by_quote[(0, "wrong-speaker")]["category"] == "pronoun"
    assert by_quote[(0, "wrong-speaker")]["sieve"] == "trailing-cue"
    assert by_quote[(20, "wrong-speaker")]["category"] == "carried"
    assert by_quote[(40, "no-speaker")]["gold_speaker"] == "Cy Diaz"
    assert by_quote[(40, "no-speaker")]["category"] == "direct"
    assert by_quote[(60, "missed")]["category"] == "wrong-span"
    assert by_quote[(80, "missed")]["category"] == "no-span"
    assert by_quote[(60, "spurious")]["predicted_speaker"] == "Di Fox"
    for e in errors:
        assert e["quote"] == text[e["start"] : e["end"]]
        lo = e["context_start"]
        assert text[lo : lo + len(e["context"])] == e["context"]


# --- gold files -----------------------------------------------------------------------------

SENTENCE = "“We will rebuild the bridge by spring,” said Ana Ruiz on Tuesday."


def gold_record(text: str, quote: str, speaker: str, kind: str = "direct") -> dict[str, object]:
    start = text.index(quote)
    s_start = text.index(speaker)
    return {
        "id": "r1",
        "text": text,
        "quotes": [
            {
                "start": start,
                "end": start + len(quote),
                "text": quote,
                "speaker": speaker,
                "speaker_start": s_start,
                "speaker_end": s_start + len(speaker),
                "cue": "said",
                "kind": kind,
            }
        ],
    }


def test_read_gold_reads_records_and_names_the_bad_line() -> None:
    good = json.dumps(gold_record(SENTENCE, "We will rebuild the bridge by spring,", "Ana Ruiz"))
    articles = list(read_gold(io.StringIO(good + "\n\n")))
    assert len(articles) == 1 and articles[0].quotes[0].speaker == "Ana Ruiz"
    bad_offsets = json.loads(good)
    bad_offsets["quotes"][0]["end"] += 1
    for bad, message in [
        ("{not json", "not JSON"),
        (json.dumps({"quotes": []}), 'missing "text"'),
        (json.dumps(bad_offsets), "is not text"),
        (json.dumps({"text": "ab", "quotes": [{"start": 0, "end": 9}]}), "not inside the text"),
    ]:
        with pytest.raises(GoldFormatError, match=rf":2: .*{message}"):
            list(read_gold(io.StringIO(good + "\n" + bad + "\n")))


def test_evaluate_runs_a_predictor_and_counts_failed_articles() -> None:
    a = article(gold(0, 10, "Ana Ruiz"))
    b = article(gold(0, 10, "Bo Lee"))

    def predict(articles):  # type: ignore[no-untyped-def]
        for n, _ in enumerate(articles):
            yield Prediction([pred(0, 10, "Ana Ruiz")]) if n == 0 else Prediction([], "boom")

    seen: list[dict[str, object]] = []
    scores = evaluate([a, b], predict, on_errors=seen.extend)
    assert (scores.articles, scores.failed_articles, scores.gold, scores.found_right_speaker) == (2, 1, 2, 1)
    assert [e["error"] for e in seen] == ["missed"]


# --- the command line -----------------------------------------------------------------------


def write_gold(path: Path) -> Path:
    text = SENTENCE + "\n\n“Nobody asked us,” a neighbour said, “and nobody will.”\n"
    record = gold_record(text, "We will rebuild the bridge by spring,", "Ana Ruiz")
    # A second gold quote whose annotated source the extractor cannot get right ("Mo Said"
    # is nowhere near it), so there is a wrong speaker to report.
    start = text.index("Nobody asked us,")
    record["quotes"].append(  # type: ignore[union-attr]
        {
            "start": start,
            "end": start + len("Nobody asked us,"),
            "text": "Nobody asked us,",
            "speaker": "Mo Said",
            "speaker_start": -1,
            "speaker_end": -1,
            "cue": "said",
            "kind": "direct",
        }
    )
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_cli_prints_json_scores_and_writes_the_errors_file(tmp_path: Path) -> None:
    gold_file = write_gold(tmp_path / "gold.jsonl")
    errors_file = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        app, ["evaluate", str(gold_file), "--format", "json", "--errors", str(errors_file)]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["gold"] == 2 and scores["articles"] == 1
    assert scores["found_right_speaker"] >= 1  # Ana Ruiz, named right beside her quote
    records = [json.loads(line) for line in errors_file.read_text(encoding="utf-8").splitlines()]
    wrong = [r for r in records if r["gold_speaker"] == "Mo Said"]
    assert len(wrong) == 1 and wrong[0]["error"] in ("wrong-speaker", "no-speaker", "missed")
    assert scores["gold"] - scores["found_right_speaker"] == sum(
        1 for r in records if r["error"] != "spurious"
    )


def test_cli_kind_filter_and_table_format(tmp_path: Path) -> None:
    gold_file = write_gold(tmp_path / "gold.jsonl")
    result = CliRunner().invoke(app, ["evaluate", str(gold_file), "--kind", "partial", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["gold"] == 0
    table = CliRunner().invoke(app, ["evaluate", str(gold_file), "-f", "table"])
    assert table.exit_code == 0 and "detection recall" in table.stdout


def test_cli_bad_gold_file_is_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "hi", "quotes": [{"start": 0, "end": 40}]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", str(bad)])
    assert result.exit_code == 1
    assert "bad.jsonl:1:" in result.stderr and result.stdout == ""
    missing = CliRunner().invoke(app, ["evaluate", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    usage = CliRunner().invoke(app, ["evaluate", str(bad), "--kind", "reported"])
    assert usage.exit_code == 2
    same = CliRunner().invoke(app, ["evaluate", str(bad), "--errors", str(bad)])
    assert same.exit_code == 2 and bad.read_text(encoding="utf-8").startswith('{"text"')
    to_stdout = CliRunner().invoke(app, ["evaluate", str(bad), "--errors", "-"])
    assert to_stdout.exit_code == 2 and "stdout" in to_stdout.stderr


@pytest.mark.skipif(not (SHARED / "eval" / "polnear-dev.jsonl").is_file(), reason="shared eval data not here")
def test_smoke_on_two_dev_articles(nlp) -> None:  # type: ignore[no-untyped-def]
    from itertools import islice

    from quotes.evaluate import quotes_predictor

    articles = list(islice(read_gold(SHARED / "eval" / "polnear-dev.jsonl"), 2))
    scores = evaluate(articles, quotes_predictor(nlp))
    assert scores.gold == sum(len(a.quotes) for a in articles) > 0
    assert 0 < scores.found <= scores.gold
    # Two ordinary news articles: most of their quotes come out with the right speaker.
    assert scores.recall > 0.5 and scores.precision > 0.5


def test_the_documented_gold_example_is_a_valid_gold_record() -> None:
    accuracy_page = (Path(__file__).resolve().parent.parent / "docs" / "accuracy.md").read_text("utf-8")
    examples = [b for b in accuracy_page.split("```json\n")[1:]]
    assert examples, "docs/accuracy.md shows a gold record in a ```json block"
    line = examples[0].split("```")[0].strip()
    (record,) = list(read_gold(io.StringIO(line + "\n")))
    q = record.quotes[0]
    assert record.text[q.speaker_start : q.speaker_end] == q.speaker


@pytest.mark.slow  # (importing textacy costs more than the rest of the test)
def test_textacy_triples_map_to_the_words_inside_the_marks(nlp) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("textacy")
    import importlib.util
    import sys

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "accuracy.py"
    spec = importlib.util.spec_from_file_location("bench_accuracy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_accuracy"] = module
    spec.loader.exec_module(module)
    text = "The mayor spoke on Monday. “We will rebuild the old bridge by spring,” said Ana Ruiz."
    with nlp.select_pipes(disable=["quotes"]):
        doc = nlp(text)
    rows = module.textacy_rows(doc)
    assert len(rows) == 1
    (row,) = rows
    assert text[row.start : row.end] == "We will rebuild the old bridge by spring,"
    assert text[row.speaker_start : row.speaker_end] == row.speaker == "Ana Ruiz"


# --- who the speaker is: name, role and organisation against labels --------------------------


def test_names_match_when_equal_or_one_holds_the_other_with_two_words_at_least() -> None:
    assert names_match("Donald J. Trump", "Donald Trump")
    assert names_match("Donald Trump", "Donald J. Trump")
    assert names_match("Elizabeth Warren", "Sen. Elizabeth Warren")  # titles are no content words
    assert names_match("Harbour Traders Association", "the Harbour Traders Association")
    assert not names_match("Donald Trump", "Trump")  # a surname alone is not the full name
    assert not names_match("Trump", "Donald Trump")
    assert not names_match("Ana Ruiz", "Ana Lopez")
    assert not names_match("Ana Ruiz", "")
    assert not names_match("Ana Ruiz", "Mr.")


def test_fields_match_by_containment_or_word_f1_of_a_half() -> None:
    assert fields_match("campaign chairman", "chairman")
    assert fields_match("spokeswoman", "spokeswoman for the Russian Foreign Ministry")
    assert fields_match("President", "president")  # unlike names, a title is a role's content
    # F1 of {senior, fellow, institute} and {senior, research, fellow}: 2 * 2 / 6 = 0.67.
    assert fields_match("senior fellow at the institute", "senior research fellow")
    # {deputy, mayor} and {mayor, office, staff}: 2 * 1 / 5 = 0.4.
    assert not fields_match("deputy mayor", "mayor's office staff")
    assert not fields_match("senator", "Sen.")
    assert not fields_match("Securities and Exchange Commission", "SEC")
    assert not fields_match("mayor", "")


def labelled(
    name: str = "", role: str = "", organization: str = "", speaker_type: str = "person"
) -> WhoLabel:
    return WhoLabel(name=name, role=role, organization=organization, speaker_type=speaker_type)


def test_who_scores_count_accuracy_over_labels_and_precision_over_predicted_fields() -> None:
    a = article(
        gold(0, 10, "she", 100, 103, label=labelled("Ana Maria Ruiz", "mayor", "Porto Alegre city council")),
        gold(20, 30, "Bo Lee", 110, 116, label=labelled("Bo Lee", "", "")),
        gold(40, 50, "a neighbour", 120, 131, label=labelled("", "", "")),  # unnamed
        gold(60, 70, "Cy Diaz", 140, 147, label=labelled("Cy Diaz", "analyst", "")),  # not found
        gold(80, 90, "Di Fox", 150, 156),  # no label: not in the who figures
    )
    preds = [
        pred(0, 10, "Ana Ruiz", 100, 103, mention="she", role="Mayor", organization="Porto Alegre"),
        pred(20, 30, "Lee", 110, 116, role="spokesman"),  # surname only; a role the gold lacks
        pred(40, 50, "a neighbour", 120, 131),
        pred(80, 90, "Di Fox", 150, 156, role="cook"),
    ]
    scores = Scores()
    errors = score_article(a, preds, scores)
    who = scores.as_dict()["who"]
    assert (who["labelled"], who["found"]) == (4, 3)
    # Names: Ana Ruiz right (two words held by the label), Lee wrong, Cy Diaz not found.
    assert who["name"] == {"labels": 3, "predicted": 2, "right": 1, "accuracy": 0.3333, "precision": 0.5}
    # Roles: mayor right; "spokesman" where the gold has none counts against precision.
    assert who["role"] == {"labels": 2, "predicted": 2, "right": 1, "accuracy": 0.5, "precision": 0.5}
    # Organisations: {porto, alegre} is held by the label's words.
    assert who["organization"] == {"labels": 1, "predicted": 1, "right": 1, "accuracy": 1.0, "precision": 1.0}
    assert who["unnamed"] == {"labels": 1, "predicted_with_speaker": 1}
    assert who["name_by_type"] == {"person": {"labels": 3, "right": 1, "accuracy": 0.3333}}
    who_errors = [(e["error"], e["category"], e["start"]) for e in errors if e["error"].startswith("wrong-")]
    assert sorted(who_errors) == [("wrong-name", "shorter", 20), ("wrong-role", "extra", 20)]
    name_error = next(e for e in errors if e["error"] == "wrong-name")
    assert (name_error["gold_name"], name_error["predicted_speaker"]) == ("Bo Lee", "Lee")
    assert name_error["predicted_role"] == "spokesman" and name_error["gold_role"] == ""
    assert who["errors"] == {"wrong-name/shorter": 1, "wrong-role/extra": 1}
    # The end-to-end figures do not move: labels only add the who block.
    assert scores.found_right_speaker == 4


def test_who_error_categories_tell_attribution_from_naming() -> None:
    label = labelled("Ana Ruiz", "mayor", "")
    cases = {
        "wrong-speaker": pred(0, 10, "Bo Lee", 300, 306),  # another person altogether
        "pronoun": pred(0, 10, "Bo Lee", 100, 103, mention="she"),  # right mention, resolved wrong
        "description": pred(0, 10, "the mayor", 100, 109),
        "no-speaker": pred(0, 10),
    }
    for category, p in cases.items():
        errors = score_article(article(gold(0, 10, "she", 100, 103, label=label)), [p], Scores())
        (name_error,) = [e for e in errors if e["error"] == "wrong-name"]
        assert name_error["category"] == category, category


def test_who_is_scored_only_on_the_chosen_kind() -> None:
    a = article(gold(0, 10, "Ana Ruiz", 100, 108, kind="partial", label=labelled("Ana Ruiz")))
    scores = Scores()
    score_article(a, [pred(0, 10, "Ana Ruiz", 100, 108)], scores, kind="direct")
    assert "who" not in scores.as_dict()
    score_article(a, [pred(0, 10, "Ana Ruiz", 100, 108)], scores, kind="partial")
    assert scores.as_dict()["who"]["name"]["right"] == 1


def test_a_gold_file_may_carry_labels_in_its_quotes() -> None:
    record = gold_record(SENTENCE, "We will rebuild the bridge by spring,", "Ana Ruiz")
    record["quotes"][0].update({"name": "Ana Ruiz", "role": "mayor"})  # type: ignore[index]
    (a,) = read_gold(io.StringIO(json.dumps(record) + "\n"))
    assert a.quotes[0].label == WhoLabel(name="Ana Ruiz", role="mayor")
    record["quotes"][0]["role"] = 3  # type: ignore[index]
    with pytest.raises(GoldFormatError, match="role must be a string"):
        list(read_gold(io.StringIO(json.dumps(record) + "\n")))
    plain = gold_record(SENTENCE, "We will rebuild the bridge by spring,", "Ana Ruiz")
    (b,) = read_gold(io.StringIO(json.dumps(plain) + "\n"))
    assert b.quotes[0].label is None


def write_labels(path: Path, lines: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_labels_file_is_matched_by_id_and_offsets_and_split(tmp_path: Path) -> None:
    articles = [article(gold(0, 10, "Ana Ruiz"), gold(20, 30, "Bo Lee"))]
    path = write_labels(
        tmp_path / "gold.who.jsonl",
        [
            {"id": "a1", "split": "tune", "start": 0, "end": 10, "name": "Ana Ruiz", "role": "mayor"},
            {"id": "a1", "split": "check", "start": 20, "end": 30, "name": "Bo Lee"},
            {"id": "a1", "split": "check", "start": 21, "end": 30, "name": "nobody"},  # no such quote
        ],
    )
    labels = read_labels(path)
    both, unmatched = attach_labels(articles, labels)
    assert [g.label.name if g.label else None for g in both[0].quotes] == ["Ana Ruiz", "Bo Lee"]
    assert both[0].quotes[0].label == WhoLabel("Ana Ruiz", "mayor", "", "", "tune")
    assert unmatched == 1
    tune, unmatched = attach_labels(articles, labels, split="tune")
    assert [g.label is not None for g in tune[0].quotes] == [True, False] and unmatched == 0
    assert labelled_only(attach_labels([articles[0], GoldArticle("a2", "x", ())], labels)[0]) == both
    assert find_labels(tmp_path / "gold.jsonl") == path
    assert find_labels(tmp_path / "other.jsonl") is None
    assert find_labels(tmp_path / "other.jsonl", [tmp_path / "x"]) is None


def test_a_bad_labels_file_names_its_line(tmp_path: Path) -> None:
    for bad, message in [
        ("{oops", "not JSON"),
        ('{"start": 0, "end": 3}', '"id"'),
        ('{"id": "a", "start": "0", "end": 3}', "start must be an integer"),
        ('{"id": "a1", "start": 0, "end": 10}', "a second label"),
    ]:
        path = tmp_path / "bad.who.jsonl"
        path.write_text('{"id": "a1", "start": 0, "end": 10, "name": "Ana"}\n' + bad + "\n", encoding="utf-8")
        with pytest.raises(GoldFormatError, match=rf"bad.who.jsonl:2: .*{message}"):
            read_labels(path)


def test_cli_scores_who_from_labels_found_beside_the_gold(tmp_path: Path) -> None:
    gold_file = write_gold(tmp_path / "gold.jsonl")
    text = json.loads(gold_file.read_text(encoding="utf-8"))["text"]
    first, second = (json.loads(gold_file.read_text(encoding="utf-8"))["quotes"][n] for n in (0, 1))
    labels_file = write_labels(
        tmp_path / "gold.who.jsonl",
        [
            {"id": "r1", "split": "tune", "start": first["start"], "end": first["end"], "name": "Ana Ruiz"},
            {"id": "r1", "split": "check", "start": second["start"], "end": second["end"], "name": ""},
        ],
    )
    assert text[first["start"] : first["end"]] == first["text"]
    errors_file = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["evaluate", str(gold_file), "-f", "json", "--errors", str(errors_file)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert "who-labels from" in result.stderr and scores["labels_file"] == str(labels_file)
    assert scores["who"]["labelled"] == 2 and scores["who"]["unnamed"]["labels"] == 1
    assert scores["who"]["name"]["labels"] == 1 and scores["who"]["name"]["right"] == 1
    checked = CliRunner().invoke(app, ["evaluate", str(gold_file), "-f", "json", "--split", "check"])
    assert json.loads(checked.stdout)["who"]["labelled"] == 1
    table = CliRunner().invoke(app, ["evaluate", str(gold_file), "-f", "table", "--labels", str(labels_file)])
    assert (
        table.exit_code == 0 and "name accuracy" in table.stdout and "organisation precision" in table.stdout
    )
    assert "(ECE)" in table.stdout and "predicted / observed" in table.stdout
    assert scores["calibration"]["predictions"] == scores["predicted_with_speaker"]
    labels_file.unlink()
    plain = CliRunner().invoke(app, ["evaluate", str(gold_file), "-f", "json"])
    assert "who" not in json.loads(plain.stdout)


def test_cli_refuses_a_missing_labels_file_or_an_unknown_split(tmp_path: Path) -> None:
    gold_file = write_gold(tmp_path / "gold.jsonl")
    missing = CliRunner().invoke(app, ["evaluate", str(gold_file), "--labels", str(tmp_path / "no.jsonl")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    split = CliRunner().invoke(app, ["evaluate", str(gold_file), "--split", "dev"])
    assert split.exit_code == 2 and "--split" in split.stderr
    bad = write_labels(tmp_path / "bad.jsonl", [{"id": "r1", "start": 0}])
    unreadable = CliRunner().invoke(app, ["evaluate", str(gold_file), "--labels", str(bad)])
    assert unreadable.exit_code == 1 and "bad.jsonl:1:" in unreadable.stderr


def test_cli_labelled_only_scores_the_labelled_articles(tmp_path: Path) -> None:
    gold_file = write_gold(tmp_path / "gold.jsonl")
    record = json.loads(gold_file.read_text(encoding="utf-8"))
    other = dict(record, id="r2")
    gold_file.write_text(json.dumps(record) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    q = record["quotes"][0]
    labels_file = write_labels(
        tmp_path / "labels.jsonl", [{"id": "r2", "start": q["start"], "end": q["end"], "name": "Ana Ruiz"}]
    )
    args = ["evaluate", str(gold_file), "-f", "json", "--labels", str(labels_file)]
    assert json.loads(CliRunner().invoke(app, args).stdout)["articles"] == 2
    only = json.loads(CliRunner().invoke(app, [*args, "--labelled-only"]).stdout)
    assert only["articles"] == 1 and only["who"]["labelled"] == 1
