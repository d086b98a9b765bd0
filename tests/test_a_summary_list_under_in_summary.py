"""A summary of the story as bullet points under a paragraph reading `In Summary`, as Kenyan
sites set one at the top of the body (`<p>In Summary</p><ul><li>…</li></ul>`): the label and
its points were kept as story lines, and a point's quote (`They said new fees were "punitive".`)
gave a row to *The operators* before the story began. `In Summary` is now a summary's label, as
`Summary` and `Key points:` were, so the list goes with it; a list under another line stays.
Pages made up for this file."""

from __future__ import annotations

from quotes.page import read_page

STORY = (
    "<p>Matatu operators have called off a planned strike after talks with the Transport "
    "ministry on Wednesday.</p>"
    "<p>“We have agreed to give the government two weeks,” Matatu Owners Association chairman "
    "Albert Karakacha said.</p>"
    "<p>Commuters said they were relieved the strike was off.</p>"
)


def page(body: str) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Matatu operators call off strike | The Star</title></head>"
        '<body><article><h1>Matatu operators call off strike</h1><div class="author-name">By Brian '
        f'Otieno</div><div class="article-body">{body}</div></article></body></html>'
    )


def test_a_list_under_in_summary_goes_with_its_label() -> None:
    summary = (
        "<p>In Summary</p><ul><li>The operators had threatened to withdraw their vehicles.</li>"
        "<li>They said new fees were “punitive”.</li></ul>"
    )
    parts = read_page(page(summary + STORY)).text.split("\n\n")
    assert parts[:3] == [
        "Matatu operators call off strike",
        "By Brian Otieno",
        "Matatu operators have called off a planned strike after talks with the Transport ministry "
        "on Wednesday.",
    ]
    assert not any("punitive" in p for p in parts)


def test_a_list_under_a_line_of_the_story_stays() -> None:
    listed = "<p>In summary, the operators asked for three things:</p><ul><li>lower fees</li></ul>"
    assert "lower fees" in read_page(page(STORY + listed)).text
