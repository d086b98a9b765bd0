"""Guillemets typed in plain letters, `<<…>>`, over several paragraphs: as with every other mark,
a quote that runs on opens each paragraph with `<<` and closes only the last with `>>`. The
first paragraphs' quotes were dropped (a typed pair had to close on its paragraph); now each
paragraph is a span of one utterance with exact offsets. A list of links (`<<Home`, `<<Back to
news`) closes nothing and stays no quote, and `<<` opening a paragraph the next one does not
go on is none."""

from __future__ import annotations

from quotes.spans import find_quote_spans

_RUN = (
    "The Mayor, Mr. John Hargreaves, said:\n\n<<The rates must rise this year.\n\n"
    "<<There is no other way.>>\n\nCarried."
)


def test_a_run_over_two_paragraphs_is_one_utterance_with_exact_offsets() -> None:
    spans = find_quote_spans(_RUN)
    words = [_RUN[s.start : s.end] for s in spans]
    assert words == ["The rates must rise this year.", "There is no other way."]
    assert spans[0].utterance == spans[1].utterance


def test_links_and_an_unclosed_opening_are_no_quotes() -> None:
    assert find_quote_spans("<<Home\n\n<<Back to news\n\nStory text here.") == []
    assert find_quote_spans("The Mayor said:\n\n<<The rates must rise.\n\nThe motion was carried.") == []
