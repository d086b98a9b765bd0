"""A page's text set one paragraph a line with no blank lines between, under a top of a headline,
a standfirst and a byline one a line: its lines may be about as long as each other, as a
hard-wrapped text's are, but every line under the top ends a sentence, where a wrapped story's
lines end where the width ran out. So the text is not wrapped, and the headline is not run into
the standfirst under it (where it was read as one long first line, no headline, and its quote as
a quote of nobody's). Stories written for this file."""

from __future__ import annotations

from quotes.pieces import soft_line_breaks, text_for_parser, wrap_width
from quotes.pipeline import Document, extract_documents

# (Every line under 80 characters, most of them over 60: they look wrapped at 71.)
FERRY = (
    "'I never thought I'd see this day' - joy as island ferry returns\n"
    "Islanders cheer as the service resumes after two years away\n"
    "Anna Whyte, Political Reporter\n"
    "Commuters on Kawau Island cheered on Monday as the ferry service came back.\n"
    '"I never thought I\'d see this day," said commuter Rangi Walker, 64.\n'
    "The harbour board's Stacey Brennan said the ferry would run every hour.\n"
    '"We know it has been a tough time for the island," she said.\n'
)

# An Irish paper's brief, a caption's credit among its lines.
LEVY = (
    "Harbour levy to double as Cork port counts cost of storm damage\n"
    "Minister says the increase is 'the only way to pay for the new wall'\n"
    "The levy on boats moored at Crosshaven will double from June, the port company said.\n"
    "Photo: Ana Ruiz\n"
    "Minister of State Aoife Brennan told the Dail the storm had cost four million euro.\n"
    '"We have looked at every option and this is the one left to us," Ms Brennan said.\n'
    "Boat owners said the rise would drive them to other harbours along the coast.\n"
)

# A wrapped story: its lines end inside sentences, under a headline of a line.
WRAPPED = (
    "Ferry service resumes after two years\n"
    "Commuters on Kawau Island cheered on Monday as the ferry service came back\n"
    "after two years, the harbour board having found a new operator for the run.\n"
    '"I never thought I would see this day," said Rangi Walker, a commuter of\n'
    "sixty-four, who has crossed to the mainland for work since he was a boy.\n"
    "The board said the ferry would run every hour from seven in the morning.\n"
)


def test_a_page_of_a_sentence_a_line_is_not_wrapped() -> None:
    for page in (FERRY, LEVY):
        assert wrap_width(page) is None
        assert soft_line_breaks(page) == []
        assert text_for_parser(page) == page


def test_a_story_whose_lines_end_inside_sentences_is_still_wrapped() -> None:
    assert wrap_width(WRAPPED) is not None
    assert "came back after two years" in text_for_parser(WRAPPED)


def test_the_headlines_quote_is_hidden_and_the_story_s_quotes_keep_their_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    (document,) = extract_documents(nlp, [Document("ferry", FERRY)])
    rows = [(q.quote, q.speaker) for q in document.rows]
    assert rows == [
        ("I never thought I'd see this day,", "Rangi Walker"),
        ("We know it has been a tough time for the island,", "Stacey Brennan"),
    ]
