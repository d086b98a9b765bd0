"""A reading prompt set off by a bar (`WATCH | Riders react to the vote:`, News24's `READ | …`)
is a link to other reading, not a byline `Ana Ruiz | Reuters` by an author called *Watch*:
models/furniture.txt tries the prompts before the bylines, so the page reader drops the line
(it kept it as the page's one byline). Lines and pages written for this file.
"""

from __future__ import annotations

import pytest

from quotes.furniture import line_kind
from quotes.page import read_page


@pytest.mark.parametrize(
    "line, kind",
    [
        ("WATCH | Riders react to the new bus routes:", "related"),
        ("READ | Fuel levy to rise from Wednesday", "related"),
        ("Read: The mayor's full statement", "related"),
        ("Ana Ruiz | Reuters", "byline"),
        ("Readers said the plan was late.", ""),
    ],
)
def test_a_reading_prompt_with_a_bar_is_no_byline(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_the_page_reader_drops_a_prompt_with_a_bar() -> None:
    markup = (
        "<html><head><title>Town adds Sunday buses</title></head><body><article>"
        "<h1>Town adds Sunday buses</h1>"
        "<p>The council approved Sunday bus service on Tuesday.</p>"
        "<p><strong>WATCH | Riders react to the new bus routes:</strong></p>"
        "<p>“People have asked for this for years,” said Coun. Ana Ruiz.</p>"
        "</article></body></html>"
    )
    assert "WATCH" not in read_page(markup).text
