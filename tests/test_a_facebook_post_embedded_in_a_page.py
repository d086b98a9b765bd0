"""A Facebook post embedded in a saved page (`<div class="fb-post" data-href=…>` holding
`<blockquote class="fb-xfbml-parse-ignore">`, or `fb-video`) is that post's text, not the
story's: before, its quote (`"We will not open," one trader told us.`) gave a row. Now the
page reader drops it, as it drops an embedded tweet, and the story around it stays. Pages made
up for this file."""

from __future__ import annotations

import pytest

from quotes.page import read_page

STORY = (
    "<p>Traders in the city centre kept their shops shut for a second day on Wednesday in protest "
    "at new tax rules.</p>"
    "<p>“We are not refusing to pay tax,” said Tom Hale, the chairman of the traders' association.</p>"
    "{embed}"
    "<p>The tax authority said the new receipts were meant to make collection fair to all.</p>"
)


def page(embed: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Traders shut shops | The Ledger</title></head><body>"
        "<article><h1>Traders shut shops</h1><div class='byline'>By Ana Ruiz</div>"
        f"{STORY.format(embed=embed)}</article></body></html>"
    )


@pytest.mark.parametrize(
    "embed",
    [
        '<div class="fb-post" data-href="https://www.facebook.example/ledger/posts/1" data-width="500">'
        '<blockquote cite="https://www.facebook.example/ledger/posts/1" class="fb-xfbml-parse-ignore">'
        "<p>Shops stay shut on Market Street today. “We will not open,” one trader told us.</p>"
        "Posted by <a href='#'>The Ledger</a> on <a href='#'>Wednesday, 5 March 2025</a></blockquote></div>",
        '<div class="fb-video" data-href="https://www.facebook.example/ledger/videos/2">'
        "<blockquote><p>Shops stay shut on Market Street today. “We will not open,” one trader told "
        "us.</p></blockquote></div>",
    ],
)
def test_an_embedded_facebook_post_is_not_the_story(embed: str) -> None:
    text = read_page(page(embed)).text
    assert "We will not open" not in text and "Posted by" not in text
    assert "We are not refusing to pay tax" in text and "make collection fair" in text
