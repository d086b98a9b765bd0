"""Output formats beyond the core four: Markdown tables and SQLite databases."""

from __future__ import annotations

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
