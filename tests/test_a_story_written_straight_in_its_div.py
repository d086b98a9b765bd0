"""A story whose first paragraph is text straight inside its `<div>`, with a heading and
paragraphs after it (`<div class="story">The council voted …<h3>…</h3><p>…</p><p>…</p></div>`,
as older content systems write it): trafilatura makes a `<p>` of the `<div>` with the others
inside it, and the page reader read that as one block, the paragraphs run together with no
space between them (`…a long campaign.Residents angry“We simply cannot …”`). A quote then ran
on from the heading, and the next paragraph's words joined its sentence. Now each run of text
between the blocks is a paragraph, and each block one of its own. Pages made up for this
file."""

from __future__ import annotations

from quotes.page import read_page

STORY = (
    '<div class="story">The council voted on Tuesday to close the Eastside <b>swimming pool</b> at the '
    "end of the year, ending a long campaign by residents to keep it open."
    "<h3>Residents angry</h3>"
    "<p>“We simply cannot afford to repair it,” the council leader, Anna Brookes, said.</p>"
    "<p>Residents said they would appeal against the decision at the next full meeting.</p></div>"
)


def page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Council votes to shut pool | The Ledger</title></head><body>"
        f"<article><h1>Council votes to shut pool</h1>{body}</article></body></html>"
    )


def test_each_paragraph_after_text_straight_in_the_div_stays_one() -> None:
    paragraphs = read_page(page(STORY)).text.split("\n\n")
    assert paragraphs[1:] == [
        "The council voted on Tuesday to close the Eastside swimming pool at the end of the year, "
        "ending a long campaign by residents to keep it open.",
        "Residents angry",
        "“We simply cannot afford to repair it,” the council leader, Anna Brookes, said.",
        "Residents said they would appeal against the decision at the next full meeting.",
    ]
