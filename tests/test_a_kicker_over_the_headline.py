"""A kicker set in the headline's own block (CBC's `Sudbury` link over the `<h1>`) came out of
trafilatura as one block, `Sudbury\n<headline>`, which the page reader did not take for the
headline: it put the metadata title first and left a second copy of the headline in the story,
whose quote then got a speaker (`'We waited nine years,' says chief …` gave a row for *chief*).
The headline is now taken out of that block and the kicker dropped. A page written for this
file; the page reader does not parse, so the test reads its text.
"""

from __future__ import annotations

from quotes.page import read_page

_HEADLINE = "'We waited nine years,' says chief as boil-water advisory lifted"
_PAGE = f"""<html><head><title>{_HEADLINE} | CBC News</title>
<meta property="og:title" content="{_HEADLINE}"></head><body><main><article>
<div class="story-header"><a class="kicker">Sudbury</a><h1>{_HEADLINE}</h1></div>
<div class="story">
<p>For the first time in nine years, people in Sheshegwaning First Nation can drink water
straight from the tap after a new treatment plant opened on Friday.</p>
<p>"It's a good day. It's been a long time coming," said Chief Ana Manitowabi.</p>
<p>Band councillor Tom Debassige said families had spent "thousands of dollars" on bottled
water over the years.</p>
</div></article></main></body></html>"""


def test_a_kicker_over_the_headline_leaves_no_second_copy() -> None:
    page = read_page(_PAGE)
    assert page.title == _HEADLINE
    assert page.text.count("We waited nine years") == 1
    assert page.text.startswith(_HEADLINE + "\n\n")
    assert "Sudbury" not in page.text
