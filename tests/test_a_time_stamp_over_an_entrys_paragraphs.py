"""An update's time stamp over its paragraphs (`<div class="live-post"><time>14:32</time><h3>…</h3>
<p>…</p><p>"…," she told MPs.</p></div>`) on a page the reader does not know for a live blog:
the paragraphs of the update are no sentence the time stands in. Before, the reader took the
time for one in running prose and kept its words as text straight inside the `<div>`; the
whole update then ran together as one paragraph (`14:32Opposition respondsLeader of the
Opposition …`), and its quote was given to the speaker of the next update. Now the time goes
as furniture, and each paragraph stays one. A time inside a sentence stays. Pages made up for
this file."""

from __future__ import annotations

from quotes.page import read_page

UPDATES = (
    '<div class="live-post"><time>14:32</time><h3>Opposition responds</h3>'
    "<p>The leader of the opposition, Ana Ruiz, has responded to the budget in the chamber.</p>"
    "<p>“This is a budget for the Treasury, not for working people,” she told MPs.</p></div>"
    '<div class="live-post"><time>14:05</time><h3>Fuel duty frozen</h3>'
    "<p>The finance minister has confirmed that fuel duty will be frozen for another year.</p>"
    "<p>“Motorists have had a tough few years,” Tom Hale said.</p></div>"
    '<div class="live-post"><time>13:30</time>'
    "<p>Good afternoon and welcome to our coverage of the budget.</p></div>"
)


def page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Budget day: what we know | The Ledger</title></head><body>"
        f"<article><h1>Budget day: what we know</h1><div class='byline'>By Lee Park</div>{body}"
        "</article></body></html>"
    )


def test_each_paragraph_of_an_update_stays_one() -> None:
    paragraphs = read_page(page(UPDATES)).text.split("\n\n")
    assert "Opposition responds" in paragraphs
    assert "“This is a budget for the Treasury, not for working people,” she told MPs." in paragraphs
    assert "“Motorists have had a tough few years,” Tom Hale said." in paragraphs
    assert not any("14:32" in p or "14:05" in p for p in paragraphs)


def test_a_time_in_a_sentence_of_the_update_stays() -> None:
    sentence = "<div class='live-post'><p>By <time>2pm</time> the road had been shut both ways.</p></div>"
    assert "By 2pm the road had been shut both ways." in read_page(page(UPDATES + sentence)).text
