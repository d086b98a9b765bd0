"""`By Wanjiru Kamau Senior Reporter`: a byline of one element, the journalist's job written right
after the name with no comma or bar between, gives the name alone (the author a column's `I` is),
the job's desk and rank words with it (`Health Correspondent`, `Staff Writer`); two words of the
name at least are kept, and a list of names is left as it is."""

from __future__ import annotations

import pytest
from trafilatura.utils import load_html

from quotes.page import byline_of


@pytest.mark.parametrize(
    ("markup", "byline"),
    [
        ('<p class="byline">By Wanjiru Kamau Senior Reporter</p>', "By Wanjiru Kamau"),
        ('<div class="byline">By Niamh Walsh Health Correspondent</div>', "By Niamh Walsh"),
        ('<span class="author-name">Tunde Bello Staff Writer</span>', "By Tunde Bello"),
        ('<p class="byline">By Jane Writer</p>', "By Jane Writer"),
        ('<p class="byline">By Ana Ruiz and Tom Hale</p>', "By Ana Ruiz and Tom Hale"),
    ],
)
def test_a_journalists_job_after_the_name_is_no_part_of_it(markup: str, byline: str) -> None:
    page = load_html(f"<html><body><header>{markup}</header><article><p>Text.</p></article></body></html>")
    assert byline_of(page) == byline
