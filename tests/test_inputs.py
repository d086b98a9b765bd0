"""Inputs: HTML pages reduced to article text, JSONL/CSV corpora, folders, globs and stdin."""

from __future__ import annotations

import json
import quopri
from pathlib import Path
from typing import Any

import pytest
from trafilatura.utils import load_html
from typer.testing import CliRunner

from quotes.cli import app
from quotes.page import byline_of, html_to_text, read_page, title_candidates
from quotes.pipeline import extract_documents, split_for_parse
from quotes.read import Document, InputError, read_inputs
from quotes.write import kept_text_path

runner = CliRunner()

PAGE = """<!DOCTYPE html>
<html><head><title>Council votes to shut pool | The Ledger</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Council votes to shut pool</h1>
<p>The council voted on Tuesday to close the Eastside swimming pool at the end of the year,
ending a campaign by residents to keep it open.</p>
<p>“We simply cannot afford to repair it,” the council leader, Anna Brookes, said.
“It breaks my heart, but the roof is unsafe.”</p>
<p>Residents said they would appeal against the decision. “This pool is where our
children learn to swim,” said Mark Ellis, who chairs the Eastside Residents Group.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Leisure centre fees to rise: “We had no choice,” says council</a></li>
<li><a href="/b">Library hours cut across the borough</a></li></ul></aside>
<section class="comments"><h2>Comments</h2>
<div class="comment"><p>“Typical,” said nobody important. Shocking decision by this council.</p></div>
</section>
<footer><p>© 2025 The Ledger</p></footer>
</body></html>
"""


def _json_rows(result) -> list[dict]:  # type: ignore[no-untyped-def]
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_html_keeps_the_article_and_drops_navigation_comments_and_related() -> None:
    text = html_to_text(PAGE)
    assert "We simply cannot afford to repair it" in text
    assert "children learn to swim" in text
    for noise in ("Sport", "Related stories", "Library hours", "Typical", "© 2025"):
        assert noise not in text, noise
    # Paragraphs stay apart (a blank line between them), so paragraph-based rules still work.
    paragraphs = text.split("\n\n")
    assert any(p.startswith("The council voted") for p in paragraphs)
    assert any(p.startswith("“We simply cannot") for p in paragraphs)


def test_html_rows_index_the_extracted_text_saved_by_keep_text(tmp_path: Path) -> None:
    page = tmp_path / "pool.html"
    page.write_text(PAGE, encoding="utf-8")
    kept = tmp_path / "kept"
    result = runner.invoke(app, ["extract", str(page), "-f", "jsonl", "--keep-text", str(kept)])
    rows = _json_rows(result)
    saved = kept_text_path(kept, str(page))
    assert saved.is_file()
    text = saved.read_text(encoding="utf-8")
    assert text == html_to_text(PAGE)
    assert {r["source"] for r in rows} == {str(page)}
    assert len(rows) >= 3
    for row in rows:
        assert text[row["start"] : row["end"]] == row["quote"]
    speakers = {r["speaker"] for r in rows}
    assert "Anna Brookes" in speakers and "Mark Ellis" in speakers
    assert not any("Typical" in r["quote"] or "no choice" in r["quote"] for r in rows)


def test_html_page_without_article_is_one_error_and_the_rest_go_on(tmp_path: Path) -> None:
    empty = tmp_path / "index.html"
    empty.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("“We will appeal,” Mark Ellis said.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(empty), str(good), "-f", "jsonl"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "index.html" in errors[0] and "no article text" in errors[0]
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["speaker"] for r in rows] == ["Mark Ellis"]


def test_stdin_html_is_detected_and_extracted() -> None:
    result = runner.invoke(app, ["extract", "-", "-f", "jsonl"], input=PAGE.encode())
    rows = _json_rows(result)
    text = html_to_text(PAGE)
    assert rows and all(text[r["start"] : r["end"]] == r["quote"] for r in rows)


def test_plain_text_offsets_index_the_file_as_given(tmp_path: Path) -> None:
    # Markup in a .txt file is text: it is not stripped, and offsets count it.
    raw = "<p>Intro</p>\n\n“We are ready,” Anna Brookes said.\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    rows = _json_rows(runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-f", "jsonl"]))
    assert [raw[r["start"] : r["end"]] for r in rows] == ["We are ready,"]
    assert rows[0]["id"] == ""


def test_jsonl_corpus_rows_carry_record_ids_and_bad_records_are_skipped(tmp_path: Path) -> None:
    records = [
        json.dumps({"id": "a-1", "text": "“Prices will rise,” Jane Ortiz said.", "url": "x"}),
        "{not json",
        json.dumps({"id": "a-3", "body": "no text field"}),
        json.dumps({"id": 4, "text": "“We disagree,” said Tom Hale."}),
        "",
        json.dumps({"text": "“No id here,” said Ann Lee."}),
    ]
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("\n".join(records) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(corpus), "-f", "jsonl"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    by_id = {"a-1": records[0], "4": records[3], "6": records[5]}  # no id: the line number
    assert [(r["id"], r["speaker"]) for r in rows] == [
        ("a-1", "Jane Ortiz"),
        ("4", "Tom Hale"),
        ("6", "Ann Lee"),
    ]
    for r in rows:
        assert r["source"] == str(corpus)
        assert json.loads(by_id[r["id"]])["text"][r["start"] : r["end"]] == r["quote"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 2
    assert f"{corpus}:2" in errors[0] and "invalid JSON" in errors[0]
    assert f"{corpus}:3" in errors[1] and "'text'" in errors[1]


def test_jsonl_is_read_one_record_at_a_time(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": i, "text": f"Story {i}."}) for i in range(3)) + "\n", encoding="utf-8"
    )
    items = read_inputs([str(corpus)])
    first = next(items)
    assert isinstance(first, Document) and first.id == "0" and first.kind == "record"
    assert [d.id for d in items if isinstance(d, Document)] == ["1", "2"]


def test_csv_corpus_with_text_column(tmp_path: Path) -> None:
    corpus = tmp_path / "stories.csv"
    corpus.write_text(
        "story_id,headline,body\r\n"
        's1,Prices,"“Prices will rise,” Jane Ortiz said.\n\nShe gave no date."\r\n'
        "s2,Empty,\r\n"
        's3,Reply,"“We disagree,” said Tom Hale."\r\n',
        encoding="utf-8",
    )
    args = ["extract", str(corpus), "-f", "jsonl", "--text-column", "body", "--id-column", "story_id"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1  # the empty record
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["speaker"], r["quote"]) for r in rows] == [
        ("s1", "Jane Ortiz", "Prices will rise,"),
        ("s3", "Tom Hale", "We disagree,"),
    ]
    # s1 spans lines 2-4 (its text has a blank line), so the empty record is on line 5.
    assert f"{corpus}:5" in result.stderr and "empty" in result.stderr


def test_csv_without_the_text_column_is_one_error(tmp_path: Path) -> None:
    corpus = tmp_path / "s.csv"
    corpus.write_text("a,b\n1,2\n", encoding="utf-8")
    (item,) = list(read_inputs([str(corpus)]))
    assert isinstance(item, InputError) and "'text'" in item.message and "--text-column" in item.message


def test_folders_are_walked_for_every_kind_and_globs_expand(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("“One,” said Ann Lee.", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("“Two,” said Tom Hale.", encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub" / "d.jsonl").write_text(json.dumps({"id": "x", "text": "Hi."}) + "\n", encoding="utf-8")
    (tmp_path / "sub" / "quotes.csv").write_text("text\nnot read from a folder\n", encoding="utf-8")
    (tmp_path / "sub" / "notes.docx").write_bytes(b"PK\x03\x04")
    docs = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(d, Document) for d in docs)
    kinds = sorted((Path(d.source).name, d.kind) for d in docs if isinstance(d, Document))
    assert kinds == [("a.txt", "text"), ("b.md", "text"), ("c.html", "html"), ("d.jsonl", "record")]
    globbed = list(read_inputs([str(tmp_path / "**" / "*.md")]))
    assert [Path(d.source).name for d in globbed if isinstance(d, Document)] == ["b.md"]
    (missing,) = list(read_inputs([str(tmp_path / "*.nothing")]))
    assert isinstance(missing, InputError) and "no files match" in missing.message


def test_stdin_jsonl_with_input_format() -> None:
    data = (json.dumps({"id": "r1", "text": "“Yes,” said Ann Lee."}) + "\n").encode()
    result = runner.invoke(app, ["extract", "-", "--input-format", "jsonl", "-f", "jsonl"], input=data)
    rows = _json_rows(result)
    assert [(r["source"], r["id"], r["speaker"]) for r in rows] == [("-", "r1", "Ann Lee")]


def test_kept_text_path_stays_inside_the_folder(tmp_path: Path) -> None:
    assert kept_text_path(tmp_path, "/abs/page.html") == tmp_path / "abs" / "page.html.txt"
    assert kept_text_path(tmp_path, "../up/page.html") == tmp_path / "up" / "page.html.txt"
    assert kept_text_path(tmp_path, "c.jsonl", "a/b") == tmp_path / "c.jsonl" / "a_b.txt"
    assert kept_text_path(tmp_path, "-") == tmp_path / "stdin.txt"


def test_html_paragraphs_set_apart_with_br_br_stay_paragraphs() -> None:
    page = (
        "<html><body><div class='story-body'>“We will rebuild,” said Mayor Ann Lee after the fire "
        "destroyed the market.<br><br>The fire started before dawn and burned for six hours."
        "<br><br>“It was like a furnace,” said Tom Hale, who lost everything.<br>He will return."
        "</div></body></html>"
    )
    paragraphs = html_to_text(page).split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[2] == "“It was like a furnace,” said Tom Hale, who lost everything.\nHe will return."


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2"></head>'
        '<body><article><p>"Nie zgadzamy się z tym," powiedział Łukasz Nowak, rzecznik ministerstwa, '
        "w środę wieczorem po posiedzeniu rządu.</p></article></body></html>"
    )
    path = tmp_path / "pl.html"
    path.write_bytes(page.encode("iso-8859-2"))
    (doc,) = list(read_inputs([str(path)]))
    assert isinstance(doc, Document) and doc.kind == "html"
    assert "Łukasz Nowak" in doc.text and "środę" in doc.text
    assert "declared in the page" in doc.note


# --- headline evidence: a document's known title ------------------------------------------

STRIKE = (
    "“We will not back down,” mayor says as bin strike enters third week\n\n"
    "Rubbish piled up on the streets of Dunmore on Monday as the council's refuse collectors "
    "began a third week of strike action over pay.\n\n"
    "“We have made a fair offer,” said Joan Petrie, the council leader. “The union has to come "
    "back to the table.”\n"
)
STRIKE_TITLE = "“We will not back down,”  Mayor says as bin strike enters third week"


def test_a_first_paragraph_equal_to_the_title_is_a_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    from quotes.pipeline import quotes_from_doc

    # Opening with a quote mark, the line does not look like a headline by its shape alone.
    untitled = quotes_from_doc(nlp(STRIKE))
    assert "We will not back down," in [r.quote for r in untitled]
    # With the title known (white space and case aside), its quote is a headline's: no speaker.
    titled = quotes_from_doc(nlp(STRIKE), include_all=True, title=STRIKE_TITLE)
    assert [(r.quote, r.kind, r.speaker) for r in titled][0] == ("We will not back down,", "headline", "")
    assert [r.speaker for r in titled[1:]] == ["Joan Petrie", "Joan Petrie"]
    # A title that is not the first paragraph changes nothing.
    other = quotes_from_doc(nlp(STRIKE), title="Bin strike: third week")
    assert [(r.quote, r.speaker) for r in other] == [(r.quote, r.speaker) for r in untitled]


def test_document_title_reaches_only_the_first_piece(nlp) -> None:  # type: ignore[no-untyped-def]
    # Parsed in pieces, a later piece that opens with the same words is story, not headline.
    filler = "The depot stayed shut all day and no lorries left the yard. " * 9
    text = STRIKE + "\n" + filler + "\n\n" + STRIKE
    later = text.index("“We will not back down,”", 10)
    assert later in [offset for offset, _ in split_for_parse(text, 600)]
    (result,) = extract_documents(nlp, [Document("s.txt", text, title=STRIKE_TITLE)], max_chars=600)
    quotes = [r.quote for r in result.rows]
    assert quotes.count("We will not back down,") == 1
    assert [r.start for r in result.rows if r.quote == "We will not back down,"] == [later + 1]


def test_extract_takes_a_title() -> None:
    from quotes import extract

    assert [r.quote for r in extract(STRIKE, title=STRIKE_TITLE)] == [
        "We have made a fair offer,",
        "The union has to come back to the table.",
    ]


def test_corpus_records_carry_their_title_or_headline(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps(r)
            for r in (
                {"id": "t", "title": " Pool to close ", "headline": "ignored", "text": "Story one."},
                {"id": "h", "headline": "Library hours cut", "text": "Story two."},
                {"id": "n", "title": None, "hed": "Not a known field", "text": "Story three."},
            )
        )
        + "\n",
        encoding="utf-8",
    )
    docs = list(read_inputs([str(corpus)]))
    assert [(d.id, d.title) for d in docs if isinstance(d, Document)] == [
        ("t", "Pool to close"),
        ("h", "Library hours cut"),
        ("n", ""),
    ]
    named = list(read_inputs([str(corpus)], title_field="hed"))
    assert [d.title for d in named if isinstance(d, Document)] == ["", "", "Not a known field"]


def test_a_corpus_headline_is_not_attributed(tmp_path: Path) -> None:
    corpus = tmp_path / "stories.csv"
    body = STRIKE.replace('"', '""')
    corpus.write_text(f'story_id,hed,body\r\ns1,"{STRIKE_TITLE}","{body}"\r\n', encoding="utf-8")
    args = ["extract", str(corpus), "-f", "jsonl", "--text-column", "body", "--id-column", "story_id"]
    untitled = _json_rows(runner.invoke(app, args))
    assert "We will not back down," in [r["quote"] for r in untitled]
    titled = _json_rows(runner.invoke(app, [*args, "--title-column", "hed"]))
    assert [r["quote"] for r in titled] == [
        "We have made a fair offer,",
        "The union has to come back to the table.",
    ]
    missing = runner.invoke(app, [*args, "--title-column", "headline"])
    assert missing.exit_code == 1
    assert "no 'headline' column" in missing.stderr and "--title-column" in missing.stderr


# --- HTML: the headline, the byline and reading furniture ------------------------------------

FERRY_PAGE = """<!DOCTYPE html>
<html lang="en-CA"><head><meta charset="utf-8">
<title>‘Nowhere to go’: ferry crews walk out as talks collapse | Local News | Harbourside Daily</title>
<meta property="og:title" content="‘Nowhere to go’: ferry crews walk out as talks collapse">
<meta property="og:site_name" content="Harbourside Daily">
</head><body>
<header><a class="logo" href="/">Harbourside Daily</a>
<nav><a href="/news">News</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a></nav></header>
<div class="story-head"><span class="kicker">Transport</span>
<h1 class="headline">‘Nowhere to go’: ferry crews walk out as talks collapse</h1>
<div class="byline">By <a href="/staff/ctremblay">Claire Tremblay</a>, Staff Reporter ·
Published March 4, 2025</div>
<div class="share-tools"><button>Share this article</button> <a href="#">Facebook</a>
<a href="#">Email</a></div></div>
<article class="story-body">
<figure class="lead-image"><img src="ferry.jpg" alt="">
<figcaption>Crews picket the Bayview terminal on Tuesday. “Not one more sailing,” read one sign.
(Marc Gagnon/The Canadian Press)</figcaption></figure>
<p>Ferry crews on the island routes walked off the job early Tuesday after three months of contract
talks broke down overnight, stranding thousands of commuters on both sides of the strait.</p>
<p>“We did not want it to come to this,” said Dana Kowalski, president of the Marine Workers Union
local. “But the company left us nowhere to go.”</p>
<p>READ MORE: Island commuters brace for a long strike</p>
<aside class="pullquote"><p>“But the company left us nowhere to go.”</p></aside>
<p>The operator, Coastal Ferries, said it had offered a wage increase of nine per cent over three years,
and that the union had walked away from the table.</p>
<div class="photo"><img src="terminal.jpg"><p class="photo-caption">Commuters wait at the terminal.
“This is a disaster,” said one.</p><span class="credit">Photo: Marc Gagnon</span></div>
<p>“Our offer is fair and it remains on the table,” said Ravi Menon, the company's vice-president of
operations.</p>
<p>[Read: How the island ferry fleet got so old]</p>
<p>Continue reading the main story</p>
<div class="inline-related"><h4>Related</h4><a href="/a">Island commuters brace for a long strike</a></div>
<div class="ad-slot"><p>Advertisement</p></div>
<p>Kowalski said crews would picket at both terminals until the company returned to talks. “Every
sailing cancelled is on them,” she said.</p>
<p>(Photo: Marc Gagnon/AFP/Getty Images)</p>
<p>Related: Port strike enters second week</p>
<p>Watch: Commuters line up at an empty terminal</p>
<p>Sign up for our morning newsletter</p>
<p>Email: claire.tremblay@harbourside.example</p>
<p>Ferry Fares Frozen Until Spring</p>
<p>Union Votes To Strike Again</p>
<p>“We Are Not Going Anywhere,” Says Ferry Boss</p>
</article>
<aside class="related-links"><h3>More from Harbourside Daily</h3><ul>
<li><a href="/b">“We are not going anywhere,” says ferry boss</a></li>
<li><a href="/c">Bayview terminal upgrade delayed again</a></li></ul></aside>
<footer><p>© 2025 Harbourside Daily</p></footer>
</body></html>
"""
FERRY_HEADLINE = "‘Nowhere to go’: ferry crews walk out as talks collapse"


def test_a_page_keeps_its_headline_first_and_its_byline_as_one_line() -> None:
    page = read_page(FERRY_PAGE)
    paragraphs = page.text.split("\n\n")
    # trafilatura alone drops both: the headline and byline sit outside the <article>.
    import trafilatura

    alone = trafilatura.extract(FERRY_PAGE) or ""
    assert FERRY_HEADLINE not in alone and "Claire Tremblay" not in alone
    assert page.title == FERRY_HEADLINE
    assert paragraphs[:3] == [
        FERRY_HEADLINE,
        "By Claire Tremblay",
        "Ferry crews on the island routes walked off the job early Tuesday after three months of "
        "contract talks broke down overnight, stranding thousands of commuters on both sides of the strait.",
    ]
    assert page.text.count(FERRY_HEADLINE) == 1


def test_a_page_drops_captions_credits_pull_quotes_and_related_boxes() -> None:
    text = read_page(FERRY_PAGE).text
    for furniture in (
        "Not one more sailing",  # a sign, in a <figcaption>
        "Marc Gagnon",  # photo credits
        "This is a disaster",  # a caption marked by its class
        "Island commuters brace",  # an inline related-story box
        "Advertisement",
        "Share this article",
        "not going anywhere",  # the related-links list
        "Transport",  # the section label
        # Reading furniture the markup does not mark: lines known to quotes/furniture.py.
        "READ MORE",
        "[Read:",
        "Continue reading",
        "Related:",
        "Watch:",
        "Sign up",
        "claire.tremblay@",
        "Fares Frozen",  # a run of related headlines, one with a quote in it
        "Not Going Anywhere",
    ):
        assert furniture not in text, furniture
    # The pull quote repeats a quote of the story: it is not a second quote.
    assert text.count("But the company left us nowhere to go.") == 1


def test_a_page_headline_is_the_document_title_and_its_quote_a_hidden_row(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(FERRY_PAGE, encoding="utf-8")
    (doc,) = list(read_inputs([str(page)]))
    assert isinstance(doc, Document) and doc.title == FERRY_HEADLINE and doc.text.startswith(FERRY_HEADLINE)
    kept = tmp_path / "kept"
    result = runner.invoke(app, ["extract", str(page), "-f", "jsonl", "--keep-text", str(kept), "--all"])
    rows = _json_rows(result)
    saved = kept_text_path(kept, str(page)).read_text(encoding="utf-8")
    assert saved == doc.text
    assert all(saved[r["start"] : r["end"]] == r["quote"] for r in rows)
    headline_rows = [r for r in rows if r["end"] <= len(FERRY_HEADLINE)]
    # (A headline's quote is a hidden row; the one the story names saying its words is its speaker.)
    assert [(r["quote"], r["kind"], r["speaker"]) for r in headline_rows] == [
        ("Nowhere to go", "headline", "Dana Kowalski")
    ]
    speakers = {r["quote"]: r["speaker"] for r in rows if r["speaker"]}
    assert speakers["We did not want it to come to this,"] == "Dana Kowalski"
    assert speakers["Our offer is fair and it remains on the table,"] == "Ravi Menon"
    assert "Claire Tremblay" not in speakers.values()


def _head(title: str, site: str = "") -> Any:
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    return load_html(f"<html><head><title>{title}</title>{meta}</head><body><p>Text.</p></body></html>")


@pytest.mark.parametrize(
    ("title", "site", "headline"),
    [
        ("Bridge to close for repairs | World news | The Valley Times", "", "Bridge to close for repairs"),
        ("Opinion | Why the bridge must close", "", "Why the bridge must close"),
        ("Bridge to close for repairs - BBC News", "", "Bridge to close for repairs"),
        (
            "Bridge to close – what happens next – The Valley Times",
            "The Valley Times",
            "Bridge to close – what happens next",
        ),
        ("Bridge to close – what happens next", "", "Bridge to close – what happens next"),
        ("The Valley Times: Bridge to close for repairs", "The Valley Times", "Bridge to close for repairs"),
        ("Valley Times - Bridge to close for repairs", "Valley Times", "Bridge to close for repairs"),
    ],
)
def test_the_title_loses_the_site_name(title: str, site: str, headline: str) -> None:
    assert title_candidates(_head(title, site)) == [headline]


def test_title_candidates_come_most_trusted_first() -> None:
    page = load_html(
        "<html><head><title>Bridge shut | The Valley Times</title>"
        '<meta property="og:title" content="Harbour bridge shut for six months">'
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"headline": "Harbour bridge to shut"}]}</script></head>'
        '<body><h1 class="logo">The Valley Times</h1><article><h1>Bridge to shut in March</h1>'
        "<p>Text.</p></article></body></html>"
    )
    assert title_candidates(page) == [
        "Harbour bridge shut for six months",
        "Harbour bridge to shut",
        "Bridge to shut in March",
        "Bridge shut",
        "The Valley Times",
    ]


def test_a_headline_the_text_already_has_is_not_repeated_and_one_lower_down_moves_up() -> None:
    story = "<p>" + "The council voted to close the bridge for six months of repairs. " * 3 + "</p>"
    page = (
        "<html><head><meta property='og:title' content='Bridge to close for six months'></head><body>"
        "<article><p>LOCAL NEWS</p><h2>Bridge to close for six months</h2>"
        + story
        + "</article></body></html>"
    )
    text = read_page(page).text
    assert text.startswith("Bridge to close for six months\n\n")
    assert text.count("Bridge to close for six months") == 1


@pytest.mark.parametrize(
    ("markup", "byline"),
    [
        ('<p class="byline">By <a href="/a">Ana Ruiz</a>, Staff Reporter · 4 March 2025</p>', "By Ana Ruiz"),
        (
            '<div class="c-byline__authors">By Ana Ruiz, Tom Hale and Lee Chan</div>',
            "By Ana Ruiz, Tom Hale and Lee Chan",
        ),
        ('<span class="author-name">Ana Ruiz</span>', "By Ana Ruiz"),
        ('<a rel="author" href="/ana">Ana Ruiz</a> in Toronto', "By Ana Ruiz"),
        ('<p class="byline">BY ANA RUIZ | REUTERS</p>', "By ANA RUIZ"),
        ('<div class="author-bio">Ana Ruiz is a reporter who covers transport.</div>', ""),
        ('<div class="port-authority">Port Authority of the Bay</div>', ""),
        ('<li class="menu-authors"><a href="/authors">Our Authors</a></li>', ""),
        (
            '<li class="menu-authors"><a href="/a">Columnists</a></li><span itemprop="author">Ana Ruiz</span>'
            '<p class="byline">By Tom Hale</p>',
            "By Tom Hale",
        ),
        ("", ""),
    ],
)
def test_the_byline_is_one_line_of_names(markup: str, byline: str) -> None:
    page = load_html(f"<html><body><header>{markup}</header><article><p>Text.</p></article></body></html>")
    assert byline_of(page) == byline


def test_the_byline_falls_back_on_the_author_meta_tag() -> None:
    page = load_html(
        '<html><head><meta name="author" content="Ana Ruiz"></head><body><p>T.</p></body></html>'
    )
    assert byline_of(page) == "By Ana Ruiz"
    url = load_html(
        '<html><head><meta property="article:author" content="https://x.example/ana"></head></html>'
    )
    assert byline_of(url) == ""


def _web_archive(page: str) -> bytes:
    """``page`` saved as a browser saves a "Webpage, Single File" (MHTML): quoted-printable
    HTML, then the page's images."""
    html = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.com/ferry\r\n"
        "Subject: Ferry crews walk out\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        '\tboundary="----Boundary--x1----"\r\n\r\n\r\n'
        "------Boundary--x1----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://news.example.com/ferry\r\n\r\n"
        f"{html}\r\n"
        "------Boundary--x1----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        "Content-Location: https://news.example.com/a.png\r\n\r\niVBORw0KGgo=\r\n"
        "------Boundary--x1------\r\n"
    ).encode("ascii")


def test_a_page_saved_as_a_web_archive_is_read_as_its_page(tmp_path: Path) -> None:
    archive = tmp_path / "saved" / "ferry.mhtml"
    archive.parent.mkdir()
    archive.write_bytes(_web_archive(FERRY_PAGE))
    (doc,) = list(read_inputs([str(tmp_path)]))  # a folder is walked for web archives too
    assert isinstance(doc, Document) and doc.kind == "html"
    assert doc.text == read_page(FERRY_PAGE).text and doc.title == FERRY_HEADLINE
    result = runner.invoke(app, ["extract", "-", "-f", "jsonl"], input=_web_archive(FERRY_PAGE))
    assert "Dana Kowalski" in {r["speaker"] for r in _json_rows(result)}
    images_only = tmp_path / "images.mht"
    no_page = _web_archive(FERRY_PAGE).replace(b"Content-Type: text/html", b"Content-Type: text/css")
    images_only.write_bytes(no_page)
    (error,) = list(read_inputs([str(images_only)]))
    assert isinstance(error, InputError) and "no HTML page" in error.message


def test_a_story_line_starting_with_by_is_no_byline_and_json_ld_entities_are_read() -> None:
    story = (
        "<p>By the end of the day, the council had voted to close the bridge for six months.</p>"
        "<p>“It is the only safe choice,” said Tom Hale, the council's engineer, on Monday.</p>"
    )
    page = read_page(
        '<html><head><script type="application/ld+json">{"headline": "Bridge &amp; tunnel to close"}'
        '</script></head><body><span class="byline">By Ana Ruiz</span>'
        f"<article>{story}</article></body></html>"
    )
    assert page.title == "Bridge & tunnel to close"
    assert page.text.split("\n\n")[:3] == [
        "Bridge & tunnel to close",
        "By Ana Ruiz",
        "By the end of the day, the council had voted to close the bridge for six months.",
    ]
