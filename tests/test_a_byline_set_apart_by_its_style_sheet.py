"""A byline whose parts a site's style sheet sets apart, not its markup: the name in one inline
element and the reporter's job in the next, with no space between them
(`<span>Lisa Steyn</span><span>Senior Business Journalist</span>`, News24's and the Straits
Times' bylines) or only a space (`<a>Niamh Walsh</a> <span>Health Correspondent</span>`), read
as one name *Lisa SteynSenior Business Journalist*; and a byline with the desk before its `By`
(`ABC Wimmera / By Sarah Lawrence`, the ABC's) gave the desk for the author. That name is the
column's `I` (`“Will the lights stay on?” I asked him.` gave the speaker *Lisa SteynSenior
Business Journalist*, *ABC Wimmera*). An element holding a whole name before another that opens
on a capital is now set apart as a block of the byline is, and names after a desk's `By` are
the byline's. Pages made up for this file."""

from __future__ import annotations

import pytest

from quotes.furniture import byline_author
from quotes.page import read_page

STORY = (
    "<p>Eskom has warned that it may be forced to cut power for six hours a day later this week "
    "after a string of breakdowns at its power stations.</p>"
    "<p>“We had six units trip overnight,” the utility’s chief operating officer, Dan Marokane, "
    "told a briefing on Thursday.</p>"
    "<p>“Will the lights stay on this winter?” I asked him. He did not answer.</p>"
)


def page(byline: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Eskom warns of longer power cuts | News24</title>"
        '<meta property="og:title" content="Eskom warns of longer power cuts"></head><body>'
        f'<article><h1>Eskom warns of longer power cuts</h1>{byline}'
        f'<div class="article__body">{STORY}</div></article></body></html>'
    )


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        (
            '<div class="article__author"><span class="article__author-name">Lisa Steyn</span>'
            '<span class="article__author-title">Senior Business Journalist</span></div>',
            "Lisa Steyn",
        ),
        (
            '<div class="byline-wrapper"><span class="byline-name">Ng Keng Gene</span>'
            '<span class="byline-title">Housing Correspondent</span>'
            '<span class="date">Published Mar 06, 2025, 05:00 AM</span></div>',
            "Ng Keng Gene",
        ),
        (
            '<div class="byline"><a href="/author/niamh-walsh">Niamh Walsh</a> '
            "<span>Health Correspondent</span></div>",
            "Niamh Walsh",
        ),
        (
            '<div class="byline"><span>ABC Wimmera</span><span>/</span>'
            '<span>By <a href="/news/sarah-lawrence">Sarah Lawrence</a></span></div>',
            "Sarah Lawrence",
        ),
    ],
)
def test_the_byline_gives_the_reporters_name_alone(byline: str, author: str) -> None:
    text = read_page(page(byline)).text
    assert text.split("\n\n")[1] == f"By {author}"
    assert byline_author(text) == author


def test_two_words_of_one_name_in_two_elements_stay_one_name() -> None:
    byline = '<div class="byline">By <span class="first">Ana</span> <span class="last">Ruiz</span></div>'
    assert read_page(page(byline)).text.split("\n\n")[1] == "By Ana Ruiz"
