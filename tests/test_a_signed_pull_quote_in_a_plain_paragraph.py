"""A pull quote set in a plain paragraph with its speaker signed under it, as a site's editor
pastes it into the body (`<p>“Nobody is out to punish the operators.” — Davis Chirchir,
Transport CS</p>`): the page reader drops an unmarked pull quote whose words stand in another
paragraph, but the signature's words kept this one apart, so it gave a second row, sieve
`signature`. A block that opens with a quote mark and closes on one, then a dash and a few
words with no quote of their own, is now matched by its quoted words alone. A signed quote the
story does not repeat stays. Pages made up for this file."""

from __future__ import annotations

from quotes.page import read_page

QUOTE = "Nobody is out to punish the operators"
STORY = (
    "<p>Matatu operators have called off a planned strike after talks with the Transport "
    "ministry on Wednesday.</p>"
    "<p>Transport Secretary Davis Chirchir said the fees were meant to improve road safety.</p>"
    f"<p>“{QUOTE},” he said.</p>"
    "<p>Commuters said they were relieved the strike was off.</p>"
)


def page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Matatu operators call off strike | The Star</title></head>"
        '<body><article><h1>Matatu operators call off strike</h1><div class="author-name">By Brian '
        f'Otieno</div><div class="article-body">{body}</div></article></body></html>'
    )


def test_a_signed_pull_quote_the_story_repeats_goes() -> None:
    pull = f"<p>“{QUOTE}.” — Davis Chirchir, Transport Secretary</p>"
    text = read_page(page(STORY + pull)).text
    assert text.count(QUOTE) == 1
    assert "Transport Secretary</p>" not in text and not text.endswith("Transport Secretary")


def test_a_signed_quote_the_story_does_not_repeat_stays() -> None:
    signed = "<p>“We walked to work the last time and nobody paid us for it.” — a commuter in Nairobi</p>"
    text = read_page(page(STORY + signed)).text
    assert "We walked to work the last time" in text
