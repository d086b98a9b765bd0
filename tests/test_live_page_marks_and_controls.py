"""A live page's marks on an entry (`Pinned post`, `Key event`) and a page's controls (`Load more
updates`, `Back to top`, `Share this update`) are furniture, and `Read next` heads a link
(models/furniture.txt); a story's sentence that opens with the same words is not. Lines and a
page written for this file.
"""

from __future__ import annotations

import pytest

from quotes.furniture import line_kind
from quotes.page import read_page


@pytest.mark.parametrize(
    "line, kind",
    [
        ("Pinned post", "notice"),
        ("Key event", "notice"),
        ("Show key events only", "notice"),
        ("Load more updates", "notice"),
        ("Back to top", "notice"),
        ("Share this update", "notice"),
        ("Read next", "listhead"),
        ("Up next", "listhead"),
        ("Pinned down by fire, the crew waited for dawn.", ""),
        ("Show more respect, he said.", ""),
    ],
)
def test_live_page_marks_and_controls(line: str, kind: str) -> None:
    assert line_kind(line) == kind


def test_a_live_entrys_marks_leave_the_story() -> None:
    markup = (
        "<html><head><title>Budget live: tax changes</title></head><body><article>"
        "<h1>Budget live: tax changes</h1>"
        "<p>Pinned post</p>"
        "<p>The Chancellor, Maria Stone, opened her speech with a pledge on public services.</p>"
        "<p>Key event</p>"
        "<p>“It will help hauliers,” said Claire Dunn of the Lenton Hauliers Association.</p>"
        "</article></body></html>"
    )
    text = read_page(markup).text
    assert "Pinned" not in text and "Key event" not in text
