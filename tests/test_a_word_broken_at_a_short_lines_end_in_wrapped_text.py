"""Hard-wrapped archive or OCR text reads its line breaks as spaces where the next line's first
word would not have fitted, and keeps the others as paragraph ends. A short line that ends on a
word broken by a hyphen (`the vote was long over-` / `due,''`, the next word short enough to have
fitted) was read as a paragraph's end inside a word, and the quote over it, open on one line and
closed on the next, was lost. No paragraph ends inside a word: the break is read as in text not
read as wrapped (the word whole, spaces after it), and the quote is one quote whose offsets index
the text as given, hyphen and line break inside it. A break the wrapping already reads as a space
stays as it was. Stories written for this file.
"""

from __future__ import annotations

from quotes.pieces import soft_line_breaks, text_for_parser
from quotes.spans import find_quote_spans

_STORY = (
    "COUNCIL BACKS NEW BRIDGE\n\n"
    "The county council voted on Tuesday to fund a new bridge over\n"
    "the river, ending a dispute that had lasted for ten years. ``The\n"
    "vote was long over-\n"
    "due,'' said Mary Jones, the council leader, after the meeting.\n"
    "``We have waited for this since the old bridge was closed in\n"
    "the spring of last year and the ferry took its place,'' she said.\n"
    "Opponents of the scheme said that the cost was far too high for\n"
    "a county of its size.\n"
)


def _quotes(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text_for_parser(text))]


def test_a_quote_over_a_word_broken_at_a_short_lines_end_is_one_quote() -> None:
    assert soft_line_breaks(_STORY)  # (the story is read as hard-wrapped)
    assert "long overdue  ,''" in text_for_parser(_STORY)
    assert _quotes(_STORY)[0] == "The\nvote was long over-\ndue,"


# The same story with the broken word's line full: the next line's first word would not have
# fitted, so the wrapping reads that break as a space already, and the parser reads two words.
_FULL = _STORY.replace("vote was long over-\n", "vote on the new bridge across the river was long over-\n")


def test_a_broken_word_the_wrapping_already_reads_as_a_space_stays_as_it_was() -> None:
    assert "long over- due,''" in text_for_parser(_FULL)
    assert _quotes(_FULL)[0] == "The\nvote on the new bridge across the river was long over-\ndue,"


def test_a_short_line_ending_on_no_hyphen_still_ends_its_paragraph() -> None:
    text = _STORY.replace("was long over-\ndue,'' said Mary Jones", "was long overdue.''\nMary Jones")
    assert "overdue.''\nMary Jones" in text_for_parser(text)
