"""Hard-wrapped text (an archive story, an e-mail, a PDF copied out): a line break where the
next word would not fit goes on the paragraph, so a quote over it is one quote, found whole."""

from __future__ import annotations

import textwrap

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.pieces import soft_line_breaks, text_for_parser, wrap_width
from quotes.pipeline import Document, extract_documents
from tests.conftest import example_budget

WIRE = (
    "OTTAWA, June 9 (CP)--Fisheries Minister Donald Abernethy said today the cod quota would be\n"
    "cut by a third, calling the decision ``painful but unavoidable'' for the outports of the\n"
    "east coast.\n"
    "\n"
    "``Nobody in this department takes it lightly,'' Mr. Abernethy told a press conference in\n"
    "the capital. ``The stocks will not come back by themselves, and we cannot wait for them to\n"
    "do so.''\n"
    "\n"
    "The minister said the cut would be reviewed in the spring.\n"
)


def test_a_wire_story_wrapped_at_ninety_is_read_as_wrapped() -> None:
    assert wrap_width(WIRE) == 90
    breaks = soft_line_breaks(WIRE)
    # Every line break inside a paragraph wraps it; the blank lines stay.
    assert [WIRE[i - 5 : i] for i in breaks] == ["ld be", "f the", "ce in", "em to"]
    cleaned = text_for_parser(WIRE)
    assert len(cleaned) == len(WIRE)
    assert "\n\n" in cleaned and "would be cut by a third" in cleaned


def test_quotes_over_a_wrapped_line_are_found_whole_with_the_input_s_offsets(nlp) -> None:  # type: ignore[no-untyped-def]
    (result,) = extract_documents(nlp, [Document("wire", WIRE)])
    quotes = {q.quote: q for q in result.rows}
    wanted = [
        "painful but unavoidable",
        "Nobody in this department takes it lightly,",
        "The stocks will not come back by themselves, and we cannot wait for them to\ndo so.",
    ]
    assert sorted(quotes) == sorted(wanted)
    for q in result.rows:
        assert WIRE[q.start : q.end] == q.quote
        assert q.speaker == "Donald Abernethy"


def test_indented_paragraphs_of_wrapped_text_stay_apart() -> None:
    text = (
        "    The council met on Tuesday to weigh the plan for the harbour, which has been\n"
        "argued over for a decade by traders, fishermen and the port's owners alike.\n"
        "    ``We have waited long enough,'' said the mayor, Ruth Okafor, who chaired the\n"
        "meeting. ``It is time the town decided what it wants from its own waterfront.''\n"
    )
    breaks = soft_line_breaks(text)
    assert [text[i - 4 : i] for i in breaks] == ["been", " the"]


def test_a_web_page_s_text_is_not_wrapped() -> None:
    """One paragraph per line, and furniture lines of any length: no line break is touched."""
    text = (
        "Council backs harbour plan after decade of rows\n"
        "By Jane Doe, Local Democracy Reporter\n"
        "Share this article\n"
        "The council voted on Tuesday to go ahead with the plan for the harbour, which has been "
        "argued over for a decade by traders, fishermen and the port's owners.\n"
        "“We have waited long enough,” said the mayor, Ruth Okafor.\n"
        "Related: Harbour Traders Fear For Their Future\n"
        "Related: Port Owners Welcome Vote On Waterfront Plan\n"
    )
    assert wrap_width(text) is None
    assert text_for_parser(text) == text


def test_a_list_of_short_lines_keeps_its_breaks() -> None:
    text = "Most read\nHarbour plan backed\nMayor speaks out\nTraders fear rents\nWeather: rain\n"
    assert soft_line_breaks(text) == []


def test_windows_line_endings_unwrap_whole() -> None:
    text = WIRE.replace("\n", "\r\n")
    cleaned = text_for_parser(text)
    assert len(cleaned) == len(text)
    assert "would be  cut by a third" in cleaned  # the \r and the \n both read as spaces
    assert "\r\n\r\n" in cleaned


SENTENCES = [
    "“We will appeal the ruling as soon as the court allows it,” said Ana Ruiz, a lawyer for the traders.",
    "The council said the market would stay open until the end of the year at the earliest.",
    "“Nothing has changed for the people who work here every single day,” she said.",
    "Carlos Hale, who runs a fish stall by the gate, said trade had halved since the spring.",
    "“It is a relief, frankly,” Mr Hale said. “We have had years of not knowing what comes next.”",
]


PARAGRAPHS = st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=4).map(" ".join)


@settings(
    max_examples=example_budget(30),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(PARAGRAPHS, min_size=2, max_size=5),
    st.integers(40, 100),
)
def test_wrapped_news_gives_the_quotes_of_the_unwrapped_news(nlp, paragraphs: list[str], width: int) -> None:  # type: ignore[no-untyped-def]
    """The same article, one paragraph per line or wrapped at any width: the same quotes, each
    at offsets that hold in the text as given."""
    flowing = "\n\n".join(paragraphs)
    wrapped = "\n\n".join(
        textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False) for p in paragraphs
    )
    (as_flowing,) = extract_documents(nlp, [Document("f", flowing)])
    (as_wrapped,) = extract_documents(nlp, [Document("w", wrapped)])
    for q in as_wrapped.rows:
        assert wrapped[q.start : q.end] == q.quote
    assert [" ".join(q.quote.split()) for q in as_wrapped.rows] == [q.quote for q in as_flowing.rows]


# Short paragraphs of a page, one a line, about as long as each other: read as wrapped (a line ends
# on no stop, so not every line under the top ends a sentence), but a caption and a related link
# are lines whole all the same.
PAGE_LINES = (
    "“We will see this through,” says defiant mayor as council revolt grows\n"
    "By Sarah Collins and Tom Reid, Local Government Correspondents\n"
    "Updated 14:05 GMT, 3 March 2024\n"
    "Image caption: Mayor Alan Grey said “there will be no U-turn” at a press conference on Monday\n"
    "The mayor has insisted he will not quit despite a growing revolt among the councillors.\n"
    "Speaking at a depot in the east of the city, Alan Grey said: “I was elected to do a job.”\n"
    "Councillor Joanna Pike, who has tabled a motion of no confidence, said the group was “drifting”\n"
    "Related: ‘It is over for him,’ says former deputy mayor\n"
    "Related: Who could replace Alan Grey?\n"
)


def test_a_caption_or_a_related_link_is_never_wrapped_into_the_next_line() -> None:
    assert wrap_width(PAGE_LINES) is not None  # (the lines look wrapped)
    starts = {PAGE_LINES.index(line) - 1 for line in ("The mayor has", "Related: \u2018It")}
    assert not starts & set(soft_line_breaks(PAGE_LINES))


def test_a_quote_in_a_caption_or_a_related_link_has_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    (document,) = extract_documents(nlp, [Document("page", PAGE_LINES)])
    spoken = {q.quote: q.speaker for q in document.rows}
    assert "there will be no U-turn" not in spoken
    assert "It is over for him," not in spoken
    assert spoken["I was elected to do a job."] == "Alan Grey"


def test_a_wrapped_story_whose_last_lines_end_sentences_is_still_wrapped() -> None:
    """Paragraphs set off by blank lines whose wrapped lines under the first all happen to end a
    sentence are still a wrapped story (a page of one-line paragraphs has no blank lines)."""
    paragraphs = [
        "“We will appeal the ruling as soon as the court allows it,” said Ana Ruiz, a lawyer for the"
        " traders. “It is a relief, frankly,” Mr Hale said. “We have had years of not knowing what"
        " comes next.”",
        "The council said the market would stay open until the end of the year at the earliest. The"
        " council said the market would stay open until the end of the year at the earliest.",
    ]
    wrapped = "\n\n".join(textwrap.fill(p, 86, break_on_hyphens=False) for p in paragraphs)
    assert wrap_width(wrapped) is not None
