"""`quotes speakers`: who said what, one line per speaker per article."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from quotes.cli import app
from quotes.summary import first_words, merge_names, summarize
from quotes.types import Quote

runner = CliRunner()

ARTICLE = """WASHINGTON: The State Department's spokeswoman, Elizabeth Trudeau, spoke on Monday.

“We are aware of the reports,” Elizabeth Trudeau said.

Ms Trudeau said the department was monitoring the region. “We have no confirmation at this time,” she added.

“We will keep talking to our partners,” Trudeau said later.

An Afghan general, Mohammad Zaman Waziri, disagreed. “They fought deadly battles before,” he told reporters.
"""


def _row(speaker: str, start: int, utterance: int, role: str = "", source: str = "a.txt") -> Quote:
    return Quote(
        source,
        speaker,
        role,
        "",
        f"quote {start}",
        "said",
        "direct",
        0.9,
        start,
        start + 5,
        0,
        1,
        utterance,
        "",
    )


def test_merge_names_joins_surname_and_honorific_variants() -> None:
    merged = merge_names(["Elizabeth Trudeau", "Trudeau", "Ms Trudeau", "Ms. Trudeau"])
    assert set(merged.values()) == {"Elizabeth Trudeau"}


def test_merge_names_stays_apart_when_it_cannot_tell() -> None:
    # Two people share the surname: a bare "Trudeau" could be either.
    two = merge_names(["Elizabeth Trudeau", "Justin Trudeau", "Trudeau"])
    assert two == {n: n for n in ("Elizabeth Trudeau", "Justin Trudeau", "Trudeau")}
    # An honorific of the other gender is another person.
    assert merge_names(["Elizabeth Trudeau", "Mr Trudeau"])["Mr Trudeau"] == "Mr Trudeau"
    assert merge_names(["Mr Trudeau", "Ms Trudeau"]) == {
        "Mr Trudeau": "Mr Trudeau",
        "Ms Trudeau": "Ms Trudeau",
    }
    # A description is not a name: "spokesman" is not merged into "Tom Spokesman".
    assert merge_names(["spokesman", "Tom Spokesman"])["spokesman"] == "spokesman"
    # A first name alone is not a surname.
    assert merge_names(["Elizabeth", "Elizabeth Trudeau"])["Elizabeth"] == "Elizabeth"


def test_summarize_counts_utterances_and_merges_within_one_article_only() -> None:
    rows = [
        _row("Elizabeth Trudeau", 10, 0, role="spokeswoman"),
        _row("Elizabeth Trudeau", 30, 0, role="spokeswoman"),  # the second piece of one utterance
        _row("Ms Trudeau", 60, 1),
        _row("Trudeau", 90, 2),
        _row("", 120, 3),  # no speaker: left out
        _row("Trudeau", 10, 0, source="b.txt"),  # another article: not merged across
    ]
    summaries = summarize(rows)
    assert [(s.source, s.speaker, s.quotes, s.role) for s in summaries] == [
        ("a.txt", "Elizabeth Trudeau", 3, "spokeswoman"),
        ("b.txt", "Trudeau", 1, ""),
    ]
    assert summaries[0].names == ("Elizabeth Trudeau", "Ms Trudeau", "Trudeau")
    assert summaries[0].first_quote == "quote 10"


def test_first_words_cuts_long_quotes() -> None:
    assert first_words("one two three", 2) == "one two …"
    assert first_words("one two", 2) == "one two"


def test_speakers_command_csv_and_json(tmp_path: Path) -> None:
    article = tmp_path / "state.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    extracted = runner.invoke(app, ["extract", str(article), "-f", "json"])
    quotes = json.loads(extracted.stdout)

    result = runner.invoke(app, ["speakers", str(article), "-f", "csv"])
    assert result.exit_code == 0, result.output
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    by_name = {r["speaker"]: r for r in table}
    # One line for Trudeau however the article names her.
    assert [n for n in by_name if "Trudeau" in n] == ["Elizabeth Trudeau"]
    trudeau = by_name["Elizabeth Trudeau"]
    trudeau_utterances = {q["utterance"] for q in quotes if "Trudeau" in q["speaker"]}
    assert int(trudeau["quotes"]) == len(trudeau_utterances) == 3
    assert trudeau["organization"] == "State Department"
    assert trudeau["first_quote"] == "We are aware of the reports,"
    assert by_name["Mohammad Zaman Waziri"]["role"] == "Afghan general"

    as_json = json.loads(runner.invoke(app, ["speakers", str(article), "-f", "json"]).stdout)
    assert [(s["speaker"], s["quotes"]) for s in as_json] == [(r["speaker"], int(r["quotes"])) for r in table]
    assert isinstance(as_json[0]["names"], list)


def test_speakers_command_table_and_markdown(tmp_path: Path) -> None:
    article = tmp_path / "state.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    table = runner.invoke(app, ["speakers", str(article), "-f", "table"])
    assert table.exit_code == 0, table.output
    assert "speaker" in table.stdout and "first words" in table.stdout and "Waziri" in table.stdout
    md = runner.invoke(app, ["speakers", str(article), "-f", "markdown"]).stdout.splitlines()
    assert md[0] == "| speaker | role | organization | quotes | first words |"
    assert len(md) == 2 + 2


def test_speakers_command_reports_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    article = tmp_path / "state.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "x", "text": "“Fine,” said Ann Lee."}\n{oops\n', encoding="utf-8")
    result = runner.invoke(app, ["speakers", str(article), str(corpus), "-f", "jsonl"])
    assert result.exit_code == 1
    assert f"{corpus}:2" in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert ("x", "Ann Lee") in [(r["id"], r["speaker"]) for r in rows]
    assert {r["source"] for r in rows} == {str(article), str(corpus)}


def _entity_row(speaker: str, speaker_id: int, start: int, utterance: int, role: str = "") -> Quote:
    return replace(_row(speaker, start, utterance, role=role), speaker_id=speaker_id)


def test_summarize_groups_rows_by_entity_not_by_name() -> None:
    rows = [
        _entity_row("Sam Okoro", 1, 10, 0, role="coach"),
        _entity_row("Sam Okoro", 2, 40, 1, role="striker"),  # another person of the same name
        _entity_row("Sam Okoro", 1, 70, 2, role="coach"),
        _entity_row("Lena Fischer", 3, 100, 3),
    ]
    summaries = summarize(rows)
    assert [(s.speaker, s.speaker_id, s.quotes, s.role) for s in summaries] == [
        ("Sam Okoro", 1, 2, "coach"),
        ("Sam Okoro", 2, 1, "striker"),
        ("Lena Fischer", 3, 1, ""),
    ]


def test_a_row_without_an_entity_joins_the_one_entity_its_name_fits() -> None:
    rows = [
        _entity_row("Elizabeth Trudeau", 1, 10, 0),
        _entity_row("Trudeau", -1, 40, 1),  # a name the entity layer left alone
        _entity_row("Ana Ruiz", -1, 70, 2),  # no entity at all: a line of its own, by name
    ]
    summaries = summarize(rows)
    assert [(s.speaker, s.speaker_id, s.quotes, s.names) for s in summaries] == [
        ("Elizabeth Trudeau", 1, 2, ("Elizabeth Trudeau", "Trudeau")),
        ("Ana Ruiz", -1, 1, ("Ana Ruiz",)),
    ]
    # Two entities the name could be: it stays apart rather than guess.
    two = summarize([*rows[:2], _entity_row("Justin Trudeau", 2, 90, 3)])
    assert sorted((s.speaker, s.speaker_id) for s in two) == [
        ("Elizabeth Trudeau", 1),
        ("Justin Trudeau", 2),
        ("Trudeau", -1),
    ]


def test_speakers_csv_and_json_carry_the_speaker_id(tmp_path: Path) -> None:
    article = tmp_path / "state.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    quotes = json.loads(runner.invoke(app, ["extract", str(article), "-f", "json"]).stdout)
    table = list(
        csv.DictReader(io.StringIO(runner.invoke(app, ["speakers", str(article), "-f", "csv"]).stdout))
    )
    assert list(table[0])[:4] == ["source", "id", "speaker", "speaker_id"]
    for line in table:
        ids = {q["speaker_id"] for q in quotes if q["speaker"] == line["speaker"]}
        assert int(line["speaker_id"]) in ids
