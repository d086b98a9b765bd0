"""quotes/page.py on the markup of real kinds of news page: bylines in data attributes and
structured data, captions in camelCase classes, summaries, embedded posts, live blogs, author
bios, unmarked pull quotes. Every page here is made up for the test."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from quotes.furniture import byline_author, line_kind
from quotes.page import byline_of, read_page

STORY = (
    "<p>The council voted on Tuesday to close the Eastside swimming pool at the end of the year, "
    "ending a long campaign by residents to keep it open.</p>"
    "<p>“We simply cannot afford to repair it,” the council leader, Anna Brookes, said. "
    "“The roof is unsafe and the boilers are older than I am.”</p>"
    "<p>Residents said they would appeal against the decision at the next full meeting.</p>"
)


def page(body: str, head: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><title>Council votes to shut pool | The Ledger</title>"
        f"{head}</head><body><article><h1>Council votes to shut pool</h1>{body}</article></body></html>"
    )


def paragraphs(markup: str) -> list[str]:
    return read_page(markup).text.split("\n\n")


# --- the byline ---------------------------------------------------------------------------


def test_a_byline_marked_in_a_data_attribute_is_found() -> None:
    tree = load_html(page('<div data-testid="byline"><span>By Ana Ruiz</span></div>' + STORY))
    assert byline_of(tree) == "By Ana Ruiz"


def test_the_structured_data_names_the_author_when_the_markup_does_not() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Pool to shut", '
        '"author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Hale"}], '
        '"publisher": {"@type": "Organization", "name": "The Ledger"}}</script>'
    )
    # A byline block whose first words are a date gives no name; the structured data does.
    markup = page('<div data-testid="byline-block"><time>6 March 2025</time> Ana Ruiz</div>' + STORY, ld)
    assert byline_of(load_html(markup)) == "By Ana Ruiz and Tom Hale"
    organisation_only = ld.replace('"Person", "name": "Ana Ruiz"', '"Organization", "name": "Ledger Staff"')
    assert byline_of(load_html(page(STORY, organisation_only))) == "By Tom Hale"


@pytest.mark.parametrize(
    "markup, expected",
    [
        ('<div class="byline">By <a href="/a">Lachlan Reid</a> and wires</div>', "By Lachlan Reid"),
        ('<p class="byline">By Ana Ruiz and agencies</p>', "By Ana Ruiz"),
        ('<p class="byline">By BEN CARTER FOR THE DAILY CLARION</p>', "By BEN CARTER"),
    ],
)
def test_a_desk_or_a_publisher_after_the_names_is_left_out(markup: str, expected: str) -> None:
    assert byline_of(load_html(page(markup + STORY))) == expected


# --- furniture the markup marks -------------------------------------------------------------


def test_captions_in_camel_case_classes_and_bullet_summaries_go() -> None:
    # (A standfirst of bullet points repeats the story; one of prose is story text.)
    markup = page(
        '<ul class="mol-bullets-with-font"><li>Anna Brookes says: “The roof is unsafe”</li></ul>'
        '<div class="content__standfirst">'
        "<ul><li>Residents vow to appeal after “shameful” vote</li></ul></div>"
        + STORY
        + '<div class="imgGroup"><img src="a.jpg"><p class="imageCaption">A sign reads “Save our pool”</p>'
        '<span class="imageCredit">Credit: SWNS</span></div>'
    )
    text = read_page(markup).text
    for furniture in ("says: “The roof", "shameful", "Save our pool", "SWNS"):
        assert furniture not in text, furniture
    assert "The roof is unsafe and the boilers" in text


def test_embedded_posts_are_not_the_story() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="en">Shameful decision by the council tonight.</p>'
        "&mdash; Tom Hale (@tomhale) <a href='#'>March 4, 2025</a></blockquote>"
    )
    amp = (
        '<amp-twitter width="375" height="472" data-tweetid="1"><blockquote placeholder>'
        "<p>We will appeal, and we will win.</p>&mdash; Pool Friends (@poolfriends)"
        "</blockquote></amp-twitter>"
    )
    text = read_page(page(STORY + tweet + amp)).text
    assert "Shameful decision" not in text and "@tomhale" not in text
    assert "we will win" not in text
    assert "We simply cannot afford" in text


def test_a_list_under_a_key_points_label_is_a_summary() -> None:
    summary = (
        "<p><strong>Key points:</strong></p>"
        "<ul><li>The pool shuts in December</li><li>Residents will appeal</li></ul>"
    )
    text = read_page(page(STORY + summary)).text
    assert "Key points" not in text and "The pool shuts in December" not in text
    # Any other list is the story's.
    text = read_page(page(STORY + "<p>The options were:</p><ul><li>repair the roof</li></ul>")).text
    assert "repair the roof" in text


def test_every_entry_of_a_live_blog_is_read_with_its_title_and_its_time() -> None:
    entries = "".join(
        f'<article class="block"><header><p class="block-time published-time"><a href="#b{i}">'
        f'<time datetime="2025-03-26T1{i}:00">1{i}.00 GMT</time></a></p>'
        f'<h2 class="block-title">Entry {title}</h2>'
        f"</header><div class='block-elements'><p>{body}</p>"
        "<p>More on this as we get it, from the town hall.</p>"
        "</div></article>"
        for i, (title, body) in enumerate(
            [
                ("one", "“The pool was full every Saturday,” said Mark Ellis, who runs the swimming club."),
                ("two", "The council leader, Anna Brookes, is speaking to reporters outside the town hall."),
                ("three", "The vote was seven to four, with two councillors absent from the meeting."),
            ]
        )
    )
    ld = (
        '<script type="application/ld+json">'
        '{"@type": "LiveBlogPosting", "headline": "Pool vote live"}</script>'
    )
    markup = (
        f"<!DOCTYPE html><html><head><title>Pool vote live | The Ledger</title>{ld}</head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header><main>"
        "<h1>Pool vote live</h1><p class='byline'>By Ana Ruiz</p>"
        f"<div id='liveblog-body'>{entries}</div></main><footer>© The Ledger</footer></body></html>"
    )
    text = read_page(markup).text
    for piece in ("Entry one", "Mark Ellis", "Entry two", "Anna Brookes", "Entry three", "seven to four"):
        assert piece in text, piece
    # The Guardian's stamp (a time with its zone) is a line of its own, as `14:32` is: it is all
    # that parts two entries without a title, so a speaker does not carry from one to the next.
    assert "10.00 GMT\n\nEntry one" in text and "absent from the meeting." in text


# --- furniture inside the story ---------------------------------------------------------------


def test_the_authors_bio_and_credit_lines_at_the_end_go() -> None:
    tail = (
        "<p>Ana Ruiz is a reporter with the Ledger. She covers the council. "
        "Reach her at ana@ledger.example.</p>"
        "<p>With files from The Canadian Press</p>"
        "<p><em>This article was amended on 9 March 2025 to correct the spelling of "
        "Ms Brookes’s name.</em></p>"
    )
    parts = paragraphs(page('<p class="byline">By Ana Ruiz</p>' + STORY + tail))
    assert parts[1] == "By Ana Ruiz"
    assert parts[-1] == "Residents said they would appeal against the decision at the next full meeting."
    # The author's name at the start of a story paragraph is not a bio.
    story = "<p>Ana Ruiz is one of the residents who will appeal, but she writes nothing about it.</p>"
    assert "one of the residents" in read_page(page('<p class="byline">By Ana Ruiz</p>' + STORY + story)).text


def test_a_pull_quote_the_markup_does_not_mark_is_not_a_second_quote() -> None:
    pull = "<blockquote><p>“The roof is unsafe and the boilers are older than I am.”</p></blockquote>"
    text = read_page(
        page(STORY[: STORY.index("<p>Residents")] + pull + STORY[STORY.index("<p>Residents") :])
    ).text
    assert text.count("The roof is unsafe and the boilers are older than I am.") == 1
    # A short quoted heading that the story repeats in part stays: it may be words of its own.
    text = read_page(page("<h2>‘Cannot afford it’</h2>" + STORY)).text
    assert "‘Cannot afford it’" in text


@pytest.mark.parametrize(
    "line, kind",
    [
        ("With files from The Canadian Press", "credit"),
        ("— Tom Hale (@tomhale) March 4, 2025", "credit"),
        ("This article was amended on 9 March 2025 to correct a name.", "notice"),
        ("An earlier version of this story misstated the date of the vote.", "notice"),
        ("Correction: An earlier version of this article gave the wrong date.", "notice"),
        ("Please turn on JavaScript to use this feature", "notice"),
        ("Our Standards: The Ledger Trust Principles., opens new tab", "notice"),
        ("Do you have a story for our news team? Email tips@ledger.example", "share"),
        ("Got a news tip? Call us on 0207 555 0101", "share"),
        ("Suggested Topics:", "label"),
        ("Live feed", "label"),
        # Story lines are none of these.
        ("“With files from the archive, we rebuilt the timeline,” she said.", ""),
        ("The article was amended by the committee on Tuesday, Ms Brookes said.", ""),
        ("Do you have a plan for the pool, she asked the council leader.", ""),
    ],
)
def test_page_furniture_lines(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_a_live_entrys_time_stamp_stays_as_a_line_of_its_own() -> None:
    # A stamp ends a speaker's carry: without it, a quote opening the next entry went to the
    # speaker of the entry before. (Stuff's `live-update` shape and BBC's: entries in list items,
    # a screen-reader copy of the time in the header.)
    stuff = (
        "<html><head><title>Live updates: Floods close roads | The Ledger</title></head><body><main>"
        "<h1>Live updates: Floods close roads</h1><div class='live-updates'>"
        "<div class='live-update'><span class='live-update__time'>2.15pm</span><h2>Centre opens</h2>"
        "<p>“We have beds for 200 people tonight,” a Red Cross spokesperson said.</p></div>"
        "<div class='live-update'><span class='live-update__time'>1.40pm</span>"
        "<p>“The water came up through the floorboards in ten minutes.”</p>"
        "<p>That was how one resident described the flooding on Monday.</p></div>"
        "</div></main></body></html>"
    )
    text = read_page(stuff).text
    assert "said.\n\n1.40pm\n\n“The water came up" in text
    bbc = (
        "<html><head><title>Storm live - BBC News</title>"
        '<script type="application/ld+json">{"@type": "LiveBlogPosting"}</script></head><body><main>'
        "<h1>Storm live</h1><ol>"
        + "".join(
            f"<li><article><header><span class='visually-hidden'>posted at {t}</span>"
            f"<span aria-hidden='true'><time>{t}</time></span><h3><span>{title}</span></h3></header>"
            f"<div><p>{first}</p><p>The council will say more at noon today.</p></div></article></li>"
            for t, title, first in (
                ("11:42", "Ferries cancelled", "All sailings from the harbour are off until Monday."),
                ("11:05", "Power cuts", "About 4,000 homes are without power in the county."),
            )
        )
        + "</ol></main></body></html>"
    )
    text = read_page(bbc).text
    assert "11:05\n\nPower cuts\n\nAbout 4,000 homes" in text
    guardian = (
        "<html><head><title>Budget live | The Ledger</title>"
        '<script type="application/ld+json">{"@type": "LiveBlogPosting"}</script></head><body><main>'
        "<h1>Budget live</h1><div id='liveblog-body'>"
        + "".join(
            f"<div class='block'><p class='block-time published-time'><a href='#b{i}'>"
            f"<time datetime='2026-03-26T14:{i}0'>{t}</time></a></p><div class='block-elements'>"
            f"<p>{body}</p></div></div>"
            for i, (t, body) in enumerate(
                (
                    ("14.58 GMT", "“It is a fair budget,” said Ana Ruiz, who chairs the council."),
                    ("14.41 GMT", "“Close the libraries and you close the last warm room.”"),
                )
            )
        )
        + "</div></main></body></html>"
    )
    guardian_text = read_page(guardian).text
    assert "council.\n\n14.41 GMT\n\n“Close the libraries" in guardian_text
    assert "county.\n\nThe council" in text and "posted at" not in text


def test_a_time_inside_a_sentence_stays_in_it() -> None:
    # trafilatura drops every <time> with its words, and the class rule a time-marked span: the
    # sentence (or a quote) lost them. Over the story or in a list of related links, a time is
    # still furniture.
    page = (
        "<html><head><title>Ferry fined over berth crash | The Ledger</title></head><body><main>"
        "<article><h1>Ferry fined over berth crash</h1>"
        "<p>Published <time datetime='2026-12-04'>4 December 2026</time></p>"
        "<p>A ferry company has been fined $240,000 after one of its ships struck the town berth "
        "at speed, injuring four passengers on board.</p>"
        "<p>“By <time>8am</time> we had four people on their way to hospital,” harbourmaster "
        "Colin Reed told the court.</p>"
        "<p>The master had been on duty since <span class='date'>Thursday 13 March</span>, "
        "the company's lawyer said.</p>"
        "<ul><li><a href='/n/1'>Town pool to close for repairs</a><time>2 December 2026</time></li>"
        "</ul></article></main></body></html>"
    )
    text = read_page(page).text
    assert "“By 8am we had four people" in text
    assert "since Thursday 13 March, the company's" in text
    assert "4 December 2026" not in text and "2 December 2026" not in text


def test_a_bylines_time_stays_in_the_byline() -> None:
    # A byline's block is furniture, so its <time> was not kept as a sentence's: trafilatura
    # dropped it, and `By Ana Ruiz on` was no byline; the column's `I` lost its author.
    page = (
        "<html><head><title>My week on the night bus | The Ledger</title></head><body><main>"
        "<article><h1>My week on the night bus</h1>"
        "<p>By Ana Ruiz on <time datetime='2026-03-03'>March 3, 2026</time></p>"
        "<p>I have ridden the N38 every night for a week, from the last pub to the first bakery, "
        "and I have met the people who keep the city running while it sleeps.</p>"
        "<p>“You get used to it,” I told my editor when she asked how I was coping.</p>"
        "<p>The drivers work ten-hour shifts and most of them have done so for more than a "
        "decade, one of them told me as we crossed the river at three in the morning.</p>"
        "</article></main></body></html>"
    )
    text = read_page(page).text
    assert "By Ana Ruiz on March 3, 2026" in text
    assert byline_author(text) == "Ana Ruiz"


def test_a_standfirst_above_the_byline_stays_above_it() -> None:
    # (The lede's reader takes the paragraph right above a byline for a standfirst, no lede.)
    dek = "<p>Residents have fought for years to keep the pool open, and they say they will not stop.</p>"
    parts = paragraphs(page(dek + '<div class="author"><a href="/a">Ana Ruiz</a></div>' + STORY))
    assert parts[1].startswith("Residents have fought") and parts[2] == "By Ana Ruiz"
    assert parts[3].startswith("The council voted")


def test_a_byline_at_the_foot_goes_under_the_headline() -> None:
    # (A byline after the story is no sign that the lede above it is a standfirst.)
    parts = paragraphs(page(STORY + '<div class="author"><a href="/a">Ana Ruiz</a></div>'))
    assert parts[1] == "By Ana Ruiz" and parts[2].startswith("The council voted")
