"""A saved page's standfirst (`<p class="standfirst">`, a `dek`, `summary`, `intro`, `lede`,
`article-summary`, `story__excerpt`, `<h2 class="sub-title">`, the Guardian's
`data-gu-name="standfirst"`) is story text: the page reader keeps it under the headline, above
the `By` line, where the lede's reader knows it for a standfirst, so its quote gives a row.
Before, the class rule dropped it as furniture, and trafilatura left out the header it is set
in. A standfirst of bullet points still goes (it repeats the story point by point), and so do
the summaries of other stories' cards further down. Pages made up for this file."""

from __future__ import annotations

import pytest

from quotes.page import read_page

STORY = (
    "<p>The regional council voted on Tuesday to cut a third of the city's bus routes from July, "
    "saying fares no longer cover the cost of running them.</p>"
    "<p>“We have no money left to move,” the council's chief executive, Tom Hale, said.</p>"
    "<p>Union members said they would meet on Thursday to decide whether to strike over the cuts.</p>"
)
DEK = "Mayor says the cuts will “gut” public transport and vows to fight them in court"


def page(header: str, body: str = STORY, after: str = "") -> str:
    return (
        "<!DOCTYPE html><html><head><title>Council cuts bus routes | The Ledger</title></head><body>"
        f'<div class="story-header"><h1>Council cuts bus routes</h1>{header}'
        '<div class="byline">By <a href="/a">Ana Ruiz</a></div></div>'
        f'<article class="story-body">{body}</article>{after}</body></html>'
    )


@pytest.mark.parametrize(
    "standfirst",
    [
        f'<p class="standfirst">{DEK}</p>',
        f'<p class="story-header__dek">{DEK}</p>',
        f'<div class="article-summary"><p>{DEK}</p></div>',
        f'<p class="article__intro">{DEK}</p>',
        f'<p class="lede">{DEK}</p>',
        f'<div class="story__excerpt">{DEK}</div>',
        f'<h2 class="sub-title">{DEK}</h2>',
        f'<div data-gu-name="standfirst" class="dcr-1j7jp4r"><p>{DEK}</p></div>',
    ],
)
def test_a_standfirst_is_kept_above_the_byline(standfirst: str) -> None:
    parts = read_page(page(standfirst)).text.split("\n\n")
    assert parts[:3] == ["Council cuts bus routes", DEK, "By Ana Ruiz"]
    assert parts[3].startswith("The regional council voted")


def test_a_standfirst_in_the_story_body_is_kept() -> None:
    parts = read_page(page("", f'<p class="standfirst">{DEK}</p>' + STORY)).text.split("\n\n")
    assert DEK in parts and parts.count(DEK) == 1


def test_a_standfirst_of_bullet_points_goes() -> None:
    bullets = '<div class="content__standfirst"><ul><li>Mayor says cuts will “gut” transport</li></ul></div>'
    assert "gut" not in read_page(page(bullets)).text


def test_a_card_summary_further_down_is_no_standfirst() -> None:
    card = (
        '<div class="card"><h3>Ferry fares rise</h3>'
        '<p class="summary">Operator says “costs” are up</p></div>'
    )
    text = read_page(page(f'<p class="dek">{DEK}</p>', after=card)).text
    assert DEK in text and "costs" not in text
