"""Output formats beyond the core four: Markdown tables and SQLite databases."""

from __future__ import annotations

import io

from typer.testing import CliRunner

from quotes.cli import app
from quotes.write import markdown_cell, markdown_table

runner = CliRunner()


def test_markdown_cell_escapes_pipes_newlines_and_syntax() -> None:
    assert markdown_cell("a | b") == r"a \| b"
    assert markdown_cell("one\ntwo\r\nthree") == "one<br>two<br>three"
    assert markdown_cell("*not bold* [link](x) <b>") == r"\*not bold\* \[link\](x) \<b\>"
    assert markdown_cell(r"back\slash") == r"back\\slash"


def test_markdown_table_keeps_one_line_per_row() -> None:
    table = markdown_table(["speaker", "quote"], [["Ann | Lee", "line one\nline two"]])
    lines = table.splitlines()
    assert lines == [
        "| speaker | quote |",
        "| --- | --- |",
        r"| Ann \| Lee | line one<br>line two |",
    ]


def test_extract_markdown_from_stdin() -> None:
    text = "“We will | not back down,” Helen Adeyemi said.\n"
    result = runner.invoke(app, ["extract", "-", "--format", "markdown"], input=text.encode())
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "| speaker | role | organization | quote |"
    assert lines[1] == "| --- | --- | --- | --- |"
    assert len(lines) == 3
    # Every row has exactly the header's number of unescaped cell separators.
    assert lines[2].replace(r"\|", "").count("|") == lines[0].count("|")
    assert "Helen Adeyemi" in lines[2]
    assert r"We will \| not back down," in lines[2]


# --- SQLite ---------------------------------------------------------------------------------

ARTICLE_A = (
    "The council's chief engineer, Marcus Reyes, spoke on Tuesday.\n\n"
    "“We opened up three of the anchor housings,” Marcus Reyes said. “Every one was worse.”\n\n"
    "“Nobody wants to close a bridge,” Mayor Helen Adeyemi said.\n"
)
ARTICLE_B = "“The ferry will run every 15 minutes,” said Priya Nair.\n"


def _db_rows(db, sql: str, *args):  # type: ignore[no-untyped-def]
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _make_inputs(tmp_path):  # type: ignore[no-untyped-def]
    import json

    a = tmp_path / "a.txt"
    a.write_text(ARTICLE_A, encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "r1", "text": ARTICLE_B})
        + "\n"
        + json.dumps({"id": "r2", "text": ARTICLE_B})
        + "\n",
        encoding="utf-8",
    )
    return a, corpus


def test_sqlite_has_quotes_speakers_and_full_text_search(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, corpus = _make_inputs(tmp_path)
    db = tmp_path / "quotes.db"
    result = runner.invoke(app, ["extract", str(a), str(corpus), "--format", "sqlite", "-o", str(db)])
    assert result.exit_code == 0, result.output
    rows = _db_rows(db, 'SELECT source, id, speaker, quote, start, "end" FROM quotes ORDER BY quote_id')
    assert len(rows) == 5
    for source, _, _, quote, start, end in rows:
        text = ARTICLE_A if source == str(a) else ARTICLE_B
        assert text[start:end] == quote
    assert {(r[1], r[2]) for r in rows if r[0] == str(corpus)} == {("r1", "Priya Nair"), ("r2", "Priya Nair")}
    speakers = _db_rows(
        db, "SELECT source, id, speaker, role, quotes FROM speakers ORDER BY source, id, speaker"
    )
    # A speaker's count is their number of utterances (pieces of one split quote count once).
    utterances = _db_rows(
        db, "SELECT speaker, count(DISTINCT utterance) FROM quotes WHERE source = ? GROUP BY speaker", str(a)
    )
    assert sorted((s[2], s[4]) for s in speakers if s[0] == str(a)) == sorted(utterances)
    assert {s[2] for s in speakers if s[0] == str(a)} == {"Marcus Reyes", "Helen Adeyemi"}
    assert (str(a), "", "Helen Adeyemi", "Mayor", 1) in [tuple(s) for s in speakers]
    assert [s for s in speakers if s[0] == str(corpus)] == [
        (str(corpus), "r1", "Priya Nair", "", 1),
        (str(corpus), "r2", "Priya Nair", "", 1),
    ]
    hits = _db_rows(
        db,
        "SELECT q.speaker FROM quotes_fts JOIN quotes q ON q.quote_id = quotes_fts.rowid "
        "WHERE quotes_fts MATCH ? ORDER BY q.quote_id",
        "ferry",
    )
    assert hits == [("Priya Nair",), ("Priya Nair",)]
    # The form Datasette looks for to offer a search box on the quotes table.
    (fts_sql,) = _db_rows(db, "SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'")[0]
    assert "content=[quotes]" in fts_sql
    indexes = {r[0] for r in _db_rows(db, "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"quotes_speaker", "speakers_speaker"} <= indexes


def test_sqlite_rerun_replaces_instead_of_duplicating(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, corpus = _make_inputs(tmp_path)
    db = tmp_path / "quotes.db"
    args = ["extract", str(a), str(corpus), "-o", str(db)]  # format from the .db suffix
    assert runner.invoke(app, args).exit_code == 0
    first = _db_rows(db, "SELECT source, id, speaker, quote, start FROM quotes ORDER BY source, id, start")
    assert runner.invoke(app, args).exit_code == 0
    again = _db_rows(db, "SELECT source, id, speaker, quote, start FROM quotes ORDER BY source, id, start")
    assert again == first
    assert _db_rows(db, "SELECT count(*) FROM speakers") == [(4,)]
    # The FTS index follows the table: no stale entries after the rows were replaced.
    assert _db_rows(db, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'ferry'") == [(2,)]
    # A changed article: its rows are replaced, the others stay.
    a.write_text("“Only this now,” Helen Adeyemi said.\n", encoding="utf-8")
    assert runner.invoke(app, ["extract", str(a), "-o", str(db)]).exit_code == 0
    by_source = dict(_db_rows(db, "SELECT source, count(*) FROM quotes GROUP BY source"))
    assert by_source == {str(a): 1, str(corpus): 2}
    assert _db_rows(db, "SELECT speaker FROM speakers WHERE source = ?", str(a)) == [("Helen Adeyemi",)]
    assert _db_rows(db, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'bridge'") == [(0,)]


def test_sqlite_usage_errors(tmp_path) -> None:  # type: ignore[no-untyped-def]
    a, _ = _make_inputs(tmp_path)
    to_stdout = runner.invoke(app, ["extract", str(a), "--format", "sqlite"])
    assert to_stdout.exit_code == 2 and "--output" in to_stdout.stderr
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("a,b\n1,2\n", encoding="utf-8")
    refused = runner.invoke(app, ["extract", str(a), "--format", "sqlite", "-o", str(not_a_db)])
    assert refused.exit_code == 2 and "not an SQLite database" in refused.stderr
    assert not_a_db.read_text(encoding="utf-8") == "a,b\n1,2\n"


def test_sqlite_store_keeps_finished_documents_when_one_is_interrupted(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    import quotes.store
    from quotes.store import QuoteStore
    from quotes.summary import summarize
    from quotes.types import Quote

    def row(source: str, start: int) -> Quote:
        return Quote(source, "Ann Lee", "", "", "x", "said", "direct", 0.9, start, start + 1, 0, 3, 0, "")

    def interrupted_on_half(rows):  # type: ignore[no-untyped-def]
        # Called after the document's quotes are inserted: they must be undone with it.
        if rows and rows[0].source == "half.txt":
            raise KeyboardInterrupt
        return summarize(rows)

    monkeypatch.setattr(quotes.store, "summarize", interrupted_on_half)
    db = tmp_path / "s.db"
    with pytest.raises(KeyboardInterrupt):
        with QuoteStore(db) as store:
            store.add("done.txt", "", [row("done.txt", 5)])
            store.add("half.txt", "", [row("half.txt", 1), row("half.txt", 2)])
    assert _db_rows(db, "SELECT source FROM quotes") == [("done.txt",)]
    assert _db_rows(db, "SELECT source FROM speakers") == [("done.txt",)]
    assert _db_rows(db, "SELECT count(*) FROM quotes_fts") == [(1,)]


def test_sqlite_repeated_record_ids_lose_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    corpus = tmp_path / "dup.jsonl"
    first = {"id": "s1", "text": "“Prices will rise,” Jane Ortiz said."}
    other = {"id": "s1", "text": "Later that day.\n\n“We disagree entirely with that,” said Tom Hale."}
    corpus.write_text("\n".join(json.dumps(r) for r in (first, first, other)) + "\n", encoding="utf-8")
    db = tmp_path / "d.db"
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(db)])
    assert result.exit_code == 0, result.output
    assert "is also the id of line 1" in result.stderr
    quotes = _db_rows(db, "SELECT speaker FROM quotes WHERE id = 's1' ORDER BY start")
    assert quotes == [("Jane Ortiz",), ("Tom Hale",)]
    speakers = _db_rows(db, "SELECT speaker FROM speakers WHERE id = 's1' ORDER BY speaker")
    assert speakers == [("Jane Ortiz",), ("Tom Hale",)]
    # Run again: the same database, not twice the rows.
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(db)]).exit_code == 0
    assert _db_rows(db, "SELECT count(*) FROM quotes") == [(2,)]


# --- the speaker's entity and mention in every format -----------------------------------------

TWO_PEOPLE = (
    "The harbour master, Ines Carvalho, spoke first.\n\n"
    "“The channel is safe again,” Ines Carvalho said. “Ships can come in tonight.”\n\n"
    "“We lost two days of trade,” said Tomas Berg, a fish wholesaler.\n\n"
    "“It will not happen twice,” she said.\n"
)


def test_output_columns_hold_every_public_field_in_reading_order() -> None:
    from quotes.store import QUOTE_COLUMNS
    from quotes.types import QUOTE_FIELDS
    from quotes.write import FIELDS

    assert set(FIELDS) == set(QUOTE_FIELDS) - {"sieve"} and len(FIELDS) == len(set(FIELDS))
    assert FIELDS[:4] == ("source", "id", "speaker", "speaker_id")
    assert FIELDS[FIELDS.index("mention") :][:3] == ("mention", "speaker_start", "speaker_end")
    assert QUOTE_COLUMNS == FIELDS


def test_rows_carry_mention_and_speaker_id_in_csv_json_and_jsonl(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io
    import json

    article = tmp_path / "harbour.txt"
    article.write_text(TWO_PEOPLE, encoding="utf-8")
    as_json = json.loads(runner.invoke(app, ["extract", str(article), "-f", "json"]).stdout)
    lines = runner.invoke(app, ["extract", str(article), "-f", "jsonl"]).stdout.splitlines()
    assert [json.loads(line) for line in lines] == as_json
    as_csv = list(
        csv.DictReader(io.StringIO(runner.invoke(app, ["extract", str(article), "-f", "csv"]).stdout))
    )
    assert [r["mention"] for r in as_csv] == [r["mention"] for r in as_json]
    assert [int(r["speaker_id"]) for r in as_csv] == [r["speaker_id"] for r in as_json]
    by_speaker: dict[str, set[int]] = {}
    for row in as_json:
        assert TWO_PEOPLE[row["speaker_start"] : row["speaker_end"]] == row["mention"]
        by_speaker.setdefault(row["speaker"], set()).add(row["speaker_id"])
    # Each person is one entity, whatever mention (a name, "she") a row rests on.
    assert all(len(ids) == 1 for ids in by_speaker.values())
    assert len(set.union(*by_speaker.values())) == len(by_speaker) >= 2
    assert len([r for r in as_json if r["speaker"] == "Ines Carvalho"]) >= 2
    assert "Tomas Berg" in {r["mention"] for r in as_json if r["speaker"] == "Tomas Berg"}


def test_table_and_markdown_show_an_unresolved_mention_in_brackets() -> None:
    from quotes.types import Quote
    from quotes.write import Writer

    def row(speaker: str, mention: str) -> Quote:
        return Quote(
            "a.txt", speaker, "", "", "Not now,", "said", "direct", 0.5, 1, 9, 12, 14, 0, "", mention=mention
        )

    out = io.StringIO()
    writer = Writer(out, "markdown")
    writer.write([row("Ana Ruiz", "she"), row("", "he"), row("", "")])
    writer.close()
    speakers = [line.split(" | ")[0].lstrip("| ") for line in out.getvalue().splitlines()[2:]]
    assert speakers == ["Ana Ruiz", "(he)", "—"]


def test_sqlite_quotes_and_speakers_carry_the_entity(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "harbour.txt"
    article.write_text(TWO_PEOPLE, encoding="utf-8")
    db = tmp_path / "q.db"
    assert runner.invoke(app, ["extract", str(article), "-o", str(db)]).exit_code == 0
    rows = _db_rows(db, "SELECT speaker, speaker_id, mention, speaker_start, speaker_end FROM quotes")
    assert rows and all(TWO_PEOPLE[start:end] == mention for _, _, mention, start, end in rows)
    per_entity = _db_rows(
        db, "SELECT speaker_id, count(DISTINCT utterance) FROM quotes WHERE speaker != '' GROUP BY speaker_id"
    )
    speakers = _db_rows(db, "SELECT speaker_id, quotes FROM speakers")
    assert sorted(speakers) == sorted(per_entity)


# The first version's schema, as a database written before speaker_id and mention existed.
FIRST_SCHEMA = """
CREATE TABLE quotes (
    quote_id INTEGER PRIMARY KEY, source TEXT NOT NULL, id TEXT NOT NULL DEFAULT '',
    speaker TEXT NOT NULL, role TEXT NOT NULL, organization TEXT NOT NULL, quote TEXT NOT NULL,
    cue TEXT NOT NULL, kind TEXT NOT NULL, confidence REAL NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, speaker_start INTEGER NOT NULL, speaker_end INTEGER NOT NULL,
    utterance INTEGER NOT NULL, UNIQUE (source, id, start, "end")
);
CREATE INDEX quotes_speaker ON quotes (speaker);
CREATE TABLE speakers (
    source TEXT NOT NULL, id TEXT NOT NULL DEFAULT '', speaker TEXT NOT NULL, role TEXT NOT NULL,
    organization TEXT NOT NULL, quotes INTEGER NOT NULL, first_quote TEXT NOT NULL,
    names TEXT NOT NULL, PRIMARY KEY (source, id, speaker)
);
CREATE INDEX speakers_speaker ON speakers (speaker);
CREATE VIRTUAL TABLE quotes_fts USING fts5 (quote, speaker, content=[quotes], content_rowid=quote_id);
CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts (rowid, quote, speaker) VALUES (new.quote_id, new.quote, new.speaker);
END;
CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts (quotes_fts, rowid, quote, speaker)
    VALUES ('delete', old.quote_id, old.quote, old.speaker);
END;
INSERT INTO quotes (source, id, speaker, role, organization, quote, cue, kind, confidence, start, "end",
    speaker_start, speaker_end, utterance)
VALUES ('old.txt', '', 'Ann Lee', 'mayor', '', 'We are ready,', 'said', 'direct', 0.9, 1, 14, 16, 23, 0);
INSERT INTO speakers VALUES ('old.txt', '', 'Ann Lee', 'mayor', '', 1, 'We are ready,', 'Ann Lee');
"""


def test_sqlite_database_of_the_previous_version_is_upgraded_in_place(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.executescript(FIRST_SCHEMA)
    conn.close()
    article = tmp_path / "harbour.txt"
    article.write_text(TWO_PEOPLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-o", str(db)])
    assert result.exit_code == 0, result.output
    # The old row is kept, with the new columns' "unknown" values; the new rows have them set.
    old = _db_rows(db, "SELECT speaker, speaker_id, mention FROM quotes WHERE source = 'old.txt'")
    assert old == [("Ann Lee", -1, "")]
    new = _db_rows(
        db, "SELECT speaker_id, mention FROM quotes WHERE source = ? AND speaker != ''", str(article)
    )
    assert new and all(speaker_id >= 0 and mention for speaker_id, mention in new)
    assert _db_rows(db, "SELECT speaker, speaker_id, quotes FROM speakers WHERE source = 'old.txt'") == [
        ("Ann Lee", -1, 1)
    ]
    assert (
        _db_rows(db, "SELECT count(*) FROM speakers WHERE source = ? AND speaker_id >= 0", str(article))[0][0]
        >= 2
    )
    assert "speakers_before_upgrade" not in {r[0] for r in _db_rows(db, "SELECT name FROM sqlite_master")}
    assert {"speakers_speaker", "speakers_organization"} <= {
        r[0] for r in _db_rows(db, "SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    # Full-text search still finds the old row and the new ones; a second run changes nothing.
    assert _db_rows(db, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'ready'") == [(1,)]
    before = _db_rows(db, "SELECT * FROM quotes ORDER BY quote_id")
    assert runner.invoke(app, ["extract", str(article), "-o", str(db)]).exit_code == 0
    assert [r[1:] for r in _db_rows(db, "SELECT * FROM quotes ORDER BY quote_id")] == [r[1:] for r in before]


def test_sqlite_repeated_record_ids_keep_their_people_apart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    corpus = tmp_path / "dup.jsonl"
    records = [
        {"id": "s1", "text": "“Prices will rise,” Jane Ortiz said."},
        {"id": "s1", "text": "Later that day.\n\n“We disagree entirely with that,” said Tom Hale."},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "d.db"
    assert runner.invoke(app, ["extract", str(corpus), "-o", str(db)]).exit_code == 0
    ids = dict(_db_rows(db, "SELECT speaker, speaker_id FROM quotes"))
    assert ids["Jane Ortiz"] != ids["Tom Hale"]
    assert sorted(_db_rows(db, "SELECT speaker, speaker_id FROM speakers")) == sorted(ids.items())
