"""A short story whose paragraphs, set off by blank lines, are a line each, under a top of a
headline, a standfirst and a byline one a line: its lines may be about as long as each other,
as a hard-wrapped text's are, but no paragraph of the story runs over lines, so the text is not
wrapped, and the headline is not run into the standfirst under it (where it was read as one
long first line, no headline, and its quote as a quote of nobody's). Stories written for this
file."""

from __future__ import annotations

from quotes.pieces import soft_line_breaks, text_for_parser, wrap_width
from quotes.pipeline import Document, extract_documents

# (Every line under 80 characters, most of them over 60: they look wrapped at 79.)
FERRY = (
    "'I never thought I'd see this day' - joy as island ferry returns\n"
    "Islanders cheer as the service resumes after two years away\n"
    "Anna Whyte, Political Reporter\n"
    "\n"
    "Commuters on Kawau Island cheered on Monday as the ferry service came back.\n"
    "\n"
    '"I never thought I\'d see this day," said commuter Rangi Walker, 64.\n'
    "\n"
    "The harbour board's Stacey Brennan said the ferry would run every hour.\n"
    "\n"
    '"We know it has been a tough time for the island," she said.\n'
)

# A wrapped story: its paragraphs run over lines, under a headline of a line.
WRAPPED = (
    "FERRY SERVICE RESUMES\n"
    "\n"
    "Commuters on Kawau Island cheered on Monday as the ferry service came back\n"
    "after two years, the harbour board having found a new operator for the run.\n"
    "\n"
    '"I never thought I would see this day," said Rangi Walker, a commuter of\n'
    "sixty-four, who has crossed to the mainland for work since he was a boy.\n"
    "\n"
    "The board said the ferry would run every hour from seven in the morning.\n"
)


def test_one_line_paragraphs_under_the_top_are_not_wrapped() -> None:
    assert wrap_width(FERRY) is None
    assert soft_line_breaks(FERRY) == []
    assert text_for_parser(FERRY) == FERRY


def test_a_story_whose_paragraphs_run_over_lines_is_still_wrapped() -> None:
    assert wrap_width(WRAPPED) is not None
    assert "came back after two years" in text_for_parser(WRAPPED)


def test_the_headlines_quote_is_hidden_and_the_story_s_quotes_keep_their_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    (document,) = extract_documents(nlp, [Document("ferry", FERRY)])
    rows = [(q.quote, q.speaker) for q in document.rows]
    assert rows == [
        ("I never thought I'd see this day,", "Rangi Walker"),
        ("We know it has been a tough time for the island,", "Stacey Brennan"),
    ]
